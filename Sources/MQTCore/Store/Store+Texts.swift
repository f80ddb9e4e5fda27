import GRDB

extension Store {
    /// Calls `body` with the text of every speech of the set, in no particular order, streamed
    /// from one statement: what word counts need, without building whole speeches.
    public func forEachText(in set: SpeechSelection, _ body: (String) throws -> Void) throws {
        try forEachText(in: set, by: nil) { _, text in try body(text) }
    }

    /// Calls `body` with each speech's group name (nil for no value, or when `group` is nil) and
    /// text, in no particular order.
    public func forEachText(in set: SpeechSelection, by group: SearchGroup?, _ body: (String?, String) throws -> Void) throws {
        let (query, rest) = set.driven
        let source = SearchSQL(query ?? .everything, within: rest, needSpeeches: true).source
        let name = group.map { "\($0.label(of: $0.key))" } ?? "NULL"
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(name) AS name, s.text AS text \(source.sql)", arguments: StatementArguments(source.arguments))
            while let row = try rows.next() {
                try body(row["name"], row["text"])
            }
        }
    }
}
