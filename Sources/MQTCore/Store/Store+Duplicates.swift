import GRDB

/// The speech ids a load into an empty store has stored, with their row ids. That load runs
/// without the speech-id index (`Schema.speechIndexes`), so the duplicate rule looks ids up here;
/// what a rolled-back batch stored is forgotten with it.
///
/// Ids are kept as their hash, not as strings: half a million long-lived id strings fragment the
/// heap and slowed a 60x load by a tenth. A hash says where to look; `Store.storedRecord` then
/// checks the stored row's id, so two ids that share a hash are never taken for one speech.
public final class LoadedSpeechIDs: @unchecked Sendable {
    private var rows: [Int: Int64] = [:]
    /// What the current batch changed, to undo if it is rolled back.
    private var undo: [(Int, Int64?)] = []
    public init() {}

    subscript(id: String) -> Int64? {
        get { rows[id.hashValue] }
        set {
            let key = id.hashValue
            if let newValue { undo.append((key, rows.updateValue(newValue, forKey: key))) }
        }
    }

    func commit() { undo.removeAll(keepingCapacity: true) }

    func rollBack() {
        for (key, old) in undo.reversed() { rows[key] = old }
        undo.removeAll(keepingCapacity: true)
    }
}

/// Formats by fidelity, best first: when two sources hold the same speech (same id, same date),
/// the record from the better one is the speech. ParlParse XML is what TheyWorkForYou's API and
/// pages are made from; the API's JSON names party and time, which the page leaves out.
/// Formats not listed rank below these, then by name, so the winner never depends on load order.
enum FormatRank {
    static let order = ["parlparse", "twfy-api-json", "twfy-html", "twfy-text", "plain-transcript"]

    /// True when a record in `format` wins over one in `other`.
    static func beats(_ format: String, _ other: String) -> Bool {
        let a = order.firstIndex(of: format) ?? order.count
        let b = order.firstIndex(of: other) ?? order.count
        return a != b ? a < b : format < other
    }
}

/// A stored record of a speech id, with the fields another record of the speech may fill in.
struct StoredRecord {
    let rowID: Int64
    let transcriptID: Int64
    let date: String
    let format: String
    let speakerID: String?
    let party: String?
    let role: String?
    let time: String?
    let column: String?
    let url: String?
    let headings: [String]

    /// `speech` with each field it lacks taken from this record.
    func fill(_ speech: inout Speech) {
        speech.speakerID = speech.speakerID ?? speakerID
        speech.party = speech.party ?? party
        speech.role = speech.role ?? role
        speech.time = speech.time ?? time
        speech.column = speech.column ?? column
        speech.url = speech.url ?? url
        if speech.headings.isEmpty { speech.headings = headings }
    }

    /// True when `speech` has a field this record lacks.
    func lacksFields(of speech: Speech) -> Bool {
        (speakerID == nil && speech.speakerID != nil) || (party == nil && speech.party != nil)
            || (role == nil && speech.role != nil) || (time == nil && speech.time != nil)
            || (column == nil && speech.column != nil) || (url == nil && speech.url != nil)
            || (headings.isEmpty && !speech.headings.isEmpty)
    }
}

extension Store {
    static let recordSQL = """
        SELECT s.id, s.transcript_id, s.date, t.format, s.speaker_id, s.party, s.role, s.time, s.colnum, s.url, s.headings
        FROM speeches s JOIN transcripts t ON t.id = s.transcript_id WHERE
        """

    /// The stored speech with this id: through `ids` in a load into an empty store, else the index.
    static func storedRecord(_ id: String, db: Database, ids: LoadedSpeechIDs?) throws -> StoredRecord? {
        let row: Row?
        if let ids {
            guard let rowID = ids[id] else { return nil }
            let statement = try db.cachedStatement(sql: recordSQL + " s.id = ? AND s.speech_id = ?")
            row = try Row.fetchOne(statement, arguments: [rowID, id])
        } else {
            let statement = try db.cachedStatement(sql: recordSQL + " s.speech_id = ? LIMIT 1")
            row = try Row.fetchOne(statement, arguments: [id])
        }
        guard let row else { return nil }
        return StoredRecord(
            rowID: row["id"], transcriptID: row["transcript_id"], date: row["date"], format: row["format"], speakerID: row["speaker_id"],
            party: row["party"], role: row["role"], time: row["time"], column: row["colnum"], url: row["url"],
            headings: Self.headings(fromJSON: row["headings"]))
    }

    /// The record `id` names for a speech of `date`. A stored record of another date, an id this
    /// transcript already used, or a made-up id (`sourced` false) already taken, is another record:
    /// the speech then takes the first free `ID~2`, `ID~3`, ... (or the one already stored for its date).
    static func resolveID(
        _ id: String, sourced: Bool, date: String, used: UsedIDs, db: Database, ids: LoadedSpeechIDs?
    ) throws -> (id: String, record: StoredRecord?) {
        let record = try storedRecord(id, db: db, ids: ids)
        if !used.contains(id, record: record), record == nil || (sourced && record?.date == date) { return (id, record) }
        var suffix = 2
        while true {
            let candidate = "\(id)~\(suffix)"
            let record = try storedRecord(candidate, db: db, ids: ids)
            if !used.contains(candidate, record: record), record == nil || record?.date == date { return (candidate, record) }
            suffix += 1
        }
    }

