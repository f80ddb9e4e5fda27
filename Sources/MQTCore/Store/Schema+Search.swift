extension Schema {
    /// Tables and indexes the query language needs beyond `speech_fts` (owned by search work).
    static let searchStatements: [String] = []
}
