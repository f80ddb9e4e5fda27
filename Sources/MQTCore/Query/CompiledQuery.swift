/// A query turned into SQL: an FTS5 expression for `speech_fts MATCH` and conditions on `speeches s`.
public struct CompiledQuery: Equatable, Sendable {
    /// The query as typed.
    public var text: String
    /// FTS5 expression the matching speeches satisfy; nil when the query has no positive words
    /// (filters only, exclusions only, or empty).
    public var match: String?
    /// Further conditions on `speeches s`, ANDed.
    public var conditions: [SQLCondition]
    /// FTS5 phrase indices in `match` whose instances are hits, comma-separated (`0,1,3`); FTS5
    /// numbers phrases left to right.
    public var hitPhrases: String
    /// Hits of words that sit inside `conditions` (e.g. `(knife OR date:2021) crime`).
    var extraHits: [HitTerm]

    init(text: String, match: String?, conditions: [SQLCondition], hitPhrases: String, extraHits: [HitTerm]) {
        self.text = text
        self.match = match
        self.conditions = conditions
        self.hitPhrases = hitPhrases
        self.extraHits = extraHits
    }

    /// Whether there are words whose occurrences count (and can be marked or aligned on).
    public var hasHits: Bool { (match != nil && !hitPhrases.isEmpty) || !extraHits.isEmpty }
}
