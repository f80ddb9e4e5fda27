import Foundation
import MQTPlugins
import XCTest
@testable import MQTCore
@testable import MQTKit
@testable import MQTShell
@testable import QAPlugin

/// `qa` and `qa-stats`: figures worked by hand, the seed's figures against an independent pairing
/// and count, one JSON object per question, and the exact messages.
final class QATests: XCTestCase {
    private func rows(_ json: String) throws -> [[String: Any]] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    func testFiguresByHand() {
        // Question words: funding, for, london, s, schools, and, hospitals. Key words (five
        // characters or more): funding, london, schools, hospitals = 4. The answer holds funding and
        // schools: 2 / 4 = 0.5.
        let echo = QuestionEcho()
        XCTAssertEqual(echo.share(question: "Funding for London’s schools and hospitals?", answer: "Schools get more funding."), 0.5)
        // 2021 has four characters, 12345 is all digits: no key word, no share.
        XCTAssertNil(echo.share(question: "In 2021 and 12345?", answer: "In 2021."))
        XCTAssertEqual(echo.share(question: "Élan?", answer: "elan"), nil, "four letters: not a key word")
        XCTAssertEqual(echo.share(question: "Café society", answer: "cafe SOCIETY"), 1.0, "society folded; café has four letters")
        // Two questions of 10 and 6 words, the first answered in 30 with an echo of 0.25 (one key
        // word of four): answered 1, unanswered 1, answered % 1 × 100 / 2 = 50.0, q mean (10 + 6) /
        // 2 = 8.0, a mean 30 / 1 = 30.0, a/q 30 / 10 = 3.00, echo % 0.25 × 100 / 1 = 25.0.
        var figures = QuestionPairFigures(key: nil)
        (figures.questions, figures.answered, figures.questionWords) = (2, 1, 16)
        (figures.answerWords, figures.answeredQuestionWords, figures.echoed, figures.echoSum) = (30, 10, 1, 0.25)
        XCTAssertEqual(QAFigures.cells(figures), [
            .int(2), .int(1), .int(1), .decimal(50.0, places: 1), .decimal(8.0, places: 1), .decimal(30.0, places: 1),
            .decimal(3.0, places: 2), .decimal(25.0, places: 1),
        ])
        // Nothing answered: nothing to divide by, so the answer figures are empty.
        var unanswered = QuestionPairFigures(key: nil)
        (unanswered.questions, unanswered.questionWords) = (1, 17)
        XCTAssertEqual(QAFigures.cells(unanswered), [
            .int(1), .int(0), .int(1), .decimal(0.0, places: 1), .decimal(17.0, places: 1), .null, .null, .null,
        ])
    }

