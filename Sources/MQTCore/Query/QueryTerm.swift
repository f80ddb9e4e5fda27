/// A word or quoted phrase to find in speech text.
public struct QueryTerm: Equatable, Sendable {
    /// The text as typed, without quotes, `*`, `-` or `~`.
    public var text: String
    /// Written in quotes: matched exactly, never stemmed.
    public var isPhrase: Bool
    /// `prefix*`: the last word matches any word starting with it.
    public var isPrefix: Bool
    /// `~word`: matches every word of the corpus with the same (Porter) stem.
    public var isStemmed: Bool
    /// Character offsets in the query.
    public var span: Range<Int>

    public init(_ text: String, isPhrase: Bool = false, isPrefix: Bool = false, isStemmed: Bool = false, span: Range<Int>) {
        self.text = text
        self.isPhrase = isPhrase
        self.isPrefix = isPrefix
        self.isStemmed = isStemmed
        self.span = span
    }

    /// The folded words of the term, as the index tokenises them.
    public var words: [String] { Tokenizer.tokens(in: text).map(\.folded) }
}
