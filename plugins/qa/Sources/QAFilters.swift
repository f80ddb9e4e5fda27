import MQTKit

/// The options `qa` and `qa-stats` share, and the filter they make of them.
enum QAFilters {
    static let options: [OptionSpec] = [
        OptionSpec("asker", value: "NAME", summary: "questions asked by a speaker whose name contains NAME (any case)", completion: .speakers),
        OptionSpec("answerer", value: "NAME", summary: "questions answered by a speaker whose name contains NAME (any case)", completion: .speakers),
        OptionSpec("party", value: "P", summary: "questions asked by members of party P (any case)"),
        OptionSpec("unanswered", summary: "only questions with no answer in the corpus"),
    ]

    /// The pairs whose question or answer is in QUERY within the piped set (every pair without
    /// either; a set `qa` made keeps its own pairs), narrowed by the options; `hasQuery` when a
    /// query or a set chose them.
    static func filter(_ call: Call, context: any Context) throws -> (filter: QuestionPairFilter, hasQuery: Bool) {
        let query = call.argument("query") ?? ""
        var set = call.input.speechSet
        let typed = !query.allSatisfy(\.isWhitespace)
        if typed {
            set = try context.corpus.select(query, within: set, order: nil, stem: context.settings.stem)
        }
        for name in ["asker", "answerer", "party"] where call.option(name)?.allSatisfy(\.isWhitespace) == true {
            throw CommandError.invalid("--\(name) needs a name, not an empty value")
        }
        let filter = QuestionPairFilter(
            in: set, asker: call.option("asker"), answerer: call.option("answerer"), party: call.option("party"),
            unansweredOnly: call.flag("unanswered"))
        return (filter, typed || (set != nil && set?.questionPairs == nil))
    }
}
