import MQTKit

/// `qa-stats [QUERY] [--by asker|answerer|party|month]` (also `qa stats`): questions asked, answered and not, how
/// long answers are against their questions, and how much of a question an answer repeats.
struct QAStatsCommand: Command {
    let spec = CommandSpec(
        name: "qa-stats", aliases: ["qa stats"], summary: "questions asked, answered and unanswered, answer against question length, key words echoed",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per asker, answerer, party (the asker's) or month", choices: QuestionPairGroup.allCases.map(\.rawValue))
        ] + QAFilters.options,
        accepts: [.nothing, .speeches], returns: .table,
        examples: QAExamples.stats,
        discussion: """
            The questions are those `qa` lists with the same QUERY and options (see `help qa`). One \
            row for all of them, or one per group with --by (askers, answerers and parties by most \
            questions, then name; months in order; a question with no answerer or party is under \
            (none)). questions: how many; answered: how many have an answer; answered %: answered × \
            100 / questions, to one decimal place. q mean and a mean: mean words of the questions, \
            and of the answers (answered questions only), to one decimal place; words are counted as \
            `stats` counts them (`help words`). a/q: words of the answers / words of their questions, \
            over answered questions, to two decimal places. echo %: over answered questions with at \
            least one key word, the mean of (key words of the question that occur in its answer / \
            key words of the question) × 100, to one decimal place. A question's key words are its \
            distinct index words (`Tokenizer.tokens`: letters, digits and marks, folded to lower \
            case without diacritics; an apostrophe separates) of five characters or more that are \
            not all digits. A figure with nothing to divide by is empty (null in JSON). \
            \(QueryLanguage.discussion)
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = call.option("by").flatMap(QuestionPairGroup.init(rawValue:))
        let (filter, _) = try QAFilters.filter(call, context: context)
        let figures = try context.corpus.questionPairFigures(filter, by: group).sorted { a, b in
            if group == .month { return (a.key ?? "") < (b.key ?? "") }
            return a.questions != b.questions ? a.questions > b.questions : (a.key ?? "") < (b.key ?? "")
        }
        let rows = figures.map { f in [.text(group == nil ? "all" : f.key ?? "(none)")] + QAFigures.cells(f) }
        let columns = [
            Column(group?.rawValue ?? "set"), Column("questions"), Column("answered"),
            Column("unanswered"), Column("answered %", key: "answered_percent"), Column("q mean", key: "question_mean_words"),
            Column("a mean", key: "answer_mean_words"), Column("a/q", key: "answer_to_question_words"),
            Column("echo %", key: "echo_percent"),
        ]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no questions match"))
    }
}
