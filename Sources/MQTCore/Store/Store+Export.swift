import Foundation
import GRDB

extension Store {
    static let exportSQL = """
        SELECT t.id AS transcript_id, t.title, t.body, t.section, t.date, t.source_url, t.format, t.version_key,
          t.version, s.speech_id, s.seq, s.speaker, s.speaker_id, s.party, s.role, s.kind, s.time, s.colnum, s.url,
          s.headings, s.text
        FROM speeches s JOIN transcripts t ON t.id = s.transcript_id
        """

    /// Streams speeches in export shape to `body`, one at a time from a database cursor (the corpus is
    /// never held in memory): the given rows in the given order, or with `rowIDs` nil every speech by
    /// date, transcript and sequence. Errors thrown by `body` stop the walk. Returns the count.
    @discardableResult
    public func exportSpeeches(rowIDs: [Int64]? = nil, _ body: (ExportedSpeech) throws -> Void) throws -> Int {
        try read { db in
            let cursor: RowCursor
            if let rowIDs {
                let list = "[" + rowIDs.map(String.init).joined(separator: ",") + "]"
                cursor = try Row.fetchCursor(
                    db, sql: Self.exportSQL + " JOIN json_each(?) j ON j.value = s.id ORDER BY j.key",
                    arguments: [list])
            } else {
                cursor = try Row.fetchCursor(db, sql: Self.exportSQL + " ORDER BY t.date, t.id, s.seq")
            }
            var count = 0
            while let row = try cursor.next() {
                try body(ExportedSpeech(row: row))
                count += 1
            }
            return count
        }
    }
}

extension ExportedSpeech {
    /// A row of `Store.exportSQL`.
    init(row: Row) {
        self.init(
            transcriptID: row["transcript_id"], title: row["title"], body: row["body"], section: row["section"],
            date: row["date"], sourceURL: row["source_url"], format: row["format"], versionKey: row["version_key"],
            version: row["version"], id: row["speech_id"], seq: row["seq"], speaker: row["speaker"],
            speakerID: row["speaker_id"], party: row["party"], role: row["role"], kind: row["kind"], time: row["time"],
            column: row["colnum"], url: row["url"], headings: Store.headings(fromJSON: row["headings"]), text: row["text"])
    }
}
