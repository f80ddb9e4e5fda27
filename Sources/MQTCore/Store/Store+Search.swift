import GRDB

/// Searching the store with the query language (DESIGN.md §6). Every function takes the rows of a
/// piped set in `within` (nil for the whole corpus).
extension Store {
    /// Parses and compiles a query for this store; throws `QueryError` (pointing at the token) when
    /// it cannot be parsed. `stem` stems every unquoted word (`set stem on`).
    public func compileQuery(_ text: String, stem: Bool = false) throws -> CompiledQuery {
        let query = try Query(text)
        if stem || Self.hasStemmedTerm(query.root) { try prepareVocabulary() }
        var speakers: [String: SpeakerAlternatives] = [:]
        for name in Self.speakerFilters(in: query.root) where speakers[name] == nil {
            speakers[name] = try speakerAlternatives(for: name)
        }
        return try read { db in
            try QueryCompiler(resolver: StoreQueryResolver(db: db, speakers: speakers), options: .init(stem: stem)).compile(query)
        }
    }

    /// Matching speeches and hits (occurrences of the query's words and phrases in them).
    public func countMatches(_ query: CompiledQuery, within: SpeechSelection? = nil) throws -> SearchTotals {
        let parts = SearchSQL(query, within: within, needSpeeches: false)
        let source = parts.source, hits = parts.hits
        return try read { db in
            try SearchFunctions.register(db)
            let row = try Row.fetchOne(
                db, sql: "SELECT count(*) AS n, coalesce(sum(h), 0) AS h FROM (SELECT \(hits.sql) AS h \(source.sql) LIMIT -1)",
                arguments: StatementArguments(hits.arguments + source.arguments))
            return SearchTotals(speeches: row?["n"] ?? 0, hits: row?["h"] ?? 0)
        }
    }

