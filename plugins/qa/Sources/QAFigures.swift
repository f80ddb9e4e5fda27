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

    mutating func add(_ pair: QuestionPair) {
        questions += 1
        questionWords += pair.questionWords
        guard let answer = pair.answer else { return }
        answered += 1
        answerWords += pair.answerWords ?? 0
        answeredQuestionWords += pair.questionWords
        if let share = Self.echo(question: pair.question, answer: answer) {
            echoed += 1
            echoSum += share
        }
    }

    /// A question's key words: distinct index words of five characters or more, not all digits.
    static func keyWords(_ text: String) -> Set<String> {
        Set(Tokenizer.tokens(in: text).map(\.folded).filter { $0.count >= 5 && !$0.allSatisfy(\.isNumber) })
    }

    /// The share of the question's key words that occur in the answer; nil when it has none.
    static func echo(question: String, answer: String) -> Double? {
        let keys = keyWords(question)
        guard !keys.isEmpty else { return nil }
        let said = Set(Tokenizer.tokens(in: answer).map(\.folded))
        return Double(keys.intersection(said).count) / Double(keys.count)
    }

    /// `a / b` to `places` decimal places; null when `b` is 0.
    static func ratio(_ a: Int, _ b: Int, places: Int) -> Cell {
        guard b > 0 else { return .null }
        let scale = places == 1 ? 10.0 : 100.0
        return .decimal((Double(a) * scale / Double(b)).rounded() / scale, places: places)
    }
}
