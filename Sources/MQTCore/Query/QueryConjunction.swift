/// A compiled node in conjunctive form: positive FTS parts ANDed, FTS parts excluded, and SQL
/// conditions. Nodes that FTS5 can express alone stay in FTS; the rest become SQL.
struct QueryConjunction {
    var fts: [FTSExpression] = []
    var excluded: [FTSExpression] = []
    var sql: [SQLCondition] = []
    /// Hits of parts that had to go inside `sql` (e.g. under an OR with a date filter), valid
    /// where the whole conjunction matches.
    var hidden: [HitTerm] = []

    /// Whether FTS5 alone can express it (it has a positive part and no SQL).
    var isPureFTS: Bool { !fts.isEmpty && sql.isEmpty }

    /// The FTS part: positives ANDed, then `NOT` the exclusions; nil without positives.
    var expression: FTSExpression? {
        guard let positive = FTSExpression.all(fts) else { return nil }
        guard let negative = FTSExpression.any(excluded) else { return positive }
        return .not(positive, negative)
    }

    /// The row's hits where the conjunction matches: its FTS part's and those hidden in SQL.
    var hitTerms: [HitTerm] { (expression.map { [HitTerm.fts($0)] } ?? []) + hidden }

    /// The row's hits whether or not it matches (zero where it does not).
    var guardedHits: HitTerm {
        if isPureFTS, let expression { return .fts(expression) }
        return .when(condition, hitTerms)
    }

    /// The whole node as one SQL condition.
    var condition: SQLCondition {
        var parts: [SQLCondition] = []
        if let expression {
            parts.append(.matching(expression.serialized().text))
        } else if let negative = FTSExpression.any(excluded) {
            parts.append(.matching(negative.serialized().text, negated: true))
        }
        return SQLCondition.all(parts + sql)
    }

    /// Both ANDed. A part already there is not added again: `police police` means `police`, and
    /// FTS5 works through every pair of a query's phrases, so a word repeated 200 times took
    /// minutes.
    static func + (a: QueryConjunction, b: QueryConjunction) -> QueryConjunction {
        QueryConjunction(
            fts: a.fts.adding(b.fts), excluded: a.excluded.adding(b.excluded), sql: a.sql.adding(b.sql), hidden: a.hidden + b.hidden)
    }
}

extension Array where Element: Equatable {
    /// These elements, then those of `other` not among them, in order.
    func adding(_ other: [Element]) -> [Element] {
        other.reduce(into: self) { result, element in
            if !result.contains(element) { result.append(element) }
        }
    }
}
