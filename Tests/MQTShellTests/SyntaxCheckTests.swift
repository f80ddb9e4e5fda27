import MQTPlugins
import XCTest

@testable import MQTShell

/// `SyntaxCheck`, the fuzzer's way into the shell's parser: the errors the shell gives before a
/// line runs, and nothing run.
final class SyntaxCheckTests: XCTestCase {
    let registry = CommandRegistry(plugins: AllPlugins.list)

    func message(_ line: String) -> String? {
        do {
            try SyntaxCheck.check(line, registry: registry)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testWellFormedLinesPass() {
        for line in [
            "count prevent --by speaker", "let x = search \"social media\" --limit 2 | count", "$x --format json",
            "info; stats --by party", "export /no/such/folder/never-written.csv --force", "nosuchcommand at all", "",
        ] {
            XCTAssertNil(message(line), line)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/no/such/folder"))
    }

    func testBadLinesGiveTheShellsMessages() throws {
        let session = try seededSession()
        for line in ["count prevent --by nonsense", "let = count", "search \"open quote", "count --limit", "info --no-such"] {
            let shown = session.execute(line).error ?? ""
            let checked = try XCTUnwrap(message(line), line)
            // The shell prints `error: MESSAGE`, then for a positioned error the line and a caret.
            XCTAssertEqual("error: " + checked, shown.components(separatedBy: "\n")[0], line)
        }
    }
}
