import Foundation
import MQTKit

/// `sql QUERY`: one read-only SQL statement, its rows as a table.
struct SQLCommand: Command {
    let spec = CommandSpec(
        name: "sql", summary: "run one read-only SQL statement on the store and show its rows",
        arguments: [ArgumentSpec("query", .query, summary: "one SQL statement (SELECT, WITH, read-only PRAGMA)")],
        accepts: [.nothing], returns: .table,
        examples: [
            Example(
                "speeches and counted words per speaker",
                "sql SELECT speaker, count(*) AS speeches, sum(words) AS words FROM speeches GROUP BY speaker",
                output: """
                    speaker       speeches  words
                    Sadiq Khan           3    943
                    Unmesh Desai         4    323
                    """),
            Example(
                "the speeches the full-text index finds, as CSV",
                "sql SELECT s.speech_id, s.words FROM speech_fts JOIN speeches s ON s.id = speech_fts.rowid WHERE speech_fts MATCH 'cricket' ORDER BY s.id --format csv",
                output: """
                    speech_id,words
                    2021-11-29-prevent-in-london.5,173
                    2021-11-29-prevent-in-london.6,404
                    """),
            Example(
                "writes are refused", "sql DELETE FROM speeches",
                output: """
                    error: sql is read-only: attempt to write a readonly database
                    """),
            Example(
                "so is another database", "sql ATTACH '/tmp/mqt-other.db' AS other",
                output: "error: sql reads this store only: ATTACH is refused"),
        ],
        discussion: """
            QUERY is the rest of the line, verbatim, up to the first --option or |: one SQL \
            statement in SQLite's dialect, on the tables docs/STORE.md describes (speeches, \
            transcripts, speech_fts, term_counts, mqt_meta, ...). It runs on a connection that \
            cannot write (a file store opened read-only; an in-memory store under PRAGMA \
            query_only), so INSERT, UPDATE, DELETE, CREATE and DROP fail with SQLite's message; ATTACH \
            is refused (it would create a file anywhere, or read another application's database). \
            Columns are named as the statement names them; integers and reals print as numbers, \
            NULL as an empty cell, a blob as X'hex'. Every row is kept (add LIMIT for a large \
            table). Outside quotes | is mqt's pipe, so SQL's || cannot be written: use printf('%s%s', a, b). A word \
            like --name is read as an option (write comments as /* */); one statement at a time.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let result = try context.corpus.sql(call.argument("query") ?? "")
        let columns = Self.uniqueKeys(result.columns).map { Column($0.title, key: $0.key) }
        let rows = result.rows.map { $0.map(Self.cell) }
        return .table(Table(columns: columns, rows: rows, emptyMessage: "(no rows)"))
    }

    /// A SQL value as a cell: a blob in SQLite's literal form, X'hex'.
    static func cell(_ value: SQLValue) -> Cell {
        switch value {
        case .null: return .null
        case .integer(let n): return .int(Int(n))
        case .real(let d): return .double(d)
        case .text(let s): return .text(s)
        case .blob(let data): return .text("X'" + data.map { String(format: "%02X", $0) }.joined() + "'")
        }
    }

    /// Titles as SQLite names them; a repeated name gets `_2`, `_3` in its key so JSON keeps both.
    static func uniqueKeys(_ names: [String]) -> [(title: String, key: String)] {
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            let n = seen[name]!
            return (name, n == 1 ? name : "\(name)_\(n)")
        }
    }
}
