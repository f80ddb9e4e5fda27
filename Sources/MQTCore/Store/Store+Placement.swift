import GRDB

/// Where each speech of a transcript goes under the duplicate rule. A speech whose id is stored
/// for the same date is the same speech from another source: the record of the better format
/// (`FormatRank`) is the speech, filled in with the fields it lacks from the other, which is kept
/// in `speech_duplicates`; the same format again (an export loaded back) changes nothing.
struct Placement {
    /// Each speech's final id.
    var ids: [String] = []
    /// Speeches that took fields from another record (the rest are stored as read).
    var filled: [Int: Speech] = [:]
    /// Indexes of the speeches stored in `speeches`, in order.
    var stored: [Int] = []
    /// Indexes of the speeches kept in `speech_duplicates`.
    var losers: [Int] = []
    /// Stored rows this transcript's records beat: they move to `speech_duplicates`.
    var displaced: [Int64] = []
    /// Stored rows that win but lack fields a record of this transcript has.
    var fills: [(StoredRecord, Speech)] = []

    /// Nothing of the transcript is stored, kept or changed.
    var isEmpty: Bool { stored.isEmpty && losers.isEmpty && fills.isEmpty }
    /// Rows already stored change.
    var changesStored: Bool { !displaced.isEmpty || !fills.isEmpty }
}

/// The ids a transcript's speeches were given so far (`Store.resolveID`: a repeated id takes a
/// suffix). Those stored in `speeches` are found there, as rows of `transcriptID`; only the rest
/// are held, as strings: the part being placed, and speeches kept out of `speeches` (another
/// source's record won, or the same record was stored already). A large file stored in parts so
/// holds a part's ids, not the file's.
struct UsedIDs {
    var pending: Set<String> = []
    /// The transcript's row, once inserted.
    var transcriptID: Int64?

    /// True when `id` (whose stored record is `record`) was given to a speech of this transcript.
    func contains(_ id: String, record: StoredRecord?) -> Bool {
        pending.contains(id) || (transcriptID != nil && record?.transcriptID == transcriptID)
    }
}

extension Store {
    /// Decides where each speech of `prepared` goes; reads only. `offset`: speeches in the
    /// transcript's earlier parts; `used`: the ids they were given.
    static func placeSpeeches(
        _ prepared: PreparedTranscript, offset: Int = 0, used: inout UsedIDs, db: Database, ids: LoadedSpeechIDs?
    ) throws -> Placement {
        let t = prepared.parsed.transcript
        let fallbackStem = Self.fallbackIDStem(t)
        var placement = Placement()
        placement.ids.reserveCapacity(prepared.parsed.speeches.count)
        placement.stored.reserveCapacity(prepared.parsed.speeches.count)
        used.pending.reserveCapacity(used.pending.count + prepared.parsed.speeches.count)
        for (index, original) in prepared.parsed.speeches.enumerated() {
            let (id, record) = try resolveID(
                original.sourceID ?? "\(fallbackStem).\(offset + index + 1)", sourced: original.sourceID != nil,
                date: t.date, used: used, db: db, ids: ids)
            used.pending.insert(id)
            placement.ids.append(id)
            if let record {
                var speech = original
                speech.sourceID = id
                if record.format == t.format {
                    // The same record again (an export loaded back): nothing changes.
                } else if FormatRank.beats(t.format, record.format) {
                    record.fill(&speech)
                    placement.filled[index] = speech
                    placement.displaced.append(record.rowID)
                    placement.stored.append(index)
                } else {
                    placement.losers.append(index)
                    if record.lacksFields(of: speech) { placement.fills.append((record, speech)) }
                }
            } else {
                placement.stored.append(index)
            }
        }
        return placement
    }

    /// A speech's sequence number: the source's (`ParsedTranscript.seqs`), else its position from 1
    /// in the transcript (`offset`: speeches in its earlier parts).
    static func seq(of index: Int, in parsed: ParsedTranscript, offset: Int = 0) -> Int {
        guard let seqs = parsed.seqs, seqs.indices.contains(index) else { return offset + index + 1 }
        return seqs[index]
    }

    /// Binds the speeches `placement` stores to multi-row INSERTs.
    static func insertRows(
        _ placement: Placement, _ prepared: PreparedTranscript, offset: Int, transcriptID: Int64, db: Database,
        ids: LoadedSpeechIDs?
    ) throws {
        let t = prepared.parsed.transcript
        let stored = placement.stored
        let chunk = RowBinder.largestChunk(db)
        var first = 0
        while first < stored.count {
            let count = RowBinder.rows(forRemaining: stored.count - first, largest: chunk)
            let statement = try db.cachedStatement(sql: RowBinder.insertSQL(rows: count))
            var binder = RowBinder(statement: statement.sqliteStatement, connection: db.sqliteConnection)
            var lastHeadings: (list: [String], json: String?) = ([], nil)
            for index in stored[first..<(first + count)] {
                let speech = placement.filled.isEmpty
                    ? prepared.parsed.speeches[index] : placement.filled[index] ?? prepared.parsed.speeches[index]
                // Neighbouring speeches mostly share their headings: encode them once.
                if speech.headings != lastHeadings.list {
                    lastHeadings = (speech.headings, Self.headingsJSON(speech.headings))
                }
                binder.text(placement.ids[index])
                binder.integer(transcriptID)
                binder.integer(Int64(seq(of: index, in: prepared.parsed, offset: offset)))
                binder.text(speech.speaker)
                binder.optional(speech.speakerID)
                binder.optional(speech.party)
                binder.optional(speech.role)
                binder.text(speech.kind.rawValue)
                binder.optional(speech.time)
                binder.optional(speech.column)
                binder.optional(speech.url)
                binder.optional(speech.headings.first)
                binder.optional(Self.subheading(speech.headings))
                binder.optional(lastHeadings.json)
                binder.text(prepared.texts[index])
                binder.integer(Int64(prepared.words[index]))
                binder.integer(Int64(prepared.sentences[index]))
                binder.text(t.date)
                binder.text(t.section)
                binder.text(t.body)
            }
            try binder.step()
            if let ids {
                // One statement's rows take consecutive row ids, ending at the last one inserted.
                var rowID = db.lastInsertedRowID - Int64(count) + 1
                for index in stored[first..<(first + count)] {
                    ids[placement.ids[index]] = rowID
                    rowID += 1
                }
            }
            first += count
        }
    }
}
