import MQTCore

/// The SQLite store as a plugin's corpus: each call hands a set's description to the store, where
/// the SQL lives.
extension Store: Corpus {
    public func select(_ query: String, within set: SpeechSet?, order: SearchOrder?, stem: Bool) throws -> SpeechSet {
        var selection = set?.selection ?? .everything
        if !query.allSatisfy(\.isWhitespace) {
            do {
                selection = selection.narrowed(by: try compileQuery(query, stem: stem))
            } catch let error as QueryError {
                throw PositionedError(error.message, span: error.span, in: error.query)
            }
        }
        if let order { selection.order = order }
        return SpeechSet(selection: selection)
    }

    public func set(of rowIDs: [Int64]) -> SpeechSet {
        SpeechSet(selection: SpeechSelection(queries: [], rowIDs: rowIDs, order: .corpus))
    }

    public func size(of set: SpeechSet) throws -> Int { try countSpeeches(in: set.selection) }

    public func rowIDs(of set: SpeechSet) throws -> [Int64] { try rowIDs(in: set.selection) }

    public func count(_ set: SpeechSet) throws -> SearchTotals { try countMatches(in: set.selection) }

    public func count(_ set: SpeechSet, by group: SearchGroup) throws -> [GroupCount] {
        try countMatches(in: set.selection, by: group)
    }

    public func sizes(of set: SpeechSet, by group: SearchGroup) throws -> [GroupSize] {
        try groupSizes(in: set.selection, by: group)
    }

    public func page(of set: SpeechSet, limit: Int, offset: Int) throws -> [SearchHit] {
        try page(of: set.selection, limit: limit, offset: offset)
    }

    public func forEachSpeech(in set: SpeechSet, _ body: (StoredSpeech) throws -> Bool) throws {
        try forEachSpeech(in: set.selection, body)
    }

    public func forEachText(in set: SpeechSet, by group: SearchGroup?, _ body: (String?, String) throws -> Void) throws {
        try forEachText(in: set.selection, by: group, body)
    }

    public func forEachRecord(in set: SpeechSet, _ body: (ExportedSpeech) throws -> Void) throws -> Int {
        try exportSpeeches(in: set.selection, body)
    }

    public func concordance(of set: SpeechSet, order: SearchOrder, lines: Int?, isCancelled: () -> Bool) throws -> [SearchHit] {
        try concordanceHits(in: set.selection, order: order, lines: lines, isCancelled: isCancelled)
    }

    public func termFrequencies(in set: SpeechSet) throws -> [TermFrequency] {
        try termFrequencies(in: set.selection)
    }

    public func sources() throws -> CorpusSources { try sourceFiles() }

    public func sql(_ query: String) throws -> SQLResult { try runSQL(query) }

    public func documentFrequencies(of words: [String]) throws -> [String: Int] {
        try indexDocumentFrequencies(of: words)
    }
}
