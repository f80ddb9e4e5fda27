import XCTest
@testable import MQTShell

/// Continuation lines, as every input route joins them.
final class StatementAssemblerTests: XCTestCase {
    func statements(_ lines: [String]) -> [Statement] {
        var assembler = StatementAssembler()
        var out = lines.compactMap { assembler.add($0) }
        if let last = assembler.finish() { out.append(last) }
        return out
    }

    func testABackslashContinuesOnTheNextLine() {
        XCTAssertEqual(
            statements(["count \"social media\" \\", "--by speaker", "info"]),
            [Statement("count \"social media\"  --by speaker", line: 1), Statement("info", line: 3)])
    }

    func testAnOpenQuoteContinuesOnTheNextLine() {
        XCTAssertEqual(
            statements(["set width", "count \"social", "media\" --by speaker"]),
            [Statement("set width", line: 1), Statement("count \"social media\" --by speaker", line: 2)])
        XCTAssertEqual(statements(["search 'knife", "crime'"]), [Statement("search 'knife crime'", line: 1)])
    }

    func testAnApostropheInAWordOpensNoQuote() {
        XCTAssertEqual(
            statements(["search Mayor's answer", "info"]),
            [Statement("search Mayor's answer", line: 1), Statement("info", line: 2)])
    }

    func testACommentEndsWithItsLine() {
        XCTAssertEqual(statements(["# the \"odd one \\", "info"]), [Statement("# the \"odd one \\", line: 1), Statement("info", line: 2)])
    }

    func testInputEndingInsideAQuoteGivesTheStatementAsItIs() {
        var assembler = StatementAssembler()
        XCTAssertNil(assembler.add("count \"social"))
        XCTAssertTrue(assembler.isContinuing)
        XCTAssertEqual(assembler.finish(), Statement("count \"social", line: 1))
        XCTAssertFalse(assembler.isContinuing)
    }

    func testAScriptStepJoinsItsContinuationLinesTheSameWay() {
        let script = Script(text: "mqt> count \"social media\" \\\n...> --by speaker\nmqt> count \"social\n...> media\"\n")
        XCTAssertEqual(script.steps.map(\.command), ["count \"social media\"  --by speaker", "count \"social media\""])
    }

    func testHelpSetSaysWhatOnErrorDoes() throws {
        let help = try seededSession().execute("help set").output
        XCTAssertTrue(help.contains("""
              on_error applies to batch input: mqt -c, piped stdin, mqt run and run SCRIPT.
              stop (the default) ends the input at the first error; continue runs the
              remaining commands. Either way, an error makes mqt's exit status 1. The REPL
              and mqt test always go on.
            """), help)
    }
}
