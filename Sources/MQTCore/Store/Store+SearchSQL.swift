import GRDB

/// Pieces of the SQL every search statement shares: where matching speeches come from, and the
/// hit and span columns.
struct SearchSQL {
    let query: CompiledQuery
    /// The set the matches must also belong to (a piped set); nil for the whole corpus.
    let within: SpeechSelection?
    /// Whether `speeches s` is joined (needed for conditions, groups and most orders).
    let joined: Bool

    init(_ query: CompiledQuery, within: SpeechSelection?, needSpeeches: Bool) {
        self.query = query
        self.within = within
        joined = query.match == nil || needSpeeches || !query.conditions.isEmpty || within != nil || !query.extraHits.isEmpty
    }

    /// The row id column.
    var rowID: String { query.match == nil || joined ? "s.id" : "speech_fts.rowid" }

    /// `FROM ... WHERE ...` with its arguments. With an FTS5 match the index drives (CROSS JOIN
    /// fixes the order): probing the index once per row of a speeches index is far slower.
    var source: (sql: String, arguments: [DatabaseValue]) {
        var sql: String
        var arguments: [DatabaseValue] = []
        if let match = query.match {
            sql = joined
                ? "FROM speech_fts CROSS JOIN speeches s ON s.id = speech_fts.rowid WHERE speech_fts MATCH ?"
                : "FROM speech_fts WHERE speech_fts MATCH ?"
            arguments.append(match.databaseValue)
        } else {
            sql = "FROM speeches s WHERE 1"
        }
        for condition in query.conditions {
            sql += " AND " + condition.sql
            arguments += condition.arguments.map(\.databaseValue)
        }
        if let within {
            let restriction = Self.restriction(within)
            sql += " AND " + restriction.sql
            arguments += restriction.arguments
        }
        return (sql, arguments)
    }

    /// `s.id` belongs to the set: one uncorrelated subquery per query (SQLite builds each once),
    /// and the listed rows when the set has them.
    static func restriction(_ set: SpeechSelection) -> (sql: String, arguments: [DatabaseValue]) {
        var parts: [String] = []
        var arguments: [DatabaseValue] = []
        for query in set.queries {
            let inner = SearchSQL(query, within: nil, needSpeeches: false)
            let source = inner.source
            parts.append("s.id IN (SELECT \(inner.rowID) \(source.sql))")
            arguments += source.arguments
        }
        if let rows = set.rowIDs {
            parts.append("s.id IN (SELECT value FROM json_each(?))")
            arguments.append(("[" + rows.map(String.init).joined(separator: ",") + "]").databaseValue)
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    /// The expression giving a row's hits, with its arguments.
    var hits: (sql: String, arguments: [DatabaseValue]) { Self.column(query, spans: false) }

    /// The expression giving a row's spans (`token:length,...`), with its arguments.
    var spans: (sql: String, arguments: [DatabaseValue]) { Self.column(query, spans: true) }

    /// A row's hits (or spans): the main match's instances (when it has counted phrases) plus
    /// those of words inside conditions. With one MATCH expression its function merges the
    /// instances itself; with several, their span lists are joined and merged, so that a place
    /// two of them find is still one hit (`SearchFunctions`).
    static func column(_ query: CompiledQuery, spans: Bool) -> (sql: String, arguments: [DatabaseValue]) {
        let main = query.match != nil && !query.hitPhrases.isEmpty
        let expressions = (main ? 1 : 0) + query.extraHits.reduce(0) { $0 + $1.expressionCount }
        let direct = expressions <= 1
        let function = spans || !direct ? "mqt_spans" : "mqt_hits"
        let combine = direct && !spans ? "+" : "|| ',' ||"
        let zero = direct && !spans ? "0" : "''"
        var parts: [String] = []
        var arguments: [String] = []
        if main {
            parts.append("\(function)(speech_fts, ?)")
            arguments.append(query.hitPhrases)
        }
        if !query.extraHits.isEmpty {
            let extra = HitTerm.combined(query.extraHits, function: function, combine: combine, zero: zero)
            parts.append(extra.sql)
            arguments += extra.arguments
        }
        var sql = parts.isEmpty ? zero : parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " \(combine) ") + ")"
        if !direct { sql = spans ? "mqt_span_merge(\(sql))" : "mqt_span_count(\(sql))" }
        return (sql, arguments.map(\.databaseValue))
    }
}
