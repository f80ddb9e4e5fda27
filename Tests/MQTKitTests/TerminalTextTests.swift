import XCTest

@testable import MQTKit

/// Control characters from transcripts are shown, never obeyed, by every terminal format.
final class TerminalTextTests: XCTestCase {
    /// ESC ] 0 ; title BEL sets a terminal's title; ESC [ 2 J clears the screen; U+009B is the
    /// one-character CSI of C1.
    let hostile = "Ann \u{1B}]0;pwned\u{07}Example \u{1B}[2J\u{08}\r\u{7F}\u{9B}31m\u{00}end"

    func testEveryControlButTabAndLineEndsBecomesOneVisibleCharacter() {
        XCTAssertEqual(TerminalText.visible(hostile, inCell: true), "Ann ␛]0;pwned␇Example ␛[2J␈␍␡\u{FFFD}31m␀end")
        XCTAssertEqual(TerminalText.visible(hostile), "Ann ␛]0;pwned␇Example ␛[2J␈\r␡\u{FFFD}31m␀end", "CR ends CSV records")
        XCTAssertEqual(TerminalText.visible("tab\tand\nline"), "tab\tand\nline")
        XCTAssertEqual(TerminalText.visible(hostile, inCell: true).utf16.count, hostile.utf16.count, "match ranges (UTF-16 offsets) still hold")
    }

    func testNoTerminalFormatLetsAControlThrough() {
        let table = Table(["speaker", "snippet"], rows: [[.text(hostile), .marked("a \u{1B}[2J bus", [7..<10])]])
        // Carriage returns may stay (CSV's line ends); the rest never.
        let controls = { (text: String) -> [Unicode.Scalar] in Array(text.unicodeScalars).filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || (0x7F..<0xA0).contains($0.value) } }
        for format in ["table", "plain", "markdown", "csv", "tsv", "json", "jsonl"] {
            for value: Value in [.table(table), .text(hostile), .record(Record([("speaker", .text(hostile))], prose: hostile))] {
                let shown = Renderers.named(format)?.render(value, options: RenderOptions(width: 200, color: false)) ?? "?"
                XCTAssertEqual(controls(shown), [], "\(format): \(shown)")
            }
        }
        // The mark still falls on "bus", with the escape shown beside it.
        XCTAssertEqual(
            Renderers.named("plain")?.render(.table(table), options: RenderOptions(width: 200, color: false)),
            "Ann ␛]0;pwned␇Example ␛[2J␈␍␡\u{FFFD}31m␀end  a ␛[2J **bus**")
        XCTAssertEqual(
            Renderers.named("plain")?.render(.table(table), options: RenderOptions(width: 200, color: true)),
            "Ann ␛]0;pwned␇Example ␛[2J␈␍␡\u{FFFD}31m␀end  a ␛[2J \u{1B}[1mbus\u{1B}[0m", "with colour, mqt's own bold is the only escape")
    }
}
