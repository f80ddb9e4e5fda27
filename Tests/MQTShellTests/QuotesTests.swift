import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell
@testable import QuotesPlugin

/// `quotes`: the score's features by hand on a tiny fixture, the seed's ranking pinned, and the
/// command's JSON on the seed checked against an independent count written here.
final class QuotesTests: XCTestCase {
    /// "However, we must never give up hope." in a speech whose next sentence is "We must never give
    /// up on them." and whose last is "The plan is costly.", with the query words hope and plan.
    func testFeaturesByHand() {
        let sentence = "However, we must never give up hope."
        let candidate = QuoteScore.candidate(sentence, words: Tokenizer.tokens(in: sentence))
        XCTAssertEqual(candidate.quote, "[W]e must never give up hope.")
        XCTAssertEqual(candidate.trimmed, "However,")
        XCTAssertEqual(candidate.length, 6)
        let holding = [
            "however": 1, "we": 2, "must": 2, "never": 2, "give": 2, "up": 2, "hope": 1, "on": 1, "them": 1, "the": 1,
            "plan": 1, "is": 1, "costly": 1,
        ]
        let features = QuoteScore.features(
            candidate, queryWords: ["hope", "plan"], neighbours: [["we", "must", "never", "give", "up", "on", "them"]],
            sentencesHolding: holding)
        // self-contained 1 (we is no dependent opener); length 1 (6 words); stance 0.5 (we) + 0.5
        // (must) + 0.5 (never) = 1.5; rhetoric 0.5 (the next sentence opens "we must never") + 0.5
        // (6 words, no comma, a full stop) = 1.0, no contrast word; query 1/2 (hope, not plan);
        // distinct: content words never, give, hope, of which only hope is in no other sentence:
        // 1/3; procedure 0. Sum 1 + 1 + 1.5 + 1 + 0.5 + 0.3333 = 5.3333.
        XCTAssertEqual(features.all.map { ($0 * 10_000).rounded() / 10_000 }, [1, 1, 1.5, 1, 0.5, 0.3333, 0])
        XCTAssertEqual(features.score, 16.0 / 3, accuracy: 1e-9)

        // "This is it." opens with a dependent pronoun: -2; 3 words: length 0.5.
        let short = QuoteScore.candidate("This is it.", words: Tokenizer.tokens(in: "This is it."))
        let dependent = QuoteScore.features(short, queryWords: [], neighbours: [], sentencesHolding: [:])
        XCTAssertEqual(dependent.selfContained, -2)
        XCTAssertEqual(dependent.length, 0.5)
    }

    func testQueryWordsLeaveOutFiltersAndOperators() {
        XCTAssertEqual(QuoteScore.queryWords("speaker:khan \"social media\" OR cricket -racism"), ["social", "media", "cricket"])
        XCTAssertEqual(QuoteScore.queryWords("NEAR(online safety, 3)"), ["online", "safety"])
        XCTAssertEqual(QuoteScore.queryWords(nil), [])
    }

    func testTablesCitationsAndFragmentsAreNotProse() {
        func prose(_ text: String) -> Bool { QuoteScore.isProse(text, words: Tokenizer.tokens(in: text)) }
        XCTAssertFalse(prose("£ Flat screen televisions | 159,138"))
        XCTAssertFalse(prose("2005 26,296 15,494 7,661."), "mostly numbers")
        XCTAssertFalse(prose("[Official Report, 17 April 2023, Vol. 731, c. 2MC.]"))
        XCTAssertFalse(prose("and so on."), "a lower-case fragment")
        XCTAssertFalse(prose("Questions to the Mayor of London"), "no end mark")
        XCTAssertTrue(prose("Self-regulation is clearly not working."))
        XCTAssertTrue(prose("“It cannot be right.”"))
    }

    /// The issue's quality bar: short self-contained declaratives above long procedural sentences,
    /// the verdict on self-regulation among Sadiq Khan's top five, scores pinned.
    func testTheSeedsTopQuotes() throws {
        let session = try seededSession()
        let rows = try Self.rows(session.execute("quotes speaker:khan --top 5 --format json").output)
        XCTAssertEqual(rows.map { String(format: "%.2f ", $0["score"] as? Double ?? 0) + ($0["quote"] as? String ?? "") }, [
            "4.50 [S]elf-regulation is clearly not working.",
            "4.17 The best way to prevent radicalisation is for us to mix and mingle more.",
            "4.06 I want to commend him for his bravery over the last few years.",
            "4.00 Some of my best friends I have met through sport.",
            "3.90 I want to commend what Azeem\u{00A0}Rafiq did this week.",  // a no-break space in the source
        ])
        let all = try Self.rows(session.execute("quotes --top 0 --format json").output)
        let procedural = try XCTUnwrap(all.firstIndex { ($0["quote"] as? String ?? "").hasPrefix("I have two other questions") })
        XCTAssertGreaterThan(procedural, 5)
        let longest = try XCTUnwrap(all.max { ($0["quote"] as? String ?? "").count < ($1["quote"] as? String ?? "").count })
        XCTAssertLessThan(longest["score"] as? Double ?? 9, 4.17, "the longest sentence ranks below the short declaratives")
        XCTAssertEqual(session.execute("quotes --min-words 9 --max-words 3").error?.description.contains("--min-words 9 is more than --max-words 3"), true)
    }

