import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `dispersion` on the seed agrees with a dispersion computed here from scratch: words split by
/// hand, phrases matched by sliding a window, parts grouped by hand, D and DP written out again.
final class DispersionSeedTests: XCTestCase {
    /// Words as the index sees them, split by hand: runs of letters, digits and marks, lower-cased.
    func words(_ text: String) -> [String] {
        var result: [String] = []
        var word = ""
        for scalar in (text + " ").unicodeScalars {
            let props = scalar.properties
            if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                result.append(word.lowercased())
                word = ""
            }
        }
        return result
    }

    /// Juilland's D and Gries' DP from (hits, words) per part; nil for one part or no hits.
    func measures(_ parts: [(hits: Int, words: Int)]) -> (d: Double?, dp: Double?) {
        let kept = parts.filter { $0.words > 0 }
        let f = kept.map(\.hits).reduce(0, +)
        let total = kept.map(\.words).reduce(0, +)
        guard kept.count > 1, f > 0 else { return (nil, nil) }
        var deviation = 0.0
        for part in kept { deviation += abs(Double(part.hits) / Double(f) - Double(part.words) / Double(total)) }
        let rates = kept.map { Double($0.hits) / Double($0.words) }
        let mean = rates.reduce(0, +) / Double(rates.count)
        let variance = rates.map { pow($0 - mean, 2) }.reduce(0, +) / Double(rates.count)
        return (1 - sqrt(variance) / mean / sqrt(Double(rates.count - 1)), deviation / 2)
    }

    /// The seed's speeches in transcript order, as (speaker, words).
    func speeches(_ session: Session) throws -> [(speaker: String, words: [String])] {
        var speeches: [(seq: Int, speaker: String, words: [String])] = []
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            speeches.append((speech.seq, speech.speaker, words(speech.text)))
            return true
        }
        return speeches.sorted { $0.seq < $1.seq }.map { ($0.speaker, $0.words) }
    }

    /// Where a phrase (its words) starts in `words`.
    func starts(of phrase: [String], in words: [String]) -> [Int] {
        guard words.count >= phrase.count else { return [] }
        return (0...(words.count - phrase.count)).filter { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    func testMeasuresMatchAnIndependentImplementation() throws {
        let session = try seededSession()
        let speeches = try speeches(session)
        let phrases: [(typed: String, words: [String])] = [
            ("prevent", ["prevent"]), ("cricket", ["cricket"]), ("the", ["the"]), ("\"social media\"", ["social", "media"]),
            ("\"we have to\"", ["we", "have", "to"]), ("racism", ["racism"]), ("nosuchword", ["nosuchword"]),
        ]
        for by in ["speech", "speaker", "transcript"] {
            let line = "dispersion \(phrases.map(\.typed).joined(separator: " ")) --by \(by) --format json"
            let outcome = session.execute(line)
            XCTAssertNil(outcome.error, line)
            let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
            XCTAssertEqual(rows.count, phrases.count)
            for (row, phrase) in zip(rows, phrases) {
                var parts: [String: (hits: Int, words: Int)] = [:]
                for (index, speech) in speeches.enumerated() {
                    let key = by == "speech" ? String(index) : by == "speaker" ? speech.speaker : "one"
                    let old = parts[key] ?? (0, 0)
                    parts[key] = (old.hits + starts(of: phrase.words, in: speech.words).count, old.words + speech.words.count)
                }
                let (d, dp) = measures(Array(parts.values))
                let context = "\(by): \(phrase.typed)"
                XCTAssertEqual(row["word"] as? String, phrase.words.joined(separator: " "), context)
                XCTAssertEqual(row["hits"] as? Int, parts.values.map(\.hits).reduce(0, +), context)
                XCTAssertEqual(row["range"] as? Int, parts.values.filter { $0.hits > 0 }.count, context)
                if let d, let dp {
                    XCTAssertEqual(try XCTUnwrap(row["juilland_d"] as? Double, context), d, accuracy: 0.0005, context)
                    XCTAssertEqual(try XCTUnwrap(row["gries_dp"] as? Double, context), dp, accuracy: 0.0005, context)
                } else {
                    XCTAssertTrue(row["juilland_d"] is NSNull && row["gries_dp"] is NSNull, context)
                }
            }
        }
    }

    /// The plot: a mark in character ⌊offset × width / words⌋ for each start, offsets counted
    /// over the speeches in order.
    func testThePlotMarksEachOccurrenceInCorpusOrder() throws {
        let session = try seededSession()
        let speeches = try speeches(session)
        let all = speeches.flatMap(\.words)
        XCTAssertEqual(all.count, 1273)
        for width in [80, 123, 200] {
            XCTAssertNil(session.execute("set width \(width)").error)
            let lines = session.execute("dispersion prevent \"social media\" racism --by speech").output.components(separatedBy: "\n")
            for (index, phrase) in [["prevent"], ["social", "media"], ["racism"]].enumerated() {
                let plot = try XCTUnwrap(lines[index + 1].components(separatedBy: "  ").last)
                let columns = plot.count
                XCTAssertGreaterThanOrEqual(columns, 30, "\(width)")
                var expected = Array(repeating: Character("·"), count: columns)
                for start in starts(of: phrase, in: all) { expected[start * columns / all.count] = "│" }
                XCTAssertEqual(plot, String(expected), "\(width): \(phrase)")
            }
            XCTAssertEqual(lines.last, "parts: 7 speeches, 1273 words")
        }
    }
}
