import XCTest
@testable import MQTShell

final class LineLexerTests: XCTestCase {
    func testSplitsPipelinesOutsideQuotes() throws {
        let stages = try LineLexer.stages(#"search "a | b" --limit 3 | count x"#)
        XCTAssertEqual(stages.count, 2)
        XCTAssertEqual(stages[0].words.map(\.value), ["search", "a | b", "--limit", "3"])
        XCTAssertEqual(stages[0].words[1].raw, #""a | b""#)
        XCTAssertEqual(stages[1].words.map(\.value), ["count", "x"])
        XCTAssertEqual(stages[1].offset, 26)
    }

    func testApostropheInsideAWordIsNotAQuote() throws {
        let stages = try LineLexer.stages("search Government's plan in the 1990's")
        XCTAssertEqual(stages[0].words.map(\.value), ["search", "Government's", "plan", "in", "the", "1990's"])
    }

    func testUnterminatedQuotePointsAtIt() {
        XCTAssertThrowsError(try LineLexer.stages(#"count "social media"#)) { error in
            let positioned = error as? PositionedError
            XCTAssertEqual(positioned?.message, "unterminated quote")
            XCTAssertEqual(positioned?.pointer, "  count \"social media\n        ^^^^^^^^^^^^^")
        }
    }

    func testEmptyStageIsAnError() {
        XCTAssertThrowsError(try LineLexer.stages("speakers | | stats")) { error in
            XCTAssertEqual((error as? PositionedError)?.message, "empty command in pipeline")
        }
    }
}

import MQTKit