    /// Text in quotation marks inside a Commons debate (parlparse-2023), with who quotes it and
    /// the sentence it starts in; an independent scan for “…” pairs finds the same texts.
    func testReportedQuotesOnADebate() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load parlparse-2023").error)
        let first = try Self.rows(session.execute("quotes --reported --top 1 --format json").output).first
        XCTAssertEqual(first?["speaker"] as? String, "Deidre Brock")
        XCTAssertEqual(first?["sentence"] as? Int, 2)
        XCTAssertEqual(
            first?["quote"] as? String,
            "it weakens rights protections, it undermines the universality of rights, it shows disregard for our international legal obligations")
        var curly: [String] = []
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            let pattern = try NSRegularExpression(pattern: "“([^“”]*)”")
            for paragraph in speech.text.components(separatedBy: "\n\n") {
                for match in pattern.matches(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)) {
                    let text = (paragraph as NSString).substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !text.isEmpty { curly.append(text) }
                }
            }
            return true
        }
        let rows = try Self.rows(session.execute("quotes --reported --top 0 --min-words 1 --max-words 1000 --format json").output)
        let reported = Set(rows.compactMap { $0["quote"] as? String })
        XCTAssertGreaterThan(curly.count, 5)
        XCTAssertTrue(curly.allSatisfy(reported.contains), "\(curly.filter { !reported.contains($0) })")
    }

    /// The seed loaded twice (a second transcript with another title): every quote is said twice,
    /// and each is kept once.
    func testNearDuplicatesAreMerged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-quotes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try String(contentsOfFile: repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt", encoding: .utf8)
        try ("Prevent in London again" + seed.drop { $0 != "\n" }).write(to: folder.appendingPathComponent("copy.txt"), atomically: true, encoding: .utf8)
        let session = try seededSession()
        let once = try Self.rows(session.execute("quotes --top 0 --format json").output).map { $0["quote"] as? String ?? "" }
        XCTAssertNil(session.execute("load \(folder.path)/copy.txt").error)
        XCTAssertEqual(try XCTUnwrap(session.corpus.size(of: session.corpus.everything)), 14)
        let twice = try Self.rows(session.execute("quotes --top 0 --format json").output).map { $0["quote"] as? String ?? "" }
        XCTAssertEqual(twice, once)
    }

    /// Every quote of the seed against this test's own reading: the quote (its dropped connective
    /// put back) is sentence N of its speech split by a regular expression; the score is the sum
    /// of the features; length and stance follow their formulas over words split here; the rows
    /// are in descending score.
    func testJSONAgreesWithAnIndependentReading() throws {
        let session = try seededSession()
        var texts: [String: String] = [:]
        try session.corpus.forEachSpeech(in: session.corpus.everything) { texts[$0.speechID] = $0.text; return true }
        let rows = try Self.rows(session.execute("quotes --top 0 --min-words 1 --explain --format json").output)
        XCTAssertGreaterThan(rows.count, 40)
        let sentenceEnd = try NSRegularExpression(pattern: #"(?<!Mr|Mrs|Dr|St|No)[.!?]["”’)\]]*\s+(?=[A-Z0-9"“‘(£])"#)
        var last = Double.infinity
        for row in rows {
            let score = try XCTUnwrap(row["score"] as? Double)
            XCTAssertLessThanOrEqual(score, last)
            last = score
            let parts = ["self_contained", "length", "stance", "rhetoric", "query", "distinct", "procedure"].map { row[$0] as? Double ?? .nan }
            XCTAssertEqual(parts.reduce(0, +), score, accuracy: 0.011)
            var quote = try XCTUnwrap(row["quote"] as? String)
            if quote.hasPrefix("["), quote.dropFirst(2).hasPrefix("]") { quote = String(quote.dropFirst().prefix(1)).lowercased() + quote.dropFirst(3) }
            let unbracketed = quote
            if let trimmed = row["trimmed"] as? String { quote = trimmed + " " + quote }
            let text = try XCTUnwrap(texts[row["speech_id"] as? String ?? ""])
            var sentences: [String] = []
            for paragraph in text.components(separatedBy: "\n\n") {
                let marked = sentenceEnd.stringByReplacingMatches(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph), withTemplate: "$0\u{1}")
                sentences += marked.components(separatedBy: "\u{1}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let position = try XCTUnwrap(row["sentence"] as? Int)
            XCTAssertEqual(sentences[position - 1], quote)
            let words = (row["quote"] as? String ?? "").lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
            let n = unbracketed.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
                .components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }.count
            XCTAssertEqual(row["length"] as? Double ?? -9, n < 6 ? 0.5 : n <= 20 ? 1 : max(-1, 1 - Double(n - 20) / 10), accuracy: 0.005, quote)
            let firstPerson = !Set(words).isDisjoint(with: ["i", "we", "my", "our", "me", "us"]) ? 0.5 : 0
            let modal = Set(words).intersection(QuoteScore.stanceWords).count
            XCTAssertEqual(row["stance"] as? Double ?? -1, min(1.5, firstPerson + 0.5 * Double(modal)), accuracy: 1e-9, quote)
        }
    }

    static func rows(_ json: String) throws -> [[String: Any]] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }
}
