/// The parsed form of a query: words and phrases, filters, and the operators between them.
public indirect enum QueryNode: Equatable, Sendable {
    /// A word or phrase to find in the text.
    case term(QueryTerm)
    /// `NEAR(a "b c", N)`: every term within N words of the next.
    case near([QueryTerm], distance: Int)
    /// A restriction on a speech's fields.
    case filter(QueryFilter)
    /// All must hold (words side by side, or `AND`).
    case and([QueryNode])
    /// Any may hold.
    case or([QueryNode])
    /// `-x` or `NOT x`.
    case not(QueryNode)

    /// Every term that counts as a hit: those not under a NOT, NEAR members included.
    public var positiveTerms: [QueryTerm] {
        switch self {
        case .term(let term): return [term]
        case .near(let terms, _): return terms
        case .filter, .not: return []
        case .and(let nodes), .or(let nodes): return nodes.flatMap(\.positiveTerms)
        }
    }
}
