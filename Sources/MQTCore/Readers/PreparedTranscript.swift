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

    /// `parsed` is consumed: handed over with its last use (`consume`), its speeches are changed
    /// in place rather than copied.
    public init(_ parsed: consuming ParsedTranscript, sourceFile: String, contentHash: String) {
        self.sourceFile = sourceFile
        self.contentHash = contentHash
        var texts: [String] = []
        texts.reserveCapacity(parsed.speeches.count)
        // Each speech keeps its text as one paragraph sharing the joined string's storage, joined
        // one speech at a time: the text is held once, not twice (a 200 MB file's speeches are
        // most of a load's memory).
        for index in parsed.speeches.indices {
            let paragraphs = parsed.speeches[index].paragraphs
            // One paragraph is the text itself (`joined` would copy it).
            let text = paragraphs.count == 1 ? paragraphs[0] : parsed.speeches[index].text
            if paragraphs.count > 1 { parsed.speeches[index].paragraphs = [text] }
            texts.append(text)
        }
        self.parsed = parsed
        self.texts = texts
        (words, sentences) = Self.counts(texts)
    }

    /// Words and sentences of each text. Counting is most of the reading thread's work and the
    /// writer often waits for it, so a transcript of many speeches is counted on two threads.
    static func counts(_ texts: [String]) -> (words: [Int], sentences: [Int]) {
        var words = [Int](repeating: 0, count: texts.count)
        var sentences = [Int](repeating: 0, count: texts.count)
        let lanes = texts.count >= 32 ? 2 : 1
        words.withUnsafeMutableBufferPointer { wordsOut in
            sentences.withUnsafeMutableBufferPointer { sentencesOut in
                // Each lane writes its own indexes (i % lanes): no two threads touch one element.
                nonisolated(unsafe) let (wordsOut, sentencesOut) = (wordsOut, sentencesOut)
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    for index in stride(from: lane, to: texts.count, by: lanes) {
                        wordsOut[index] = Tokenizer.wordCount(texts[index])
                        sentencesOut[index] = SentenceSplitter.count(in: texts[index])
                    }
                }
            }
        }
        return (words, sentences)
    }
}
