/// Matching speeches and the total occurrences of the query's words and phrases in them.
public struct SearchTotals: Equatable, Sendable {
    public var speeches: Int
    public var hits: Int
    public init(speeches: Int, hits: Int) {
        self.speeches = speeches
        self.hits = hits
    }
}
