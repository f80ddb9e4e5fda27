import MQTKit

/// The options `qa` and `qa-stats` share, and the pairs they select.
enum QAFilters {
    static let options: [OptionSpec] = [
        OptionSpec("asker", value: "NAME", summary: "questions asked by a speaker whose name contains NAME (any case)", completion: .speakers),
        OptionSpec("answerer", value: "NAME", summary: "questions answered by a speaker whose name contains NAME (any case)", completion: .speakers),
        OptionSpec("party", value: "P", summary: "questions asked by members of party P (any case)"),
        OptionSpec("unanswered", summary: "only questions with no answer in the corpus"),
    ]

    /// The pairs whose question or answer is in QUERY within the piped set (every pair without
    /// either), narrowed by the options.
    static func pairs(_ call: Call, context: any Context) throws -> [QuestionPair] {
        let query = call.argument("query") ?? ""
        var set: SpeechSet? = nil
        if call.input.speechSet != nil || !query.allSatisfy(\.isWhitespace) {
            set = try context.corpus.select(query, within: call.input.speechSet, order: nil, stem: context.settings.stem)
        }
        for name in ["asker", "answerer", "party"] where call.option(name)?.allSatisfy(\.isWhitespace) == true {
            throw CommandError.invalid("--\(name) needs a name, not an empty value")
        }
        return try context.corpus.questionPairs(
            in: set, asker: call.option("asker"), answerer: call.option("answerer"), party: call.option("party"),
            unansweredOnly: call.flag("unanswered"))
    }
}
