import GRDB

/// One transcript on its way into the store: in one go (`Store.insert`), or a part at a time for a
/// large file (`StoreBatch.add(inParts:)`), every part in one transaction. What its parts so far did.
struct TranscriptInsertion {
    /// An older version of the transcript's day was taken out for it.
    let replaced: Bool
    /// The transcript's row and what it was given, inserted with the first part that stores or
    /// keeps anything (a transcript all of whose speeches are stored already is not stored again).
    var row: (id: Int64, transcript: Transcript)?
    /// Speeches in the parts before the current one.
    var offset = 0
    /// The ids given to its speeches so far: a repeated id gets a suffix (`Store.resolveID`).
    var used = UsedIDs()
    /// Speeches stored, net of stored records this transcript's took over.
    var count = 0
    var hasQuestions = false
}

/// What storing a transcript starts from: stored already, or taken in (replacing an older version).
enum Admission {
    case refused(AddOutcome)
    case admitted(replaced: Bool)
}

extension Store {
    /// Inserts one transcript's rows; `backlog` indexes them in `speech_fts` later, in bulk. A speech
    /// already stored from another source (same id, same date) is stored once (`placeSpeeches`);
    /// `ids` is the load's own id list when the speech-id index is dropped.
    static func insert(
        _ prepared: PreparedTranscript, into db: Database, backlog: inout FTSBacklog, ids: LoadedSpeechIDs? = nil
    ) throws -> AddOutcome {
        let replaced: Bool
        switch try admit(prepared, into: db, backlog: &backlog, ids: ids) {
        case .refused(let outcome): return outcome
        case .admitted(let replacing): replaced = replacing
        }
        var insertion = TranscriptInsertion(replaced: replaced)
        try insertPart(prepared, of: &insertion, into: db, backlog: &backlog, ids: ids)
        return try finish(&insertion, last: prepared, in: db)
    }

    /// Same content stored already (`.unchanged`); the same or a newer version of its day stored
    /// (`.superseded`); else admitted, any older version of its day taken out first.
    static func admit(
        _ prepared: PreparedTranscript, into db: Database, backlog: inout FTSBacklog, ids: LoadedSpeechIDs?
    ) throws -> Admission {
        // Cached statements throughout: this runs once per transcript of a load.
        let known = try db.cachedStatement(sql: "SELECT 1 FROM transcripts WHERE content_hash = ?")
        if try Bool.fetchOne(known, arguments: [prepared.contentHash]) == true {
            return .refused(.unchanged)
        }
        let t = prepared.parsed.transcript
        guard let key = t.versionKey else { return .admitted(replaced: false) }
        let versions = try db.cachedStatement(sql: "SELECT id, version FROM transcripts WHERE version_key = ?")
        let stored = try Row.fetchAll(versions, arguments: [key])
        for row in stored {
            let version: String = row["version"] ?? ""
            if Self.isNewer(version, than: t.version ?? "") || version == (t.version ?? "") {
                return .refused(.superseded)
            }
        }
        guard !stored.isEmpty else { return .admitted(replaced: false) }
        // The delete trigger takes the old rows out of the index: they must be in it first.
        try backlog.index(db)
        let oldIDs: [Int64] = stored.map { $0["id"] }
        // Another source's record of a speech only the old version held comes back.
        let restore = try duplicatesToRestore(of: oldIDs, db: db)
        for id in oldIDs {
            try db.execute(sql: "DELETE FROM transcripts WHERE id = ?", arguments: [id])
        }
        try backlog.rebase(db)
        try restoreDuplicates(restore, db: db, ids: ids)
        return .admitted(replaced: true)
    }

    /// Stores the speeches of one part of an admitted transcript (all of them, when it comes whole);
    /// `more`: parts follow.
    static func insertPart(
        _ prepared: PreparedTranscript, of insertion: inout TranscriptInsertion, more: Bool = false, into db: Database,
        backlog: inout FTSBacklog, ids: LoadedSpeechIDs?
    ) throws {
        let offset = insertion.offset
        insertion.offset += prepared.parsed.speeches.count
        let placement = try placeSpeeches(prepared, offset: offset, used: &insertion.used, db: db, ids: ids)
        // Every speech already stored from the same format (an export loaded back): nothing changes.
        if placement.isEmpty { return }
        if placement.changesStored {
            // Stored rows leave the index (moved or refilled): they must be in it first.
            try backlog.index(db)
        }
        let transcriptID = try insertion.row?.id ?? insertRow(prepared, into: db, insertion: &insertion)
        let t = prepared.parsed.transcript
        for rowID in placement.displaced { try moveToDuplicates(rowID, db: db) }
        for (record, speech) in placement.fills { try fillStored(record, from: speech, db: db) }
        for index in placement.losers {
            var speech = prepared.parsed.speeches[index]
            speech.sourceID = placement.ids[index]
            try insertDuplicate(
                speech, seq: seq(of: index, in: prepared.parsed, offset: offset), text: prepared.texts[index],
                words: prepared.words[index], sentences: prepared.sentences[index],
                transcriptID: transcriptID, transcript: t, db: db)
        }
        if placement.changesStored { try backlog.rebase(db) }
        try insertRows(placement, prepared, offset: offset, transcriptID: transcriptID, db: db, ids: ids)
        // The ids of speeches now stored are found in the store from here on (`UsedIDs`).
        if more { for index in placement.stored { insertion.used.pending.remove(placement.ids[index]) } }
        insertion.hasQuestions = insertion.hasQuestions || prepared.parsed.speeches.contains { $0.kind == .question }
        // Net: a speech this transcript's record took over from another was counted when that one came.
        insertion.count += placement.stored.count - placement.displaced.count
    }

    /// Ends an admitted transcript after its last part: its row, final, and its questions paired.
    static func finish(_ insertion: inout TranscriptInsertion, last: PreparedTranscript, in db: Database) throws
        -> AddOutcome
    {
        let t = last.parsed.transcript
        if let row = insertion.row {
            // A part read before the end may not have known the link or the bill's title yet.
            if row.transcript.title != t.title || row.transcript.sourceURL != t.sourceURL {
                try db.execute(
                    sql: "UPDATE transcripts SET title = ?, source_url = ? WHERE id = ?",
                    arguments: [t.title, t.sourceURL, row.id])
            }
        } else if insertion.replaced || insertion.offset == 0 {
            // No speech to store, or all stored already: the transcript is still stored, once.
            _ = try insertRow(last, into: db, insertion: &insertion)
        } else {
            return .unchanged
        }
        if insertion.hasQuestions, let row = insertion.row {
            try pairQuestions(transcriptID: row.id, section: t.section, db: db)
        }
        return insertion.replaced ? .replaced(speeches: insertion.count) : .added(speeches: insertion.count)
    }

    private static func insertRow(
        _ prepared: PreparedTranscript, into db: Database, insertion: inout TranscriptInsertion
    ) throws -> Int64 {
        let t = prepared.parsed.transcript
        let insertTranscript = try db.cachedStatement(
            sql: """
                INSERT INTO transcripts(title, body, section, date, source_file, source_url, format,
                  version_key, version, content_hash, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))
                """)
        try insertTranscript.execute(arguments: [
            t.title, t.body, t.section, t.date, prepared.sourceFile, t.sourceURL, t.format, t.versionKey,
            t.version, prepared.contentHash,
        ])
        insertion.row = (db.lastInsertedRowID, t)
        insertion.used.transcriptID = db.lastInsertedRowID
        return db.lastInsertedRowID
    }
}
