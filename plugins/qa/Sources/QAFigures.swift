import MQTKit

/// The cells of one `qa-stats` row, divided from the store's sums (`QuestionPairFigures`).
enum QAFigures {
    /// questions, answered, unanswered, answered %, q mean, a mean, a/q, echo %.
    static func cells(_ f: QuestionPairFigures) -> [Cell] {
        [
            .int(f.questions), .int(f.answered), .int(f.questions - f.answered), ratio(f.answered * 100, f.questions, places: 1),
            ratio(f.questionWords, f.questions, places: 1), ratio(f.answerWords, f.answered, places: 1),
            ratio(f.answerWords, f.answeredQuestionWords, places: 2),
            f.echoed == 0 ? .null : .decimal((f.echoSum * 1000 / Double(f.echoed)).rounded() / 10, places: 1),
        ]
    }

    /// `a / b` to `places` decimal places; null when `b` is 0.
    static func ratio(_ a: Int, _ b: Int, places: Int) -> Cell {
        guard b > 0 else { return .null }
        let scale = places == 1 ? 10.0 : 100.0
        return .decimal((Double(a) * scale / Double(b)).rounded() / scale, places: places)
    }
}
