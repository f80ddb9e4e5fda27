import MQTKit

/// Running sums for one group of questions (`qa-stats`).
struct QAFigures {
    var questions = 0
    var answered = 0
    var questionWords = 0
    var answerWords = 0
    /// Words of the questions that have an answer.
    var answeredQuestionWords = 0
    /// Answered questions with at least one key word, and the sum of their echo shares (0...1).
    var echoed = 0
    var echoSum = 0.0

    mutating func add(_ pair: QuestionPair, echo counter: EchoCounter) {
        questions += 1
        questionWords += pair.questionWords
        guard let answer = pair.answer else { return }
        answered += 1
        answerWords += pair.answerWords ?? 0
        answeredQuestionWords += pair.questionWords
        if let share = counter.share(question: pair.question, answer: answer) {
            echoed += 1
            echoSum += share
        }
    }

    /// The share of the question's key words that occur in the answer; nil when it has none.
    static func echo(question: String, answer: String) -> Double? {
        EchoCounter().share(question: question, answer: answer)
    }

    /// `a / b` to `places` decimal places; null when `b` is 0.
    static func ratio(_ a: Int, _ b: Int, places: Int) -> Cell {
        guard b > 0 else { return .null }
        let scale = places == 1 ? 10.0 : 100.0
        return .decimal((Double(a) * scale / Double(b)).rounded() / scale, places: places)
    }
}

/// How much of a question its answer repeats, counted with one `Lexicon` over every pair (words
/// as ids, each word's key-ness decided once).
final class EchoCounter {
    private let lexicon = Lexicon()
    /// Whether each word id is a key word: five characters or more, not all digits.
    private var isKey: [Bool] = []

    /// The share of the question's distinct key words that occur in the answer; nil when it has none.
    func share(question: String, answer: String) -> Double? {
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
