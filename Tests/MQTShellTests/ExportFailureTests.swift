import Foundation
import MQTKit
import MQTShell
import XCTest

/// What export leaves behind when it cannot finish: nothing new, and any file it was replacing
/// untouched. An existing file (or its sidecar) is never replaced without --force.
final class ExportFailureTests: XCTestCase {
    /// The session, except that Ctrl-C is "pressed" at the `after`-th check: what a user does
    /// part way through a long export.
    final class InterruptingContext: Context {
        let session: Session
        let after: Int
        private(set) var checks = 0
        init(_ session: Session, interruptAfter after: Int) {
            self.session = session
            self.after = after
        }
        var corpus: any Corpus { session.corpus }
        var settings: Settings { session.settings }
        var isInteractive: Bool { false }
        var isInterrupted: Bool { checks >= after }
        var commandLine: String { "export" }
        func resolve(path: String) -> String { session.resolve(path: path) }
        func checkInterrupted() throws {
            checks += 1
            if checks >= after { throw CommandError.interrupted }
        }
        func progress(_ line: String) {}
        func note(_ text: String) {}
        func variable(_ name: String) -> Value? { nil }
    }

    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-export-fail-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    func files(in folder: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    func testAnInterruptedExportLeavesNoFileAndKeepsTheOldOne() throws {
        let folder = try folder()
        let session = try seededSession()
        let export = try XCTUnwrap(session.registry.command(named: "export"))
        // Interrupted at the third speech of seven: no file, no sidecar, no temporary file.
        let context = InterruptingContext(session, interruptAfter: 3)
        let call = Call(arguments: ["file": [folder + "/all.jsonl"]])
        XCTAssertThrowsError(try export.run(call, context: context)) { XCTAssertEqual($0 as? CommandError, .interrupted) }
        XCTAssertEqual(context.checks, 3)
        XCTAssertEqual(try files(in: folder), [])
        // With --force over an existing file, the old file and sidecar stay as they were.
        XCTAssertNil(session.execute("search prevent | export \(folder)/all.jsonl").error)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/all.jsonl"))
        let forced = Call(arguments: ["file": [folder + "/all.jsonl"]], options: ["force": "true"])
        XCTAssertThrowsError(try export.run(forced, context: InterruptingContext(session, interruptAfter: 5)))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/all.jsonl")), before)
        XCTAssertEqual(try files(in: folder), ["all.jsonl", "all.jsonl.meta.json"])
    }

    func testAnExistingFileOrSidecarIsReplacedOnlyWithForce() throws {
        let folder = try folder()
        let session = try seededSession()
        XCTAssertNil(session.execute("count --by kind | export \(folder)/k.csv").error)
        XCTAssertEqual(session.execute("count --by kind | export \(folder)/k.csv").error, "error: \(folder)/k.csv already exists (add --force to overwrite it)")
        try FileManager.default.removeItem(atPath: folder + "/k.csv")
        XCTAssertEqual(
            session.execute("count --by kind | export \(folder)/k.csv").error,
            "error: \(folder)/k.csv.meta.json already exists (add --force to overwrite it)")
        XCTAssertEqual(try files(in: folder), ["k.csv.meta.json"], "nothing written when the sidecar is refused")
        XCTAssertNil(session.execute("count --by kind | export \(folder)/k.csv --force").error)
        XCTAssertEqual(try files(in: folder), ["k.csv", "k.csv.meta.json"])
        // Replaced with no provenance, the old sidecar (which described the old file) goes.
        XCTAssertNil(session.execute("count --by speaker | export \(folder)/k.csv --force --no-provenance").error)
        XCTAssertEqual(try files(in: folder), ["k.csv"])
    }

    func testAFolderThatCannotBeWrittenOrIsMissingIsAClearError() throws {
        let session = try seededSession()
        // /proc refuses new files even to root, which a read-only folder would not.
        XCTAssertEqual(session.execute("count --by kind | export /proc/mqt-export.csv").error, "error: /proc/mqt-export.csv: cannot write in /proc")
        XCTAssertEqual(session.execute("export /tmp/mqt-no-such-folder-\(getpid())/a.md").error, "error: /tmp/mqt-no-such-folder-\(getpid())/a.md: no such folder /tmp/mqt-no-such-folder-\(getpid())")
        XCTAssertEqual(session.execute("export /tmp").error, "error: /tmp is a folder, not a file")
    }
}
