import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `ngrams`: counts and document counts match a brute-force count written here, and no n-gram
/// spans two sentences.
final class NgramsTests: XCTestCase {
    struct Row: Decodable, Equatable {
        var ngram: String
        var count: Int
        var documents: Int
    }

    func rows(_ session: Session, _ line: String) throws -> [Row] {
        let outcome = session.execute(line)
        XCTAssertNil(outcome.error, line)
        return try JSONDecoder().decode([Row].self, from: Data(outcome.output.utf8))
    }

    /// Brute force, by another route: every sentence's folded words joined into one array with a
    /// sentinel between sentences, then every window of N without a sentinel is an n-gram.
    func expected(_ n: Int, speeches: [String], minCount: Int) -> [Row] {
        let sentinel = "\u{0}"
        var count: [String: Int] = [:]
        var documents: [String: Set<Int>] = [:]
        for (index, text) in speeches.enumerated() {
            var stream: [String] = [sentinel]
            for sentence in SentenceSplitter.sentences(in: text) {
                stream += Tokenizer.tokens(in: sentence).map(\.folded) + [sentinel]
            }
            var i = 0
            while i + n <= stream.count {
                let window = Array(stream[i..<(i + n)])
                if !window.contains(sentinel) {
                    let key = window.joined(separator: " ")
                    count[key, default: 0] += 1
                    documents[key, default: []].insert(index)
                }
                i += 1
            }
        }
        return count.filter { $0.value >= minCount }
            .map { Row(ngram: $0.key, count: $0.value, documents: documents[$0.key]?.count ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.ngram < $1.ngram }
    }

    func testCountsMatchABruteForceCountOnTheSeed() throws {
        let session = try seededSession()
        let speeches = try speechTexts(session)
        XCTAssertEqual(speeches.count, 7)
        for n in 2...6 {
            for minCount in [1, 2] {
                let got = try rows(session, "ngrams \(n) --top 0 --min-count \(minCount) --format json")
                XCTAssertEqual(got, expected(n, speeches: speeches, minCount: minCount), "n=\(n) min=\(minCount)")
            }
        }
        // --top keeps the head of the same order.
        let top = try rows(session, "ngrams 2 --top 5 --format json")
        XCTAssertEqual(top, Array(expected(2, speeches: speeches, minCount: 2).prefix(5)))
    }

    func testAQueryAndAPipeNarrowTheSetAlike() throws {
        let session = try seededSession()
        let piped = try rows(session, "search radicalisation --limit 1 | ngrams 2 --top 0 --format json")
        let argument = try rows(session, "ngrams 2 radicalisation --top 0 --format json")
        XCTAssertEqual(piped, argument)
        XCTAssertFalse(piped.isEmpty)
        XCTAssertNotEqual(piped, try rows(session, "ngrams 2 --top 0 --format json"))
    }

    func testAnNgramNeverCrossesASentenceEnd() throws {
        // A transcript in the seed's layout whose one speech has four sentences (one a paragraph).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-ngrams-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            Acting now

            Questions to the Mayor of London – answered on 29th November 2021.

            Photo of Ann Bee Ann Bee Labour

            We act now. Now we act! Act now? We act now.

            Act now we act.

            """.write(to: folder.appendingPathComponent("acting.txt"), atomically: true, encoding: .utf8)
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder.path)
        XCTAssertNil(session.execute("load acting.txt").error)
        let got = try rows(session, "ngrams 2 --min-count 1 --format json")
        XCTAssertEqual(got, [
            Row(ngram: "act now", count: 4, documents: 1), Row(ngram: "we act", count: 4, documents: 1),
            Row(ngram: "now we", count: 2, documents: 1),
        ])
        XCTAssertEqual(
            try rows(session, "ngrams 4 --min-count 1 --format json"), [Row(ngram: "act now we act", count: 1, documents: 1)])
    }

    func testNOutOfRangeIsAnError() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("ngrams 1").error, "error: N must be a whole number from 2 to 6, not '1' (for single words use freq)")
        XCTAssertEqual(session.execute("ngrams 7").error, "error: N must be a whole number from 2 to 6, not '7'")
        XCTAssertEqual(session.execute("ngrams two").error, "error: N must be a whole number from 2 to 6, not 'two'")
        XCTAssertEqual(session.execute("ngrams 2 --min-count 0").error, "error: --min-count takes a whole number from 1, not '0'")
    }

    /// Every speech text of the session, in corpus order.
    func speechTexts(_ session: Session) throws -> [String] {
        var texts: [String] = []
        try session.corpus.forEachSpeech(in: session.corpus.everything) { texts.append($0.text); return true }
        return texts
    }
}
