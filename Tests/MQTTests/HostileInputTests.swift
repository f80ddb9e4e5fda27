import Foundation
import XCTest

/// Input a hostile or careless user gives: each once crashed or hung `mqt` (issue "Reliability
/// and security"), and must now end in a clear error with the process alive.
final class HostileInputTests: XCTestCase {
    func testAScriptThatRunsItselfStopsWithAnError() throws {
        let folder = try temporaryFolder()
        try "mqt> run self.mqt\n".write(toFile: folder + "/self.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["-c", "run self.mqt", "-c", "set width"], directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: self.mqt:1: self.mqt → self.mqt: a script runs itself, which would never end\n")
    }

    func testScriptsThatRunEachOtherStopWithTheCycleNamed() throws {
        let folder = try temporaryFolder()
        try "mqt> run b.mqt\n".write(toFile: folder + "/a.mqt", atomically: true, encoding: .utf8)
        try "mqt> set width\nmqt> run a.mqt\n".write(toFile: folder + "/b.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["run", "a.mqt"], directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "width 1000\n")
        XCTAssertEqual(result.stderr, "error: a.mqt:1: b.mqt:2: a.mqt → b.mqt → a.mqt: a script runs itself, which would never end\n")
    }

    func testATestRunOfAScriptThatRunsItselfStillPrintsItsSummary() throws {
        let folder = try temporaryFolder()
        try "mqt> run loop.mqt\nerror: [..]a script runs itself, which would never end\n".write(
            toFile: folder + "/loop.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["test", "loop.mqt"], directory: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("1 passed, 0 failed\n"), result.stdout)
    }

    func testAChainOfScriptsDeeperThanTheLimitStopsWithAnError() throws {
        // 40 different scripts, each running the next: no cycle, just too deep.
        let folder = try temporaryFolder()
        for index in 1...40 {
            try "mqt> run s\(index + 1).mqt\n".write(toFile: folder + "/s\(index).mqt", atomically: true, encoding: .utf8)
        }
        try "mqt> set width\n".write(toFile: folder + "/s41.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["run", "s1.mqt"], directory: folder)
        XCTAssertEqual(result.status, 1)
        let chain = (1...32).map { "s\($0).mqt:1: " }.joined()
        XCTAssertEqual(result.stderr, "error: \(chain)s33.mqt: scripts run inside each other more than 32 deep (does a script run itself?)\n")
        let test = try runMQT(["test", "s1.mqt"], directory: folder)
        XCTAssertEqual(test.status, 1)
        XCTAssertTrue(test.stdout.hasSuffix("0 passed, 1 failed\n"), test.stdout)
    }

    func testTheSameScriptMayRunTwiceInARow() throws {
        let folder = try temporaryFolder()
        try "mqt> set width\n".write(toFile: folder + "/w.mqt", atomically: true, encoding: .utf8)
        try "mqt> run w.mqt\nmqt> run w.mqt\n".write(toFile: folder + "/twice.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["run", "twice.mqt"], directory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "width 1000\nwidth 1000\n")
    }

    func testNineHundredNestedBracketsAreAnErrorInEveryQueryCommand() throws {
        let query = String(repeating: "(", count: 900) + "police" + String(repeating: ")", count: 900)
        for command in ["search", "count", "kwic"] {
            let result = try runMQT(["-c", "\(command) \(query)", "-c", "count police", "seeds/prevent-in-london-2021-11-29.txt"])
            XCTAssertEqual(result.status, 1, command)
            XCTAssertTrue(result.stderr.hasPrefix("error: brackets and NOTs nest more than 64 deep in query\n"), "\(command): \(result.stderr.prefix(200))")
        }
    }

    func testRecordAndExportNeverWriteOverADevice() throws {
        for command in ["record /dev/full --force", "export /dev/full --format csv --force"] {
            let result = try runMQT(["-c", command])
            XCTAssertEqual(result.status, 1, command)
            XCTAssertEqual(result.stderr, "error: /dev/full is not a regular file\n", command)
        }
        let folder = try temporaryFolder()
        let result = try runMQT(["-c", "record . --force"], directory: folder)
        XCTAssertEqual(result.stderr, "error: . is a folder, not a file\n")
    }

    func testARecordingThatCannotBeWrittenStopsWithAnErrorAndTheSessionGoesOn() throws {
        // A file-size limit fails writes as a full disk does (EFBIG instead of ENOSPC), without
        // needing a full file system; Foundation's FileHandle.write trapped on either.
        let folder = try temporaryFolder()
        let commands = ["record r.mqt"] + Array(repeating: "members", count: 20)
        let script = "ulimit -f 1; exec \"$0\" \"$@\""
        let result = try runShell(script, [repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"], stdin: commands.joined(separator: "\n") + "\n", directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: r.mqt: cannot write (File too large); recording stopped\n")
        XCTAssertTrue(result.stdout.hasPrefix("recording to r.mqt; `record stop` ends\nspeaker "), result.stdout)
        // sh's ulimit -f counts 512-byte blocks: the file holds what fitted.
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/r.mqt")).count, 512)
    }
}