    static let duplicateColumns = """
        speech_id, transcript_id, seq, speaker, speaker_id, party, role, kind, time, colnum, url, heading,
        subheading, headings, text, words, sentences, date, section, body
        """

    /// Moves a stored speech into `speech_duplicates` (it must be in the full-text index).
    static func moveToDuplicates(_ rowID: Int64, db: Database) throws {
        try db.execute(
            sql: "INSERT INTO speech_duplicates(\(duplicateColumns)) SELECT \(duplicateColumns) FROM speeches WHERE id = ?",
            arguments: [rowID])
        try db.execute(sql: "DELETE FROM speeches WHERE id = ?", arguments: [rowID])
    }

    /// Stores a record that lost to a stored one in `speech_duplicates`.
    static func insertDuplicate(
        _ speech: Speech, seq: Int, text: String, words: Int, sentences: Int, transcriptID: Int64, transcript t: Transcript,
        db: Database
    ) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            speech.sourceID, transcriptID, seq, speech.speaker, speech.speakerID, speech.party, speech.role,
            speech.kind.rawValue, speech.time, speech.column, speech.url, speech.headings.first,
            speech.headings.count > 1 ? speech.headings.last : nil, headingsJSON(speech.headings), text, words, sentences,
            t.date, t.section, t.body,
        ]
        let marks = Array(repeating: "?", count: values.count).joined(separator: ",")
        try db.execute(
            sql: "INSERT INTO speech_duplicates(\(duplicateColumns)) VALUES (\(marks))",
            arguments: StatementArguments(values))
    }

    /// Fills the fields a stored speech lacks from another record of it (the row must be in the
    /// full-text index: party and role are indexed, so the row leaves the index and comes back).
    static func fillStored(_ record: StoredRecord, from speech: Speech, db: Database) throws {
        var merged = speech
        record.fill(&merged)
        let columns = "text, speaker, party, role"
        try db.execute(
            sql: "INSERT INTO speech_fts(speech_fts, rowid, \(columns)) SELECT 'delete', id, \(columns) FROM speeches WHERE id = ?",
            arguments: [record.rowID])
        // `record.fill` kept the stored values and took only what was missing.
        try db.execute(
            sql: """
                UPDATE speeches SET speaker_id = ?, party = ?, role = ?, time = ?, colnum = ?, url = ?,
                  heading = ?, subheading = ?, headings = ? WHERE id = ?
                """,
            arguments: [
                record.speakerID ?? speech.speakerID, record.party ?? speech.party, record.role ?? speech.role,
                record.time ?? speech.time, record.column ?? speech.column, record.url ?? speech.url,
                (record.headings.isEmpty ? speech.headings : record.headings).first,
                Self.subheading(record.headings.isEmpty ? speech.headings : record.headings),
                headingsJSON(record.headings.isEmpty ? speech.headings : record.headings), record.rowID,
            ])
        try db.execute(
            sql: "INSERT INTO speech_fts(rowid, \(columns)) SELECT id, \(columns) FROM speeches WHERE id = ?",
            arguments: [record.rowID])
    }

    /// Before transcripts are deleted (a newer version replaces them): the best other record of
    /// each of their speeches that has one, from other transcripts, to bring back afterwards.
    static func duplicatesToRestore(of transcriptIDs: [Int64], db: Database) throws -> [Int64] {
        let list = "[" + transcriptIDs.map(String.init).joined(separator: ",") + "]"
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.speech_id, t.format FROM speech_duplicates d JOIN transcripts t ON t.id = d.transcript_id
                WHERE d.speech_id IN (SELECT speech_id FROM speeches WHERE transcript_id IN (SELECT value FROM json_each(?1)))
                  AND d.transcript_id NOT IN (SELECT value FROM json_each(?1))
                ORDER BY d.id
                """, arguments: [list])
        var best: [String: (id: Int64, format: String)] = [:]
        for row in rows {
            let speechID: String = row["speech_id"]
            let format: String = row["format"]
            if let current = best[speechID], !FormatRank.beats(format, current.format) { continue }
            best[speechID] = (row["id"], format)
        }
        return best.values.map(\.id).sorted()
    }

    /// Moves records from `speech_duplicates` back into `speeches` (indexed with the batch).
    static func restoreDuplicates(_ rowIDs: [Int64], db: Database, ids: LoadedSpeechIDs?) throws {
        for rowID in rowIDs {
            try db.execute(
                sql: "INSERT INTO speeches(\(duplicateColumns)) SELECT \(duplicateColumns) FROM speech_duplicates WHERE id = ?",
                arguments: [rowID])
            let restored = db.lastInsertedRowID
            if let ids, let speechID = try String.fetchOne(
                db, sql: "SELECT speech_id FROM speeches WHERE id = ?", arguments: [restored])
            {
                ids[speechID] = restored
            }
            try db.execute(sql: "DELETE FROM speech_duplicates WHERE id = ?", arguments: [rowID])
        }
    }
}
