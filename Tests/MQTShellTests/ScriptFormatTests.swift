import XCTest
@testable import MQTShell

final class ScriptFormatTests: XCTestCase {
    let text = """
        # commentary stays
        mqt> load x
        loaded 1 transcript

        mqt> speakers
        ...> --limit 1
        speaker  speeches
        <blank>
        tail
        mqt> info

        """

    func testParsesCommandsContinuationsAndBlocks() {
        let script = Script(text: text)
        XCTAssertEqual(script.steps.map(\.command), ["load x", "speakers --limit 1", "info"])
        XCTAssertEqual(script.steps.map(\.line), [2, 5, 10])
        XCTAssertEqual(script.steps[1].expected, ["speaker  speeches", "<blank>", "tail"])
        XCTAssertEqual(script.steps[2].expected, [])
    }

    func testRewriteKeepsCommentaryAndReplacesBlocks() {
        let script = Script(text: text)
        let rewritten = script.rewritten(outputs: [["loaded 2 transcripts"], ["a", "", "b"], nil])
        XCTAssertEqual(rewritten, """
            # commentary stays
            mqt> load x
            loaded 2 transcripts

            mqt> speakers
            ...> --limit 1
            a
            <blank>
            b
            mqt> info

            """)
    }

    func testEllipsisMatchesAnyNumberOfLines() {
        XCTAssertTrue(OutputMatcher.matches(expected: ["a", "...", "z"], actual: ["a", "z"]))
        XCTAssertTrue(OutputMatcher.matches(expected: ["a", "...", "z"], actual: ["a", "b", "c", "z"]))
        XCTAssertFalse(OutputMatcher.matches(expected: ["a", "...", "z"], actual: ["a", "b"]))
        XCTAssertTrue(OutputMatcher.matches(expected: ["..."], actual: []))
    }

    func testInlineWildcardRegexAndBlank() {
        XCTAssertTrue(OutputMatcher.matches(expected: ["words  [..] total"], actual: ["words  1266 total"]))
        XCTAssertFalse(OutputMatcher.matches(expected: ["words  [..] total"], actual: ["words  1266"]))
        XCTAssertTrue(OutputMatcher.matches(expected: [#"took \d+ ms (re)"#], actual: ["took 12 ms"]))
        XCTAssertFalse(OutputMatcher.matches(expected: [#"took \d+ ms (re)"#], actual: ["took 12 ms!"]))
        XCTAssertTrue(OutputMatcher.matches(expected: ["a", "<blank>", "b"], actual: ["a", "", "b"]))
    }

    func testTrailingSpacesAndTrailingBlankLinesAreIgnored() {
        XCTAssertTrue(OutputMatcher.matches(expected: ["x  "], actual: ["x", "", ""]))
        XCTAssertFalse(OutputMatcher.matches(expected: [], actual: ["something"]))
    }

    func testDiffShowsExpectedAndActual() {
        XCTAssertEqual(
            LineDiff.render(expected: ["a", "b", "c"], actual: ["a", "x", "c"]),
            ["  a", "+ x", "- b", "  c"])
    }
}
