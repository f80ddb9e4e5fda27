import Foundation
import XCTest

/// `-c`, piped stdin, `mqt run` and `mqt test` share one input loop: continuation lines and
/// `on_error` behave the same in each.
final class InputRoutesTests: XCTestCase {
    let seed = "seeds/prevent-in-london-2021-11-29.txt"
    let counted = "speaker\tspeeches\thits\nSadiq Khan\t1\t3\nUnmesh Desai\t1\t3\n"
    let bogus = "error: unknown command 'bogus'\n  bogus\n  ^^^^^\n"

    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-routes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    func script(_ text: String) throws -> String {
        let path = try folder() + "/a.mqt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: continuation

    func testDashCContinuesABackslashAndAnOpenQuoteIntoTheNextCommand() throws {
        for commands in [["count \"social media\" --by \\", "speaker --format tsv"], ["count \"social", "media\" --by speaker --format tsv"]] {
            let result = try runMQT(commands.flatMap { ["-c", $0] } + [seed])
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, counted)
            XCTAssertEqual(result.status, 0)
        }
        let inOne = try runMQT(["-c", "count \"social\nmedia\" --by speaker --format tsv", seed])
        XCTAssertEqual(inOne.stdout, counted)
    }

    func testStdinContinuesABackslashAndAnOpenQuote() throws {
        for input in ["count \"social media\" \\\n--by speaker --format tsv\n", "count \"social\nmedia\" --by speaker --format tsv\n"] {
            let result = try runMQT([seed], stdin: input)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, counted)
            XCTAssertEqual(result.status, 0)
        }
    }

    func testInputEndingInsideAQuoteIsAnError() throws {
        let result = try runMQT(["-c", "count \"social", seed])
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "error: unterminated quote\n  count \"social\n        ^^^^^^^\n")
        XCTAssertEqual(result.status, 1)
    }

    func testRunJoinsContinuationLines() throws {
        let path = try script(
            "mqt> load \(repositoryRoot)/\(seed)\nmqt> count \"social media\" \\\n...> --by speaker --format tsv\n"
                + "mqt> count \"social\n...> media\" --by speaker --format tsv\n")
        let result = try runMQT(["run", path])
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "loaded 1 transcript: 7 speeches by 2 speakers\n" + counted + counted)
        XCTAssertEqual(result.status, 0)
    }

    func testTestReplaysContinuationLines() throws {
        let expected = "speaker\tspeeches\thits\nSadiq Khan\t1\t3\nUnmesh Desai\t1\t3\n"
        let path = try script(
            "mqt> load \(repositoryRoot)/\(seed)\nloaded 1 transcript: 7 speeches by 2 speakers\n\n"
                + "mqt> count \"social media\" \\\n...> --by speaker --format tsv\n\(expected)\n"
                + "mqt> count \"social\n...> media\" --by speaker --format tsv\n\(expected)")
        let result = try runMQT(["test", path])
        XCTAssertEqual(result.stdout, "ok    \(path)\n1 passed, 0 failed\n")
        XCTAssertEqual(result.status, 0)
    }

    // MARK: on_error

    func testDashCStopsAtTheFirstErrorByDefault() throws {
        let result = try runMQT(["-c", "bogus", "-c", "set width", seed])
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, bogus)
        XCTAssertEqual(result.status, 1)
    }

    func testDashCGoesOnUnderOnErrorContinueAndStillExitsNonZero() throws {
        let result = try runMQT(["-c", "set on_error continue", "-c", "bogus", "-c", "set width", seed])
        XCTAssertEqual(result.stdout, "width 1000\n")
        XCTAssertEqual(result.stderr, bogus)
        XCTAssertEqual(result.status, 1)
    }

    func testStdinStopsOrGoesOnByOnError() throws {
        let stopped = try runMQT([seed], stdin: "bogus\nset width\n")
        XCTAssertEqual(stopped.stdout, "")
        XCTAssertEqual(stopped.stderr, bogus)
        XCTAssertEqual(stopped.status, 1)
        let going = try runMQT([seed], stdin: "set on_error continue\nbogus\nset width\n")
        XCTAssertEqual(going.stdout, "width 1000\n")
        XCTAssertEqual(going.stderr, bogus)
        XCTAssertEqual(going.status, 1)
    }

    func testRunStopsOrGoesOnByOnErrorAndNamesTheLine() throws {
        let stopped = try script("mqt> bogus\nmqt> set width\n")
        let first = try runMQT(["run", stopped])
        XCTAssertEqual(first.stdout, "")
        XCTAssertEqual(first.stderr, "error: \(stopped):1: unknown command 'bogus'\n  bogus\n  ^^^^^\n")
        XCTAssertEqual(first.status, 1)
        let going = try script("mqt> set on_error continue\nmqt> bogus\nmqt> set width\n")
        let second = try runMQT(["run", going])
        XCTAssertEqual(second.stdout, "width 1000\n")
        XCTAssertEqual(second.stderr, "error: \(going):2: unknown command 'bogus'\n  bogus\n  ^^^^^\n")
        XCTAssertEqual(second.status, 1)
    }

    func testQuitEndsBatchInputWithTheStatusSoFar() throws {
        XCTAssertEqual(try runMQT(["-c", "set width", "-c", "quit", "-c", "set width 90"]).stdout, "width 1000\n")
        XCTAssertEqual(try runMQT(["-c", "quit"]).status, 0)
        XCTAssertEqual(try runMQT(["-c", "set on_error continue", "-c", "bogus", "-c", "quit"]).status, 1)
    }
}
