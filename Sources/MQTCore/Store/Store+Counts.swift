import GRDB

/// Small counts the shell reports after a load and before listing speakers.
extension Store {
    /// The newest transcript's row id (0 for an empty store): what a load adds comes after it.
    public func lastTranscriptID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM transcripts") ?? 0 }
    }

    /// Distinct speakers in the transcripts stored after `transcriptID`. From an empty store the
    /// speaker index answers, instead of reading every row.
    public func speakerCount(inTranscriptsAfter transcriptID: Int64) throws -> Int {
        try read { db in
            transcriptID == 0
                ? try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT DISTINCT speaker FROM speeches WHERE speaker <> '')") ?? 0
                : try Int.fetchOne(
                    db, sql: "SELECT count(DISTINCT NULLIF(speaker, '')) FROM speeches WHERE transcript_id > ?",
                    arguments: [transcriptID]) ?? 0
        }
    }

    /// Whether member files (`load --members`) have been read into the store.
    public func hasMembers() throws -> Bool {
        try read { db in
            try db.tableExists("people") && (try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM people)") ?? false)
        }
    }
}
