import MQTKit
import XCTest
@testable import MQTShell

final class SessionTests: XCTestCase {
    func testUnknownCommandSuggestsTheNearest() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("speakrs").transcript,
            "error: unknown command 'speakrs' (did you mean 'speakers'?)\n  speakrs\n  ^^^^^^^")
    }

    func testUnknownOptionPointsAtTheToken() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("stats --bi speaker").transcript,
            "error: unknown option '--bi' for 'stats' (did you mean '--by'?)\n  stats --bi speaker\n        ^^^^")
    }

    func testBadChoicePointsAtTheValue() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("speakers --format yaml").transcript,
            "error: --format takes one of table, plain, csv, tsv, json, jsonl, markdown, not 'yaml'\n"
                + "  speakers --format yaml\n                    ^^^^")
    }

    func testMissingArgumentShowsUsage() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("show").transcript,
            "error: missing ID (usage: show ID [--context N])\n  show \n      ^")
    }

    func testPipelineKindsAreCheckedBeforeAnythingRuns() throws {
        let session = try seededSession()
        let outcome = session.execute("speakers | stats")
        XCTAssertEqual(outcome.transcript, "error: 'stats' takes a set of speeches, not a table\n  speakers | stats\n             ^^^^^")
    }

    func testLetKeepsAResultAndDollarFeedsItBack() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("let people = speakers --format csv").transcript, "")
        let shown = session.execute("$people")
        XCTAssertEqual(shown.output, try seededSession().execute("speakers").output)
        XCTAssertEqual(
            session.execute("$nobody").transcript,
            "error: no result named '$nobody' (keep one with: let nobody = COMMAND)\n  $nobody\n  ^^^^^^^")
    }

    func testFormatOptionAppliesToOneCommand() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("members --format csv").output,
            "speaker,party_or_role,speeches,words\r\nUnmesh Desai,Labour,4,323\r\nSadiq Khan,Mayor of London,3,943")
        XCTAssertTrue(session.execute("members").output.hasPrefix("speaker       party or role"))
    }

    func testSetChangesTheSessionFormat() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("set format jsonl").transcript, "")
        XCTAssertEqual(
            session.execute("members").output,
            #"{"speaker": "Unmesh Desai", "party_or_role": "Labour", "speeches": 4, "words": 323}"# + "\n"
                + #"{"speaker": "Sadiq Khan", "party_or_role": "Mayor of London", "speeches": 3, "words": 943}"#)
        XCTAssertEqual(
            session.execute("set colour on").transcript, "error: unknown setting 'colour' (did you mean 'color'?)")
    }

    func testQuitEndsTheSession() throws {
        XCTAssertTrue(try seededSession().execute("quit").shouldQuit)
        XCTAssertTrue(try seededSession().execute("exit").shouldQuit)
    }

    func testCommentsAndBlankLinesDoNothing() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("   "), Outcome())
        XCTAssertEqual(session.execute("# a note"), Outcome())
    }
}

final class RecordTests: XCTestCase {
    func testRecordWritesAScriptThatReplaysGreen() throws {
        let folder = NSTemporaryDirectory() + "mqt-record-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        XCTAssertEqual(session.execute("record session.mqt").output, "recording to session.mqt; `record stop` ends")
        _ = session.execute("load \(repositoryRoot)/seeds/prevent-in-london-2021-11-29.txt")
        _ = session.execute("members")
        _ = session.execute("info")
        _ = session.execute("bogus")
        XCTAssertEqual(session.execute("record stop").output, "stopped recording to \(folder)/session.mqt")
        XCTAssertEqual(
            session.execute("record session.mqt").transcript,
            "error: session.mqt already exists (add --force to overwrite it)")
        let text = try String(contentsOfFile: folder + "/session.mqt", encoding: .utf8)
        XCTAssertTrue(text.contains("mqt> members\nspeaker       party or role    speeches  words\n"), text)
        XCTAssertTrue(text.contains("from         2021-11-29\nto           2021-11-29\n<blank>\nbody "), text)
        let result = try ScriptRunner(plugins: AllPlugins.list).replay(path: folder + "/session.mqt")
        XCTAssertEqual(result.steps, 4)
        XCTAssertTrue(result.passed, "\(result.failures)")
    }
}

import MQTPlugins
