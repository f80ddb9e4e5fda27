/// A matching speech with where its words matched.
public struct SearchHit: Equatable, Sendable {
    public var speech: StoredSpeech
    /// BM25 score (lower is better, as FTS5 gives it); nil when not ranked.
    public var score: Double?
    /// Occurrences of the query's words and phrases in the text, in order.
    public var spans: [MatchSpan]
    public init(speech: StoredSpeech, score: Double? = nil, spans: [MatchSpan]) {
        self.speech = speech
        self.score = score
        self.spans = spans
    }
}
