/// How a row's hits are computed where part of a query had to become SQL (an OR mixing words with
/// `date:` or exclusions): each part counts only where it matches, as FTS5 does by itself for
/// the parts it evaluates. Where several parts find the same place, `SearchSQL.column` merges
/// their spans so that it is one hit.
indirect enum HitTerm: Equatable, Sendable {
    /// Instances of an FTS expression's counted phrases in the row (zero where it does not match).
    case fts(FTSExpression)
    /// The terms' hits (or spans) where the condition holds, else none.
    case when(SQLCondition, [HitTerm])

    /// How many MATCH expressions the term holds (each is one call of the hit function).
    var expressionCount: Int {
        switch self {
        case .fts(let expression): return expression.serialized().counted.isEmpty ? 0 : 1
        case .when(_, let terms): return terms.reduce(0) { $0 + $1.expressionCount }
        }
    }

    /// SQL for one row (`speeches s`) using an FTS5 auxiliary function (`mqt_hits` or
    /// `mqt_spans`), combining parts with `combine` and using `zero` where nothing counts.
    func sql(function: String, combine: String, zero: String) -> (sql: String, arguments: [String]) {
        switch self {
        case .fts(let expression):
            let (text, counted) = expression.serialized()
            guard !counted.isEmpty else { return (zero, []) }
            return (
                "coalesce((SELECT \(function)(hx.speech_fts, ?) FROM speech_fts AS hx WHERE hx.speech_fts MATCH ? AND hx.rowid = s.id), \(zero))",
                [counted.map(String.init).joined(separator: ","), text]
            )
        case .when(let condition, let terms):
            let inner = Self.combined(terms, function: function, combine: combine, zero: zero)
            return ("(CASE WHEN \(condition.sql) THEN \(inner.sql) ELSE \(zero) END)", condition.arguments + inner.arguments)
        }
    }

    /// Several terms joined with `combine`.
    static func combined(_ terms: [HitTerm], function: String, combine: String, zero: String) -> (sql: String, arguments: [String]) {
        let parts = terms.map { $0.sql(function: function, combine: combine, zero: zero) }
        guard !parts.isEmpty else { return (zero, []) }
        if parts.count == 1 { return parts[0] }
        return ("(" + parts.map(\.sql).joined(separator: " \(combine) ") + ")", parts.flatMap(\.arguments))
    }
}
