import XCTest

@testable import MQTCore

/// Snippets and concordance lines cut from speech text around match spans.
final class SearchTextTests: XCTestCase {
    let text = "Look, let us just park and accept that social media, generally speaking, is a great thing.\n\nWe all use it."

    func testTokenRangesAreTheTokenizersRanges() {
        for sample in [text, "Sinn Féin’s café — naïve? 1,000 ½ e\u{301}", ""] {
            XCTAssertEqual(TokenRanges.of(sample), Tokenizer.tokens(in: sample).map(\.range))
        }
    }

    func testSnippetMarksPhrasesAndCutsWithEllipses() {
        let snippet = Snippet.make(from: text, spans: [MatchSpan(token: 8, length: 2)], words: 6, before: 2)
        XCTAssertEqual(snippet.text, "… accept that social media, generally speaking …")
        XCTAssertEqual(snippet.marks.map { substring(snippet.text, $0) }, ["social media"])
    }

    func testSnippetWithoutSpansIsTheStart() {
        let snippet = Snippet.make(from: text, spans: [], words: 4)
        XCTAssertEqual(snippet.text, "Look, let us just …")
        XCTAssertEqual(snippet.marks, [])
        XCTAssertEqual(Snippet.make(from: "A short one.", spans: []).text, "A short one.")
    }

    func testSnippetMergesOverlappingSpans() {
        let snippet = Snippet.make(from: text, spans: [MatchSpan(token: 8, length: 2), MatchSpan(token: 9, length: 1)], words: 4, before: 0)
        XCTAssertEqual(snippet.marks.map { substring(snippet.text, $0) }, ["social media"])
    }

    func testConcordanceLinesByWordsSentenceAndSpeech() {
        let span = [MatchSpan(token: 8, length: 2)]
        let words = Concordance.lines(in: text, spans: span, context: .words, width: 12)
        XCTAssertEqual(words.map(\.left), ["d accept that"].map { String($0.suffix(12)) })
        XCTAssertEqual(words.map(\.match), ["social media"])
        XCTAssertEqual(words.map(\.right), [", generally "])
        XCTAssertEqual(words.first?.leftWords.prefix(2), ["that", "accept"])
        XCTAssertEqual(words.first?.rightWords.prefix(2), ["generally", "speaking"])
        let sentence = Concordance.lines(in: text, spans: [MatchSpan(token: 18, length: 1)], context: .sentence, width: nil)
        XCTAssertEqual(sentence.map(\.left), ["We all"])
        XCTAssertEqual(sentence.map(\.right), ["it."])
        let speech = Concordance.lines(in: text, spans: [MatchSpan(token: 18, length: 1)], context: .speech, width: nil)
        XCTAssertEqual(speech.first?.left.hasPrefix("Look, let us"), true)
        XCTAssertEqual(speech.first?.left.hasSuffix("thing. We all"), true)
    }

    func substring(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf16)[range], as: UTF16.self)
    }
}
