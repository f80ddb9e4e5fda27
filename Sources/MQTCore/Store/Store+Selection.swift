import GRDB

/// How often a word occurs: in all, and in how many speeches.
public struct TermFrequency: Equatable, Sendable {
    /// The word as the index folds it (lower case, no diacritics).
    public var term: String
    public var count: Int
    public var documents: Int

    public init(term: String, count: Int, documents: Int) {
        self.term = term
        self.count = count
        self.documents = documents
    }
}

/// Everything the corpus interface does with a set, as SQL. A set's driving query (its hit query)
/// is evaluated as FTS5 drives it; the rest of the set restricts it (`SearchSQL.restriction`).
/// With nothing else in the set, `search Q | count --by speaker` runs the very statement that
/// `count Q --by speaker` runs.
extension Store {
    /// Matching speeches and the hits of the set's hit query.
    public func countMatches(in set: SpeechSelection) throws -> SearchTotals {
        let (query, rest) = set.driven
        return try countMatches(query ?? .everything, within: rest)
    }

    /// Matching speeches and hits per group.
    public func countMatches(in set: SpeechSelection, by group: SearchGroup) throws -> [GroupCount] {
        let (query, rest) = set.driven
        return try countMatches(query ?? .everything, by: group, within: rest)
    }

    /// How many speeches the set holds (no hits counted).
    public func countSpeeches(in set: SpeechSelection) throws -> Int {
        let (query, rest) = set.driven
        let source = SearchSQL(query ?? .everything, within: rest, needSpeeches: false).source
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) \(source.sql)", arguments: StatementArguments(source.arguments)) ?? 0
        }
    }

    /// One page of the set in its order, with spans of its hit query: what a display shows.
    public func page(of set: SpeechSelection, limit: Int, offset: Int) throws -> [SearchHit] {
        let (query, rest) = set.driven
        return try searchSpeeches(query ?? .everything, order: set.order, limit: limit == 0 ? -1 : limit, offset: offset, within: rest)
    }

    /// Row ids of the whole set in its order (no text read, nothing snippeted).
    public func rowIDs(in set: SpeechSelection) throws -> [Int64] {
        let (query, rest) = set.driven
        let chosen = query ?? .everything
        let ranked = set.order == .relevance && chosen.match != nil
        let parts = SearchSQL(chosen, within: rest, needSpeeches: set.order != .corpus && !ranked)
        let source = parts.source
        let orderBy = parts.orderBy(set.order)
        return try read { db in
            try Int64.fetchAll(db, sql: "SELECT \(parts.rowID) \(source.sql) ORDER BY \(orderBy)", arguments: StatementArguments(source.arguments))
        }
    }

    /// Calls `body` with each speech of the set in its order, reading 256 at a time; `body`
    /// returns false to stop early.
    public func forEachSpeech(in set: SpeechSelection, _ body: (StoredSpeech) throws -> Bool) throws {
        let ids = try rowIDs(in: set)
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 256)])
            for speech in try speeches(rowIDs: chunk) where try !body(speech) { return }
            start += chunk.count
        }
    }

    /// Streams the set's speeches in export shape, in its order; the whole corpus by date when
    /// the set is everything in corpus order. Returns the count.
    @discardableResult
    public func exportSpeeches(in set: SpeechSelection, _ body: (ExportedSpeech) throws -> Void) throws -> Int {
        if set == .everything { return try exportSpeeches(rowIDs: nil, body) }
        let ids = try rowIDs(in: set)
        var count = 0
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 1024)])
            count += try exportSpeeches(rowIDs: chunk, body)
            start += chunk.count
        }
        return count
    }

    /// Matching speeches with spans, for a concordance (see `concordanceHits`).
    public func concordanceHits(
        in set: SpeechSelection, order: SearchOrder, lines: Int?, isCancelled: () -> Bool = { false }
    ) throws -> [SearchHit] {
        let (query, rest) = set.driven
        return try concordanceHits(query ?? .everything, order: order, lines: lines, within: rest, isCancelled: isCancelled)
    }

    /// Word frequencies with document frequencies, most frequent first. The whole corpus reads the
    /// index's own vocabulary; a narrower set tokenizes its texts as the index does
    /// (`Tokenizer.tokens`), so both give the same counts for the same speeches.
    public func termFrequencies(in set: SpeechSelection) throws -> [TermFrequency] {
        if set.queries.isEmpty && set.rowIDs == nil { return try corpusTermFrequencies() }
        var counts = WordCounts()
        try forEachText(in: set) { counts.add($0) }
        return counts.frequencies
    }
}

extension CompiledQuery {
    /// The query that selects every speech.
    public static let everything = CompiledQuery(text: "", match: nil, conditions: [], hitPhrases: "", extraHits: [])
}

extension SearchSQL {
    /// ORDER BY for a set's order: relevance is BM25 over the text column (date order where the
    /// query has no words), date is newest first (as search shows it) unless `newestFirst` is
    /// false, then transcript order.
    func orderBy(_ order: SearchOrder, newestFirst: Bool = true) -> String {
        switch order {
        case .relevance where query.match != nil: return "bm25(speech_fts, 1.0, 0.0, 0.0, 0.0), \(rowID)"
        case .speaker: return "s.speaker, s.date, s.transcript_id, s.seq"
        case .corpus: return rowID
        case .relevance, .date: return "s.date\(newestFirst ? " DESC" : ""), s.transcript_id, s.seq"
        }
    }
}
