/// How much of a question its answer repeats: the share of the question's key words that occur
/// in the answer. A key word is a distinct index word (`Tokenizer.tokens`: letters, digits and
/// marks, folded to lower case without diacritics) of five characters or more, not all digits.
/// One echo serves any number of pairs: words are ids in one `Lexicon`, each word's key-ness
/// decided once.
public final class QuestionEcho {
    private let lexicon = Lexicon()
    /// Whether each word id is a key word.
    private var isKey: [Bool] = []

    public init() {}

    /// The share (0...1) of the question's key words found in the answer; nil when it has none.
    public func share(question: String, answer: String) -> Double? {
        var keys = Set<Int32>()
        lexicon.forEachWord(in: question) { id in
            if isKeyWord(id) { keys.insert(id) }
        }
        guard !keys.isEmpty else { return nil }
        var found = Set<Int32>()
        lexicon.forEachWord(in: answer) { id in
            if keys.contains(id) { found.insert(id) }
        }
        return Double(found.count) / Double(keys.count)
    }

    private func isKeyWord(_ id: Int32) -> Bool {
        while isKey.count <= Int(id) {
            let word = lexicon.word(Int32(isKey.count))
            isKey.append(word.count >= 5 && !word.allSatisfy(\.isNumber))
        }
        return isKey[Int(id)]
    }
}
