import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `freq` counts words as an independent count of the seed's texts does, and names a missing stop list.
final class FreqTests: XCTestCase {
    /// Words split by hand: runs of letters, digits and marks, lower-cased, diacritics removed.
    private func independentCounts(_ texts: [String]) -> (counts: [String: Int], documents: [String: Int], total: Int) {
        var counts: [String: Int] = [:]
        var documents: [String: Int] = [:]
        var total = 0
        for text in texts {
            var seen = Set<String>()
            var word = ""
            for scalar in (text + " ").unicodeScalars {
                let props = scalar.properties
                if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark {
                    word.unicodeScalars.append(scalar)
                } else if !word.isEmpty {
                    let folded = word.folding(options: .diacriticInsensitive, locale: nil).lowercased()
                    counts[folded, default: 0] += 1
                    total += 1
                    if seen.insert(folded).inserted { documents[folded, default: 0] += 1 }
                    word = ""
                }
            }
        }
        return (counts, documents, total)
    }

    private func texts(_ session: Session, query: String) throws -> [String] {
        var texts: [String] = []
        let set = try session.corpus.select(query, within: nil)
        try session.corpus.forEachSpeech(in: set) { texts.append($0.text); return true }
        return texts
    }

    private func rows(_ json: String) throws -> [[String: Any]] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    func testCountsRatesAndDocumentsMatchAnIndependentCount() throws {
        let session = try seededSession()
        for (line, query) in [("freq", ""), ("search prevent | freq", "prevent"), ("freq speaker:desai", "speaker:desai")] {
            let expected = independentCounts(try texts(session, query: query))
            XCTAssertGreaterThan(expected.total, 100, line)
            let outcome = session.execute("\(line) --top 0 --stopwords none --format json")
            XCTAssertNil(outcome.error, line)
            let rows = try rows(outcome.output)
            XCTAssertEqual(rows.count, expected.counts.count, line)
            var previous: (count: Int, word: String)?
            for row in rows {
                let word = try XCTUnwrap(row["word"] as? String)
                let count = try XCTUnwrap(row["count"] as? Int)
                XCTAssertEqual(count, expected.counts[word], "\(line): \(word)")
                XCTAssertEqual(row["documents"] as? Int, expected.documents[word], "\(line): \(word)")
                let rate = try XCTUnwrap(row["per_million"] as? Double)
                XCTAssertEqual(rate, Double(count) * 1_000_000 / Double(expected.total), accuracy: 0.005, "\(line): \(word)")
                if let previous {
                    XCTAssertTrue(previous.count > count || (previous.count == count && previous.word < word), "\(line): order at \(word)")
                }
                previous = (count, word)
            }
        }
    }

    /// to and and are the seed's most frequent words (51 and 46 of 1,273); a file leaving them out,
    /// written in capitals, starts the table at the.
    /// With --by, each group's rows are its own independent count: its words, its total, its speeches.
    func testEachGroupIsCountedOnItsOwn() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load parlparse-2009").error)
        var texts: [String: [String]] = [:]
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            texts[speech.kind.rawValue, default: []].append(speech.text)
            return true
        }
        let rows = try rows(session.execute("freq --by kind --top 0 --stopwords none --per doc --format json").output)
        XCTAssertEqual(Set(rows.compactMap { $0["kind"] as? String }), Set(texts.keys))
        for (kind, group) in texts {
            let expected = independentCounts(group)
            let mine = rows.filter { $0["kind"] as? String == kind }
            XCTAssertEqual(mine.count, expected.counts.count, kind)
            for row in mine {
                let word = try XCTUnwrap(row["word"] as? String)
                XCTAssertEqual(row["count"] as? Int, expected.counts[word], "\(kind): \(word)")
                let documents = try XCTUnwrap(expected.documents[word])
                XCTAssertEqual(row["documents"] as? Int, documents, "\(kind): \(word)")
                XCTAssertEqual(row["per_doc_percent"] as? Double ?? -1, Double(documents) * 100 / Double(group.count), accuracy: 0.005, "\(kind): \(word)")
            }
        }
    }

    func testStopwordsAreLeftOutButStillCountedInTheDenominator() throws {
        let session = try seededSession()
        let all = try rows(session.execute("freq --top 0 --stopwords none --format json").output)
        let filtered = try rows(session.execute("freq --top 0 --format json").output)
        let defaults = Set(["the", "of", "and", "to", "a", "in", "that", "is", "it", "s"])
        XCTAssertEqual(filtered.count, all.count - 86, "the seed uses 86 of the default stop words")
        XCTAssertTrue(filtered.allSatisfy { !defaults.contains($0["word"] as? String ?? "") })
        XCTAssertEqual(filtered.first?["per_million"] as? Double, all.first { $0["word"] as? String == "prevent" }?["per_million"] as? Double)
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-stop-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: list) }
        try "# mine\nTO\n\nand\n".write(toFile: list, atomically: true, encoding: .utf8)
        XCTAssertEqual(
            session.execute("freq --top 2 --stopwords \(list) --per thousand --format csv").output,
            "word,count,per_thousand,documents\r\nthe,46,36.14,6\r\nof,34,26.71,5")
        // Bars of count in 80 − 30 − 4 × 2 = 42 characters: 10 is 42; 9 is 9/10 × 336 eighths = 302
        // = 37 blocks and ▊ (6 eighths).
        XCTAssertEqual(session.execute("freq --top 2 --per doc").output, """
            word     count  per doc %  documents
            prevent     10      57.14          4  \(String(repeating: "█", count: 42))
            cricket      9      28.57          2  \(String(repeating: "█", count: 37))▊
            """)
    }

    /// The whole corpus is read from the index's vocabulary, a narrower set by scanning its texts:
    /// on every fixture, a query that excludes nothing (so is scanned) gives the very same table.
    func testTheVocabularyAndAScanAgree() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        let vocabulary = session.execute("freq --top 0 --stopwords none --format tsv").output
        XCTAssertGreaterThan(vocabulary.components(separatedBy: "\n").count, 1000)
        XCTAssertEqual(session.execute("freq -zzqqxx --top 0 --stopwords none --format tsv").output, vocabulary)
    }

    func testAMissingStopListIsAnErrorNamingIt() throws {
        let session = try seededSession()
        let outcome = session.execute("freq --stopwords no-such-stopwords.txt")
        XCTAssertEqual(outcome.error, "error: --stopwords: no such file no-such-stopwords.txt (or use default or none)")
        XCTAssertEqual(outcome.output, "")
    }
}
