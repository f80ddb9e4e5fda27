import MQTKit

/// `qa-stats [QUERY] [--by asker|answerer|party|month]`: questions asked, answered and not, how
/// long answers are against their questions, and how much of a question an answer repeats.
struct QAStatsCommand: Command {
    let spec = CommandSpec(
        name: "qa-stats", summary: "questions asked, answered and unanswered, answer against question length, key words echoed",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per asker, answerer, party (the asker's) or month", choices: QAGroup.allCases.map(\.rawValue))
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
        let group = call.option("by").flatMap(QAGroup.init(rawValue:))
        let pairs = try QAFilters.pairs(call, context: context)
        var figures: [String?: QAFigures] = [:]
        let echo = EchoCounter()
        for pair in pairs { figures[group.map { $0.key(of: pair) } ?? "all", default: QAFigures()].add(pair, echo: echo) }
        let keys = figures.keys.sorted { a, b in
            if group == .month { return (a ?? "") < (b ?? "") }
            let (left, right) = (figures[a]?.questions ?? 0, figures[b]?.questions ?? 0)
            return left != right ? left > right : (a ?? "") < (b ?? "")
        }
        let rows = keys.map { key -> [Cell] in
            let f = figures[key] ?? QAFigures()
            return [
                .text(key ?? "(none)"), .int(f.questions), .int(f.answered), .int(f.questions - f.answered),
                QAFigures.ratio(f.answered * 100, f.questions, places: 1), QAFigures.ratio(f.questionWords, f.questions, places: 1),
                QAFigures.ratio(f.answerWords, f.answered, places: 1), QAFigures.ratio(f.answerWords, f.answeredQuestionWords, places: 2),
                f.echoed == 0 ? .null : .decimal((f.echoSum * 1000 / Double(f.echoed)).rounded() / 10, places: 1),
            ]
        }
        let columns = [
            Column(group?.rawValue ?? "set"), Column("questions"), Column("answered"),
            Column("unanswered"), Column("answered %", key: "answered_percent"), Column("q mean", key: "question_mean_words"),
            Column("a mean", key: "answer_mean_words"), Column("a/q", key: "answer_to_question_words"),
            Column("echo %", key: "echo_percent"),
        ]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no questions match"))
    }
}

/// What `qa-stats --by` groups questions by.
enum QAGroup: String, CaseIterable {
    case asker, answerer, party, month

    func key(of pair: QuestionPair) -> String? {
        switch self {
        case .asker: return pair.asker
        case .answerer: return pair.answerer
        case .party: return pair.askerParty
        case .month: return String(pair.date.prefix(7))
        }
    }
}
