import MQTKit
import XCTest
@testable import MQTShell

/// Odd input never crashes: every line gives output or an `error: ...`.
final class RobustnessTests: XCTestCase {
    func testOddLinesGiveErrorsNotCrashes() throws {
        let session = try seededSession()
        let lines = [
            "|", "||", "| speakers", "speakers |", "\"", "'", "let", "let x", "let = speakers", "let 1x = speakers",
            "$", "$ | stats", "--", "--format", "speakers --format", "speakers --limit", "speakers --limit -3",
            "speakers --limit abc", "show --context -5 x", "set width abc", "set width 5", "set", "set nothing at all",
            "info extra", "help help help", "Dáil £ “quotes”", String(repeating: "x", count: 10_000),
            "speakers \"unterminated", "load", "load \"\"", "run", "run nope.mqt", "open /nonexistent/dir/x.db",
            "show 99999999999999999999", "quotes --min-words 0", "stats --by", "plugins | plugins", "\t\t",
        ]
        for line in lines {
            let outcome = session.execute(line)
            XCTAssertFalse(outcome.shouldQuit, line)
            if let error = outcome.error { XCTAssertTrue(error.hasPrefix("error: "), "\(line): \(error)") }
        }
        XCTAssertNil(session.execute("info").error, "the session still works after odd input")
    }
}
