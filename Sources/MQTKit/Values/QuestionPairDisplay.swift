import MQTCore

/// The pairs a set of speeches stands for (`Corpus.questionPairSet`): which, in corpus order, and
/// whether a query chose them (so the display says where it met each).
public struct QuestionPairView: Sendable, Equatable {
    public let rows: [QuestionPairRow]
    public let showsMatch: Bool
}

extension Corpus {
    /// The speeches of the pairs a filter keeps (questions and answers), as a set that displays
    /// and exports as one row per question. `showsMatch`: the display says where the filter's set
    /// met each pair.
    public func questionPairSet(_ filter: QuestionPairFilter, showsMatch: Bool) throws -> SpeechSet {
        let rows = try questionPairRows(filter)
        var ids = Set<Int64>()
        for row in rows {
            ids.insert(row.questionRowID)
            if let answer = row.answerRowID { ids.insert(answer) }
        }
        var set = SpeechSet(selection: SpeechSelection(queries: [], rowIDs: ids.sorted(), order: .corpus))
        set.questionPairs = QuestionPairView(rows: rows, showsMatch: showsMatch)
        return set
    }
}

extension QuestionPairFilter {
    /// The pairs whose question or answer is in `set` (nil: every pair; a set `qa` made: its own
    /// pairs), narrowed by asker, answerer, the asker's party and having no answer.
    public init(in set: SpeechSet?, asker: String?, answerer: String?, party: String?, unansweredOnly: Bool) {
        self.init(
            within: set?.questionPairs == nil ? set?.selection : nil, asker: asker, answerer: answerer, party: party,
            unansweredOnly: unansweredOnly, questionRowIDs: set?.questionPairs?.rows.map(\.questionRowID))
    }
}

extension SpeechSet {
    /// The set's page of pairs as a table, or with `whole` every pair (export).
    func questionPairTable(_ view: QuestionPairView, by corpus: any Corpus, whole: Bool) throws -> Table {
        let (limit, offset) = whole ? (0, 0) : page
        let chosen = view.rows.dropFirst(offset).prefix(limit == 0 ? view.rows.count : limit)
        let pairs = try corpus.questionPairs(Array(chosen))
        var table = QuestionPairTable.make(pairs, showsMatch: view.showsMatch)
        if !whole, offset > 0 || pairs.count < view.rows.count {
            table.note = Self.note(shown: pairs.count, from: offset, of: view.rows.count, noun: ("question", "questions"))
        }
        return table
    }

    /// Every pair the set stands for as one table (export), or nil when `qa` did not make it.
    public func wholeQuestionPairTable(by corpus: any Corpus) throws -> Table? {
        guard let view = questionPairs else { return nil }
        return try questionPairTable(view, by: corpus, whole: true)
    }
}

/// The table of pairs `qa` shows: the texts cut to fit in the terminal, whole in the data formats.
enum QuestionPairTable {
    static func make(_ pairs: [QuestionPair], showsMatch: Bool) -> Table {
        var columns = [
            Column("date", keepsWidth: true), Column("asker"), Column("answerer"), Column("q words", key: "question_words"),
            Column("a words", key: "answer_words"),
        ]
        if showsMatch { columns.append(Column("in", key: "matched")) }
        columns += [
            Column("question"), Column("answer"), Column("party", key: "asker_party", dataOnly: true),
            Column("role", key: "answerer_role", dataOnly: true), Column("question id", key: "question_id", dataOnly: true),
            Column("answer id", key: "answer_id", dataOnly: true), Column("exchange id", key: "exchange_id", dataOnly: true),
            Column("holding answer", key: "holding_answer", dataOnly: true),
        ]
        let rows = pairs.map { pair -> [Cell] in
            var row: [Cell] = [
                .text(pair.date), .text(pair.asker), Cell(pair.answerer), .int(pair.questionWords),
                pair.answerWords.map(Cell.int) ?? .null,
            ]
            if showsMatch { row.append(.text(matched(pair))) }
            return row + [
                .text(pair.question), Cell(pair.answer), Cell(pair.askerParty), Cell(pair.answererRole), .text(pair.questionID),
                Cell(pair.answerID), Cell(pair.exchangeID), Cell(holdingAnswer(pair.answer)),
            ]
        }
        return Table(columns: columns, rows: rows, emptyMessage: "no questions match")
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