    /// Folded words by hand: runs of letters, digits and marks, lower-cased, diacritics removed.
    private func words(_ text: String) -> Set<String> {
        var found = Set<String>()
        var word = ""
        for scalar in (text + " ").unicodeScalars {
            let props = scalar.properties
            if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                found.insert(word.folding(options: .diacriticInsensitive, locale: nil).lowercased())
                word = ""
            }
        }
        return found
    }

    func testSeedFiguresMatchAnIndependentPairingAndCount() throws {
        let session = try seededSession()
        // Independent pairing of the seed, one transcript with no headings: each question takes the
        // first answer after it, unless another question comes first.
        var speeches: [StoredSpeech] = []
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speeches.append($0); return true }
        var pairs: [(question: StoredSpeech, answer: StoredSpeech?)] = []
        for (index, speech) in speeches.enumerated() where speech.kind == .question {
            let next = speeches[(index + 1)...].first { $0.kind == .question || $0.kind == .answer }
            pairs.append((speech, next?.kind == .answer ? next : nil))
        }
        XCTAssertEqual(pairs.count, 4)
        let answered = pairs.filter { $0.answer != nil }
        XCTAssertEqual(answered.count, 3)
        var shares: [Double] = []
        for pair in answered {
            let keys = words(pair.question.text).filter { $0.count >= 5 && !$0.allSatisfy(\.isNumber) }
            if !keys.isEmpty { shares.append(Double(keys.intersection(words(pair.answer?.text ?? "")).count) / Double(keys.count)) }
        }
        let questionWords = pairs.reduce(0) { $0 + $1.question.words }
        let answerWords = answered.reduce(0) { $0 + ($1.answer?.words ?? 0) }
        let answeredQuestionWords = answered.reduce(0) { $0 + $1.question.words }

        let outcome = session.execute("qa-stats --format json")
        XCTAssertNil(outcome.error)
        let row = try XCTUnwrap(try rows(outcome.output).first)
        XCTAssertEqual(row["questions"] as? Int, 4)
        XCTAssertEqual(row["answered"] as? Int, 3)
        XCTAssertEqual(row["unanswered"] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(row["question_mean_words"] as? Double), Double(questionWords) / 4, accuracy: 0.05)
        XCTAssertEqual(try XCTUnwrap(row["answer_mean_words"] as? Double), Double(answerWords) / 3, accuracy: 0.05)
        XCTAssertEqual(try XCTUnwrap(row["answer_to_question_words"] as? Double), Double(answerWords) / Double(answeredQuestionWords), accuracy: 0.005)
        XCTAssertEqual(try XCTUnwrap(row["echo_percent"] as? Double), shares.reduce(0, +) * 100 / Double(shares.count), accuracy: 0.05)

        // `qa`: one object per question, with the same pairs.
        let list = try rows(session.execute("qa --format json").output)
        XCTAssertEqual(list.map { $0["question_id"] as? String }, pairs.map(\.question.speechID))
        XCTAssertEqual(list.map { $0["answer_id"] as? String }, pairs.map { $0.answer?.speechID })
        XCTAssertEqual(list.map { $0["question"] as? String }, pairs.map(\.question.text), "whole texts in JSON")
        XCTAssertTrue(list[3]["answer"] is NSNull, "unanswered: null")
        XCTAssertEqual(Set(list.compactMap { $0["exchange_id"] as? String }), ["2021-11-29-prevent-in-london.1"])
    }

    func testIdsAndWholeTextsAreForDataFormats() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("qa --unanswered --format plain").output,
            "2021-11-29  Unmesh Desai    17    Thank you, Mr\u{00A0}Mayor. I have two other questions, but I will put those two in writing.  ")
        XCTAssertEqual(
            session.execute("qa --unanswered --format csv").output.components(separatedBy: "\r\n"),
            [
                "date,asker,answerer,question_words,answer_words,question,answer,asker_party,answerer_role,question_id,answer_id,exchange_id,holding_answer",
                "2021-11-29,Unmesh Desai,,17,,\"Thank you, Mr\u{00A0}Mayor. I have two other questions, but I will put those two in writing.\",,Labour,,2021-11-29-prevent-in-london.7,,2021-11-29-prevent-in-london.1,",
            ])
    }

    func testHoldingAnswers() {
        // ParlParse's `<p class="holdinganswer">holding answer 28 October 2009</p>` is the reply's
        // first paragraph.
        XCTAssertEqual(QuestionPairTable.holdingAnswer("holding answer 28 October 2009\n\nATOS Healthcare has ..."), "28 October 2009")
        XCTAssertEqual(QuestionPairTable.holdingAnswer("Holding answer"), "")
        XCTAssertNil(QuestionPairTable.holdingAnswer("I gave a holding answer 28 October 2009."))
        XCTAssertNil(QuestionPairTable.holdingAnswer(nil))
    }

    func testMessages() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("qa --asker nobody").output, "no questions match")
        XCTAssertEqual(session.execute("qa-stats --party green").output, "no questions match")
        XCTAssertEqual(session.execute("qa --party ' '").error?.description, "error: --party needs a name, not an empty value")
        XCTAssertEqual(
            session.execute("qa-stats --by week").error?.description,
            "error: --by takes one of asker, answerer, party, month, not 'week'\n  qa-stats --by week\n                ^^^^")
    }

    /// `qa stats`, as the issue writes it, is `qa-stats`; a quoted "stats" stays a query.
    func testQAStatsInTwoWords() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("qa stats --by answerer --format csv").output, session.execute("qa-stats --by answerer --format csv").output)
        XCTAssertEqual(session.execute("qa \"stats\" --format csv").output, session.execute("qa statistics --format csv").output)
        XCTAssertEqual(Completer(session: session).complete("qa st").candidates, ["stats"])
        XCTAssertEqual(Completer(session: session).complete("qa stats --b").candidates, ["--by"])
        XCTAssertFalse(Completer(session: session).complete("q").candidates.contains("qa stats"))
    }
}
