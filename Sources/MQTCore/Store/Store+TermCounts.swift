import GRDB

/// The whole corpus's word frequencies, kept. Reading them from FTS5's vocabulary walks the whole
/// index (1.7 s at 60x); `freq`, `keyness` and `collocates` ask for them on every run. So the
/// first answer is kept in `term_counts` with the corpus it describes, named in `mqt_meta` as
/// `term_counts_corpus` = "speeches:largest row id": a load adds rows with larger ids and a newer
/// version of a transcript replaces its rows with new ones, so any change to the speeches changes
/// that key and the next call rebuilds the table. A store that cannot be written (a read-only
/// file) answers from the vocabulary every time.
extension Store {
    /// Word and document frequencies of the whole corpus, most frequent first, ties in word order.
    public func corpusTermFrequencies() throws -> [TermFrequency] {
        try queue.inDatabase { db in
            let key = try corpusKey(db)
            let kept = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'term_counts_corpus'")
            if try kept != key || !db.tableExists("term_counts") {
                do {
                    try keepTermCounts(db, key: key)
                } catch {
                    return try Self.termFrequencies(db, from: "\(Self.vocabulary) WHERE col = 'text'", count: "cnt", documents: "doc")
                }
            }
            return try Self.termFrequencies(db, from: "term_counts", count: "count", documents: "documents")
        }
    }

    static let vocabulary = "temp.mqt_vocab_cols"

    /// "speeches:largest row id": changes whenever the speeches do.
    func corpusKey(_ db: Database) throws -> String {
        let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM speeches")
        return "\(row?["n"] ?? 0):\(row?["last"] ?? 0)"
    }

    func keepTermCounts(_ db: Database, key: String) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS \(Self.vocabulary) USING fts5vocab(main, speech_fts, col)")
        try db.inTransaction {
            try db.execute(sql: "DROP TABLE IF EXISTS term_counts")
            try db.execute(sql: """
                CREATE TABLE term_counts(term TEXT PRIMARY KEY, count INTEGER NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID
                """)
            try db.execute(sql: "INSERT INTO term_counts SELECT term, cnt, doc FROM \(Self.vocabulary) WHERE col = 'text'")
            try db.execute(sql: "INSERT OR REPLACE INTO mqt_meta(key, value) VALUES ('term_counts_corpus', ?)", arguments: [key])
            return .commit
        }
    }

    static func termFrequencies(_ db: Database, from source: String, count: String, documents: String) throws -> [TermFrequency] {
        if source.hasPrefix(vocabulary) {
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, speech_fts, col)")
        }
        return try Row.fetchAll(db, sql: "SELECT term, \(count) AS c, \(documents) AS d FROM \(source) ORDER BY c DESC, term")
            .map { TermFrequency(term: $0["term"], count: $0["c"], documents: $0["d"]) }
    }
}

extension Store {
    /// How many speeches hold each of these index words (folded), read from the index's own
    /// vocabulary one word at a time, so nothing is written; a word the index lacks is left out.
    public func indexDocumentFrequencies(of terms: [String]) throws -> [String: Int] {
        try queue.inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS \(Self.vocabulary) USING fts5vocab(main, speech_fts, col)")
            var result: [String: Int] = [:]
            for term in Set(terms) {
                if let documents = try Int.fetchOne(
                    db, sql: "SELECT doc FROM \(Self.vocabulary) WHERE term = ? AND col = 'text'", arguments: [term])
                {
                    result[term] = documents
                }
            }
            return result
        }
    }
}
