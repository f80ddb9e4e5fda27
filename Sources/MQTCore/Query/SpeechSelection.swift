/// A set of speeches described rather than listed: every speech that matches all of `queries`
/// (and lies among `rowIDs` when given), in `order`. A pipe passes this description, never a page
/// of rows, so `search Q | count` counts what `count Q` counts and nothing is ranked, snippeted or
/// read that nobody displays.
public struct SpeechSelection: Sendable, Equatable {
    /// Queries every speech matches, in the order the pipeline applied them; empty: every speech.
    public var queries: [CompiledQuery]
    /// Store rows the set is limited to (a set given by ids); nil when not limited.
    public var rowIDs: [Int64]?
    /// The order speeches are read in (export, quotes) and the first page is shown in.
    public var order: SearchOrder

    /// The whole corpus, in corpus order.
    public static let everything = SpeechSelection(queries: [], rowIDs: nil, order: .corpus)

    public init(queries: [CompiledQuery], rowIDs: [Int64]? = nil, order: SearchOrder = .corpus) {
        self.queries = queries.filter { !$0.isEverything }
        self.rowIDs = rowIDs
        self.order = order
    }

    /// The set narrowed by one more query (a query with no words or filters narrows nothing).
    public func narrowed(by query: CompiledQuery) -> SpeechSelection {
        var copy = self
        if !query.isEverything { copy.queries.append(query) }
        return copy
    }

    /// The query whose words are the set's hits (counted, marked, aligned on): the last one with
    /// words, so `search knife | count speaker:Khan` still counts "knife".
    public var hitQuery: CompiledQuery? { queries.last(where: \.hasHits) }

    /// The query that drives SQL (the hit query, else the last) and the rest of the set as a
    /// restriction on it; nil rest when the driving query alone is the set (the fast path).
    var driven: (query: CompiledQuery?, rest: SpeechSelection?) {
        guard let index = queries.lastIndex(where: \.hasHits) ?? (queries.isEmpty ? nil : queries.count - 1) else {
            return (nil, rowIDs == nil ? nil : SpeechSelection(queries: [], rowIDs: rowIDs, order: order))
        }
        var rest = queries
        let query = rest.remove(at: index)
        let restriction = rest.isEmpty && rowIDs == nil ? nil : SpeechSelection(queries: rest, rowIDs: rowIDs, order: order)
        return (query, restriction)
    }
}

extension CompiledQuery {
    /// Whether the query selects every speech (nothing typed).
    var isEverything: Bool { match == nil && conditions.isEmpty && extraHits.isEmpty }
}
