/// A parsed query: the text as typed and its syntax tree.
public struct Query: Equatable, Sendable {
    /// The query as typed (verbatim, quotes included).
    public var text: String
    /// The tree; nil for an empty query, which matches every speech.
    public var root: QueryNode?

    /// Parses `text`, throwing a `QueryError` that points at the offending token.
    public init(_ text: String) throws {
        self.text = text
        var parser = try QueryParser(text)
        root = try parser.parse()
    }

    /// Whether the query has words or phrases to find (not only filters).
    public var hasTerms: Bool { !(root?.positiveTerms.isEmpty ?? true) }
}
