import MQTKit

/// `qa [QUERY] [--asker NAME] [--answerer NAME] [--party P] [--unanswered]`: each question with
/// its answer, where the query matched either.
struct QACommand: Command {
    let spec = CommandSpec(
        name: "qa", summary: "questions with their answers: asker, answerer, date, both texts, word counts",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: QAFilters.options + [
            .limit("questions", default: 20), OptionSpec("offset", value: "N", summary: "skip the first N questions (for the next page)"),
        ],
        accepts: [.nothing, .speeches], returns: .speeches,
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
            JSON, CSV and the other data formats give them whole, with the asker's party, the \
            answerer's role, `question_id`, `answer_id` (the speeches' ids, for `show`) and \
            `exchange_id` (the opening question's id: supplementaries share it), and \
            `holding_answer`: for a reply that follows a holding answer, what its first paragraph \
            says after `holding answer` (the holding answer's date, as ParlParse marks it), else null. \
            The result is the pairs' speeches, questions and answers, as a set: --limit and --offset \
            choose the page of questions shown, `export` writes every pair (one row per question), \
            and `stats`, `quotes` or any command taking speeches reads both sides of every pair. \
            \(QueryLanguage.discussion)
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let (filter, hasQuery) = try QAFilters.filter(call, context: context)
        var set = try context.corpus.questionPairSet(filter, showsMatch: hasQuery)
        set.page = (try call.limit(default: 20) ?? 0, try call.integer("offset", default: 0))
        return .speeches(set)
    }
}
