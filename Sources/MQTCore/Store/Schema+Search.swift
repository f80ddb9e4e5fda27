extension Schema {
    /// Tables and indexes the query language needs beyond `speech_fts` (owned by search work).
    ///
    /// - `speeches_by_section`: `section:` and `kind:` filters on their own (`count section:wrans`,
    ///   `search section:lmqs --sort date`) read an index instead of every speech: 156 ms to a few
    ///   ms on the 60x corpus, for under 1 s of index building at load (0.4 s to create at 60x).
    /// - `speeches_by_kind`: the same for `kind:` filters.
    ///
    /// Stemming adds nothing here: `~word` reads the index's own vocabulary (an `fts5vocab` table
    /// made in the connection's temp schema), so loading pays nothing for it.
    /// (Both are in `speechIndexes`, with the core indexes.)
    static let searchStatements: [String] = []
}
