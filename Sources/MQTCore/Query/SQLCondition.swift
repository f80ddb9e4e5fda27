/// A condition on the `speeches` table (aliased `s`) with its `?` arguments.
public struct SQLCondition: Equatable, Sendable {
    public var sql: String
    public var arguments: [String]

    public init(_ sql: String, _ arguments: [String] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// Speeches whose index entry matches an FTS5 expression.
    static func matching(_ expression: String, negated: Bool = false) -> SQLCondition {
        SQLCondition("s.id \(negated ? "NOT IN" : "IN") (SELECT rowid FROM speech_fts WHERE speech_fts MATCH ?)", [expression])
    }

    /// `column IN (?, ...)`, or false when there are no values.
    static func oneOf(_ column: String, _ values: [String]) -> SQLCondition {
        guard !values.isEmpty else { return SQLCondition("0") }
        return SQLCondition("\(column) IN (\(values.map { _ in "?" }.joined(separator: ", ")))", values)
    }

    /// All conditions (true when there are none).
    static func all(_ items: [SQLCondition]) -> SQLCondition {
        if items.isEmpty { return SQLCondition("1") }
        if items.count == 1 { return items[0] }
        return SQLCondition("(" + items.map(\.sql).joined(separator: " AND ") + ")", items.flatMap(\.arguments))
    }

    /// Any condition.
    static func any(_ items: [SQLCondition]) -> SQLCondition {
        if items.count == 1 { return items[0] }
        return SQLCondition("(" + items.map(\.sql).joined(separator: " OR ") + ")", items.flatMap(\.arguments))
    }
}
