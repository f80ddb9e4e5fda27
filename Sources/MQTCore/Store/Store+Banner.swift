import GRDB

extension Store {
    /// How many transcripts and their first and last date: the REPL's first line. Transcripts
    /// only (a few thousand rows), not `info`'s totals: counting half a million speeches would
    /// keep the first prompt waiting on a big store.
    public func transcriptSpan() throws -> (count: Int, from: String?, to: String?) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, min(date) AS a, max(date) AS b FROM transcripts")
            return (row?["n"] ?? 0, row?["a"], row?["b"])
        }
    }
}
