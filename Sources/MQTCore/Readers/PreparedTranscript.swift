import Foundation

/// A parsed transcript made ready for the store off the writer's thread: each speech's text joined
/// and its words and sentences counted, so the thread that holds the database only binds and steps.
public struct PreparedTranscript: Sendable {
    public var parsed: ParsedTranscript
    /// The file it came from, as given to `load`.
    public var sourceFile: String
    /// The content hash that makes loading the same file twice a no-op.
    public var contentHash: String
    /// Per speech: the paragraphs joined by blank lines, the word count and the sentence count.
    var texts: [String]
    var words: [Int]
    var sentences: [Int]

    public init(_ parsed: ParsedTranscript, sourceFile: String, contentHash: String) {
        self.parsed = parsed
        self.sourceFile = sourceFile
        self.contentHash = contentHash
        texts = parsed.speeches.map(\.text)
        words = texts.map(Tokenizer.wordCount)
        sentences = texts.map(SentenceSplitter.count)
    }
}