    /// Matching speeches and hits per group, by speeches, then hits (both descending), then name;
    /// periods (date, month, year) in date order.
    public func countMatches(_ query: CompiledQuery, by group: SearchGroup, within: SpeechSelection? = nil) throws -> [GroupCount] {
        let parts = SearchSQL(query, within: within, needSpeeches: true)
        let source = parts.source, hits = parts.hits
        let label = group.label(of: "g")
        let sql = """
            SELECT \(label) AS name, n, h FROM (
              SELECT g, count(*) AS n, coalesce(sum(h), 0) AS h
              FROM (SELECT \(group.key) AS g, \(hits.sql) AS h \(source.sql) LIMIT -1) GROUP BY g)
            ORDER BY \(group.isTime ? "name IS NULL, name" : "n DESC, h DESC, name IS NULL, name")
            """
        return try read { db in
            try SearchFunctions.register(db)
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(hits.arguments + source.arguments)).map {
                GroupCount(group: $0["name"], speeches: $0["n"], hits: $0["h"])
            }
        }
    }

    /// One page of matching speeches in `order` (relevance is BM25 over the text column; search's
    /// date order is newest first), each with its spans.
    public func searchSpeeches(
        _ query: CompiledQuery, order: SearchOrder = .relevance, limit: Int = 20, offset: Int = 0, within: SpeechSelection? = nil
    ) throws -> [SearchHit] {
        let ranked = order == .relevance && query.match != nil
        let parts = SearchSQL(query, within: within, needSpeeches: !ranked && order != .corpus)
        let source = parts.source
        let score = ranked ? "bm25(speech_fts, 1.0, 0.0, 0.0, 0.0)" : "NULL"
        let orderBy = ranked ? "score, \(parts.rowID)" : parts.orderBy(order)
        let sql = "SELECT \(parts.rowID) AS id, \(score) AS score \(source.sql) ORDER BY \(orderBy) LIMIT ? OFFSET ?"
        let rows = try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(source.arguments + [limit.databaseValue, offset.databaseValue]))
                .map { (id: $0["id"] as Int64, score: $0["score"] as Double?) }
        }
        let spans = try matchSpans(query, rowIDs: rows.map(\.id))
        let speeches = try self.speeches(rowIDs: rows.map(\.id))
        let scores = Dictionary(rows.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        return speeches.map { SearchHit(speech: $0, score: scores[$0.rowID] ?? nil, spans: spans[$0.rowID] ?? []) }
    }

    /// Row ids of every matching speech, in `order` (corpus order by default; date is oldest first,
    /// as a concordance reads; relevance is corpus order).
    public func matchingRowIDs(_ query: CompiledQuery, order: SearchOrder = .corpus, within: SpeechSelection? = nil) throws -> [Int64] {
        let parts = SearchSQL(query, within: within, needSpeeches: order == .date || order == .speaker)
        let source = parts.source
        let orderBy = parts.orderBy(order == .relevance ? .corpus : order, newestFirst: false)
        return try read { db in
            try Int64.fetchAll(db, sql: "SELECT \(parts.rowID) \(source.sql) ORDER BY \(orderBy)", arguments: StatementArguments(source.arguments))
        }
    }

    /// Where the query's words and phrases occur in each of these speeches.
    public func matchSpans(_ query: CompiledQuery, rowIDs: [Int64]) throws -> [Int64: [MatchSpan]] {
        guard query.hasHits, !rowIDs.isEmpty else { return [:] }
        let spans = SearchSQL.column(query, spans: true)
        let sql: String
        var prefix: [DatabaseValue] = spans.arguments
        if let match = query.match {
            sql = "SELECT \(spans.sql) FROM speech_fts CROSS JOIN speeches s ON s.id = speech_fts.rowid WHERE speech_fts MATCH ? AND speech_fts.rowid = ?"
            prefix.append(match.databaseValue)
        } else {
            sql = "SELECT \(spans.sql) FROM speeches s WHERE s.id = ?"
        }
        return try read { db in
            try SearchFunctions.register(db)
            let statement = try db.cachedStatement(sql: sql)
            var result: [Int64: [MatchSpan]] = [:]
            for id in rowIDs {
                let text = try String.fetchOne(statement, arguments: StatementArguments(prefix + [id.databaseValue]))
                result[id] = MatchSpan.parseList(text)
            }
            return result
        }
    }

    /// Matching speeches with their spans, in `order`, stopping once `lines` spans are collected
    /// (nil for all): what a concordance needs.
    public func concordanceHits(
        _ query: CompiledQuery, order: SearchOrder = .corpus, lines: Int? = nil, within: SpeechSelection? = nil,
        isCancelled: () -> Bool = { false }
    ) throws -> [SearchHit] {
        guard query.hasHits else { return [] }
        var found: [(Int64, [MatchSpan])] = []
        var total = 0
        if order == .corpus || order == .relevance {
            let parts = SearchSQL(query, within: within, needSpeeches: false)
            let source = parts.source, spans = parts.spans
            let sql = "SELECT \(parts.rowID) AS id, \(spans.sql) AS spans \(source.sql) ORDER BY \(parts.rowID)"
            try read { db in
                try SearchFunctions.register(db)
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(spans.arguments + source.arguments))
                while let row = try cursor.next() {
                    let list = MatchSpan.parseList(row["spans"])
                    found.append((row["id"], list))
                    total += list.count
                    if let lines, total >= lines { break }
                    if isCancelled() { break }
                }
            }
        } else {
            let ids = try matchingRowIDs(query, order: order, within: within)
            var start = 0
            while start < ids.count, lines.map({ total < $0 }) ?? true, !isCancelled() {
                let chunk = Array(ids[start..<min(ids.count, start + 64)])
                let spans = try matchSpans(query, rowIDs: chunk)
                for id in chunk {
                    let list = spans[id] ?? []
                    found.append((id, list))
                    total += list.count
                    if let lines, total >= lines { break }
                }
                start += chunk.count
            }
        }
        let speeches = Dictionary(try self.speeches(rowIDs: found.map(\.0)).map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
        return found.compactMap { id, spans in speeches[id].map { SearchHit(speech: $0, spans: spans) } }
    }

    /// A speech and up to `count` speeches either side of it in its transcript (for `show --context`).
    public func speechesAround(_ speech: StoredSpeech, count: Int) throws -> [StoredSpeech] {
        let n = max(0, count)
        return try speeches(inTranscript: speech.transcriptID, seq: max(1, speech.seq - n)...(speech.seq + n))
    }

    static func hasStemmedTerm(_ node: QueryNode?) -> Bool {
        guard let node else { return false }
        switch node {
        case .term(let term): return term.isStemmed
        case .near, .filter: return false
        case .and(let nodes), .or(let nodes): return nodes.contains(where: hasStemmedTerm)
        case .not(let inner): return hasStemmedTerm(inner)
        }
    }
}
