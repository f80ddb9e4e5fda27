import GRDB

/// Stemming without slowing loads: nothing extra is stored. A `~word` is stemmed with the Porter
/// stemmer, and the index's own vocabulary (an `fts5vocab` table over `speech_fts`, created in the
/// connection's temp schema) is read for the terms that share the stem's prefix; those whose stem
/// is the same become an OR of exact words. Cost: one vocabulary range scan per stemmed word.
extension Store {
    /// Creates the temp vocabulary table on this connection if it is not there yet.
    func prepareVocabulary() throws {
        try queue.inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.mqt_vocab USING fts5vocab(main, speech_fts, row)")
        }
    }
}

/// The `QueryResolver` a store gives the compiler, reading inside one transaction.
struct StoreQueryResolver: QueryResolver {
    let db: Database
    /// Member resolution for the query's `speaker:` filters, looked up before the transaction.
    var speakers: [String: SpeakerAlternatives] = [:]

    func bodies() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT body FROM transcripts ORDER BY body")
    }

    func sections() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT section FROM transcripts ORDER BY section")
    }

    func stemVariants(of word: String) throws -> [String] {
        let stem = PorterStemmer.stem(word)
        var prefix = stem
        while let last = prefix.last, "eiy".contains(last), prefix.count > 3 { prefix.removeLast() }
        guard prefix.count >= 3, try db.tableExists("mqt_vocab", in: "temp") else { return [word] }
        let terms = try String.fetchAll(
            db, sql: "SELECT term FROM temp.mqt_vocab WHERE term >= ? AND term < ?", arguments: [prefix, prefix + "\u{10FFFF}"])
        return terms.filter { PorterStemmer.stem($0) == stem }
    }

    func speakerAlternatives(for name: String) throws -> SpeakerAlternatives {
        speakers[name] ?? SpeakerAlternatives()
    }
}
