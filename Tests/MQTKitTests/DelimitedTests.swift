import XCTest
@testable import MQTKit

/// The one CSV/TSV field rule (renderers and `export` both use it).
final class DelimitedTests: XCTestCase {
    func testCSVQuotesCommasQuotesAndEveryLineBreak() {
        XCTAssertEqual(Delimited.field("plain text", separator: .comma), "plain text")
        XCTAssertEqual(Delimited.field("a, b", separator: .comma), "\"a, b\"")
        XCTAssertEqual(Delimited.field("say \"no\"", separator: .comma), "\"say \"\"no\"\"\"")
        XCTAssertEqual(Delimited.field("a\nb", separator: .comma), "\"a\nb\"")
        XCTAssertEqual(Delimited.field("a\rb", separator: .comma), "\"a\rb\"")
        // "\r\n" is one Character in Swift, equal to neither "\r" nor "\n": it must still be quoted.
        XCTAssertEqual(Delimited.field("a\r\nb", separator: .comma), "\"a\r\nb\"")
        XCTAssertEqual(Delimited.field("a\tb", separator: .comma), "a\tb")
    }

    func testTSVTurnsTabsAndEachLineBreakIntoOneSpace() {
        XCTAssertEqual(Delimited.field("a\tb", separator: .tab), "a b")
        XCTAssertEqual(Delimited.field("a\nb", separator: .tab), "a b")
        XCTAssertEqual(Delimited.field("a\rb", separator: .tab), "a b")
        XCTAssertEqual(Delimited.field("a\r\nb", separator: .tab), "a b")
        XCTAssertEqual(Delimited.field("a\n\nb", separator: .tab), "a  b")
        XCTAssertEqual(Delimited.field("say \"no\", twice", separator: .tab), "say \"no\", twice")
    }

    func testRenderersWriteFieldsByTheSameRule() {
        let table = Table(["title", "text"], rows: [["T\r\nU", "one\rtwo"]])
        let csv = Renderers.named("csv")?.render(.table(table), options: RenderOptions())
        let tsv = Renderers.named("tsv")?.render(.table(table), options: RenderOptions())
        XCTAssertEqual(csv, "title,text\r\n\"T\r\nU\",\"one\rtwo\"")
        XCTAssertEqual(tsv, "title\ttext\nT U\tone two")
    }
}
