import MQTKit

/// `qa [QUERY] [--asker NAME] [--answerer NAME] [--party P] [--unanswered]`: each question with
/// its answer, where the query matched either.
struct QACommand: Command {
    let spec = CommandSpec(
        name: "qa", summary: "questions with their answers: asker, answerer, date, both texts, word counts",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: QAFilters.options + [.limit("questions, in corpus order", default: nil)],
        accepts: [.nothing, .speeches], returns: .table,
        examples: QAExamples.qa,
        discussion: """
            One row per question (a speech of kind question), in corpus order, with the answer paired \
            with it when the corpus was loaded (docs/STORE.md, `qa_pairs`): within a transcript a \
            question waits for the next answer under the same headings, so one reply answers every \
            question grouped before it and a supplementary the reply after it; in written answers \
            each question after a reply opens its own exchange; where a transcript marks no answers \
            (Akoma Ntoso), the first speech under the same headings by a minister (a role naming a \
            Minister or the Taoiseach) other than the asker answers. A question nothing answers is \
            unanswered (answer empty; null in JSON). With QUERY (or a piped set) a pair is kept when \
            its question or its answer is in the set, and `in` says which: question, answer or both. \
            --asker and --answerer keep names containing the text (any case); --party keeps the \
            asker's party (equal, any case); --unanswered keeps questions with no answer. Words are \
            counted as `stats` counts them (`help words`). The table cuts both texts to fit the width; \
            JSON, CSV, the other data formats and `export` give them whole, with the asker's party, \
            the answerer's role, `question_id`, `answer_id` (the speeches' ids, for `show`) and \
            `exchange_id` (the opening question's id: supplementaries share it), and \
            `holding_answer`: for a reply that follows a holding answer, what its first paragraph \
            says after `holding answer` (the holding answer's date, as ParlParse marks it), else null. \(QueryLanguage.discussion)
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let pairs = try QAFilters.pairs(call, context: context)
        let limit = try call.limit(default: nil)
        let shown = pairs.prefix(limit ?? pairs.count)
        let hasQuery = call.input.speechSet != nil || !(call.argument("query") ?? "").allSatisfy(\.isWhitespace)
        var columns = [
            Column("date", keepsWidth: true), Column("asker"), Column("answerer"), Column("q words", key: "question_words"),
            Column("a words", key: "answer_words"),
        ]
        if hasQuery { columns.append(Column("in", key: "matched")) }
        columns += [
            Column("question"), Column("answer"), Column("party", key: "asker_party", dataOnly: true),
            Column("role", key: "answerer_role", dataOnly: true), Column("question id", key: "question_id", dataOnly: true),
            Column("answer id", key: "answer_id", dataOnly: true), Column("exchange id", key: "exchange_id", dataOnly: true),
            Column("holding answer", key: "holding_answer", dataOnly: true),
        ]
        let rows = shown.map { pair -> [Cell] in
            var row: [Cell] = [
                .text(pair.date), .text(pair.asker), Cell(pair.answerer), .int(pair.questionWords),
                pair.answerWords.map(Cell.int) ?? .null,
            ]
            if hasQuery { row.append(.text(Self.matched(pair))) }
            return row + [
                .text(pair.question), Cell(pair.answer), Cell(pair.askerParty), Cell(pair.answererRole), .text(pair.questionID),
                Cell(pair.answerID), Cell(pair.exchangeID), Cell(Self.holdingAnswer(pair.answer)),
            ]
        }
        let note = shown.count < pairs.count ? "\(shown.count) of \(pairs.count) questions shown" : nil
        return .table(Table(columns: columns, rows: Array(rows), emptyMessage: "no questions match", note: note))
    }

    /// What an answer's first paragraph says after `holding answer` (a date), the mark ParlParse
    /// gives a reply that follows a holding answer; nil for any other answer.
    static func holdingAnswer(_ answer: String?) -> String? {
        guard let answer, answer.lowercased().hasPrefix("holding answer") else { return nil }
        let first = answer.split(separator: "\n", maxSplits: 1).first ?? ""
        let date = first.dropFirst("holding answer".count).drop(while: \.isWhitespace)
        return date.isEmpty ? "" : String(date)
    }

    /// Where the set met the pair: question, answer or both.
    static func matched(_ pair: QuestionPair) -> String {
        switch (pair.questionMatched, pair.answerMatched) {
        case (true, true): return "both"
        case (false, true): return "answer"
        default: return "question"
        }
    }
}
