import Foundation
import XCTest

@testable import MQTCore

/// The lexicon must cut and fold words exactly as `Tokenizer.tokens` does (which the index's
/// counts are checked against), on every text of every fixture and on the awkward cases.
final class LexiconTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/seeds"

    func assertSameWords(_ text: String, _ lexicon: Lexicon, file: StaticString = #filePath, line: UInt = #line) {
        let expected = Tokenizer.tokens(in: text).map(\.folded)
        let got = lexicon.ids(in: text).map(lexicon.word)
        XCTAssertEqual(got, expected, "words differ in: \(text.prefix(80))", file: file, line: line)
    }

    func testAwkwardWords() {
        let lexicon = Lexicon()
        for text in [
            "", " ", "Government’s", "don't", "CAFÉ café Café", "naïve Zoë", "2021-11-29", "£159,138",
            "Ærø Øresund straße", "İstanbul", "a\u{0301}b", "日本語 テキスト", "emoji 👍🏽 end", "x—y–z", "ǅemal",
            "tab\tnew\nline", "   leading and trailing   ", "O’Brien’s", "Ⅻ ½ ²",
        ] {
            assertSameWords(text, lexicon)
        }
    }

    func testEveryFixtureSpeech() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.seeds])
        let lexicon = Lexicon()
        var speeches = 0
        try store.forEachText(in: .everything) { text in
            speeches += 1
            assertSameWords(text, lexicon)
        }
        XCTAssertGreaterThan(speeches, 700)
    }

    func testIDsAreStableAndDense() {
        let lexicon = Lexicon()
        XCTAssertEqual(lexicon.ids(in: "the cat and THE dog"), [0, 1, 2, 0, 3])
        XCTAssertEqual(lexicon.count, 4)
        XCTAssertEqual(lexicon.id(of: "dog"), 3)
        XCTAssertNil(lexicon.id(of: "mouse"))
        // Enough words to grow the table several times.
        let many = (0..<20_000).map { "w\($0)" }.joined(separator: " ")
        let ids = lexicon.ids(in: many)
        XCTAssertEqual(ids, (4..<20_004).map(Int32.init))
        XCTAssertEqual(lexicon.word(19_003), "w18999")
        XCTAssertEqual(lexicon.ids(in: "w5 dog"), [9, 3])
    }

    func testWordCountsEqualATokenizerCount() {
        var counts = WordCounts()
        let texts = ["The cat, the hat.", "A cat’s hat", "THE END"]
        for text in texts { counts.add(text) }
        var expected: [String: (Int, Int)] = [:]
        for text in texts {
            let words = Tokenizer.tokens(in: text).map(\.folded)
            for word in words { expected[word, default: (0, 0)].0 += 1 }
            for word in Set(words) { expected[word, default: (0, 0)].1 += 1 }
        }
        XCTAssertEqual(counts.total, 10)
        XCTAssertEqual(counts.documentCount, 3)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: counts.frequencies.map { ($0.term, [$0.count, $0.documents]) }),
                       expected.mapValues { [$0.0, $0.1] })
        XCTAssertEqual(counts.frequencies.first, TermFrequency(term: "the", count: 3, documents: 2))
    }
}
