import Foundation
import MQTCore
import XCTest
@testable import MQTShell

/// Deliberately broken plugins: each fault is an error naming the program, the session carries on,
/// and the plugin starts again on its next call.
final class PluginFaultTests: XCTestCase {
    /// A Python plugin with one command, `NAME`, whose handshake and run can be made to misbehave;
    /// `once` runs the first time only (a marker file remembers), for faults that must heal.
    func plugin(
        _ name: String, handshake: String = "", run: String, once: String = "", protocolVersion: Int = 2
    ) throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/mqt-plugin-\(name)"
        let source = """
            #!/usr/bin/env python3
            import json, os, sys, time
            MARK = \(String(reflecting: folder + "/ran-once"))
            DESC = {"protocol": \(protocolVersion), "name": "\(name)", "version": "0.1", "summary": "broken on purpose",
                    "commands": [{"name": "\(name)", "summary": "s", "returns": "text", "accepts": ["nothing", "speeches"],
                                  "arguments": [{"name": "words", "shape": "words", "optional": True}]}]}
            for line in sys.stdin:
                request = json.loads(line)
                if request["request"] == "describe":
            \(indent(handshake, by: 8))
                    print(json.dumps(DESC), flush=True)
                    continue
                if not os.path.exists(MARK):
                    open(MARK, "w").close()
            \(indent(once, by: 8))
            \(indent(run))

            """
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func indent(_ code: String, by spaces: Int = 4) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }

    let answerOK = #"print(json.dumps({"text": "ok " + str(len(request["arguments"].get("words", [""])[0]))}), flush=True)"#

    func session(timeout: String = "1") throws -> Session {
        let session = try seededSession()
        XCTAssertNil(session.execute("set plugin_timeout \(timeout)").error)
        return session
    }

    func testAPluginThatNeverAnswersTheHandshakeTimesOut() throws {
        let path = try plugin("mute", handshake: "time.sleep(60)", run: answerOK)
        let session = try session(timeout: "0.5")
        let started = Date()
        XCTAssertEqual(
            session.execute("plugins add \(path)").transcript,
            "error: \(path): the plugin did not answer within 0.5 s (set plugin_timeout SECONDS); it was stopped")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }

    func testACallThatHangsTimesOutAndThePluginStartsAgain() throws {
        let path = try plugin("hang", run: answerOK, once: "time.sleep(60)")
        let session = try session(timeout: "0.5")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin hang: hang")
        XCTAssertEqual(
            session.execute("hang").transcript,
            "error: \(path): the plugin did not answer within 0.5 s (set plugin_timeout SECONDS); it was stopped")
        XCTAssertEqual(session.execute("hang abc").transcript, "ok 3")
    }

    func testAnAnswerWithoutANewlineTimesOutOrEndsWithTheProgram() throws {
        let path = try plugin("nonl", run: #"sys.stdout.write('{"text": "x"}'); sys.stdout.flush(); time.sleep(60)"#)
        let session = try session(timeout: "0.5")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin nonl: nonl")
        XCTAssertEqual(
            session.execute("nonl").transcript,
            "error: \(path): the plugin did not answer within 0.5 s (set plugin_timeout SECONDS); it was stopped")
        let exits = try plugin("nonlexit", run: #"sys.stdout.write('{"text": "x"}'); sys.stderr.write("half a line"); sys.exit(0)"#)
        XCTAssertEqual(session.execute("plugins add \(exits)").output, "added plugin nonlexit: nonlexit")
        XCTAssertEqual(
            session.execute("nonlexit").transcript,
            "note: nonlexit: half a line\nerror: \(exits): the plugin stopped answering (it exited with status 0 after writing 13 bytes without a newline)")
    }

    func testAPluginThatStopsReadingALargeRequestTimesOut() throws {
        // It shakes hands, then sleeps without reading: 1 MB of request fill the pipe and wait.
        let path = try plugin("deaf", handshake: "", run: answerOK, once: "")
        let source = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "        continue\n", with: "        time.sleep(60)\n")
        try source.write(toFile: path, atomically: false, encoding: .utf8)
        let session = try session(timeout: "0.5")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin deaf: deaf")
        // Straight to the plugin: parsing a 1 MB line takes seconds in a debug build.
        let handle = try XCTUnwrap((session.registry.command(named: "deaf") as? ExternalCommand)?.handle)
        let started = Date()
        XCTAssertThrowsError(
            try handle.call(["request": "run", "words": String(repeating: "a", count: 1_000_000)], timeout: 0.5, errorLines: { _ in }) { _ in [] }
        ) { error in
            XCTAssertEqual("\(error)", "\(path): the plugin did not answer within 0.5 s (set plugin_timeout SECONDS); it was stopped")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
    }

    func testACrashIsAnErrorWithItsStandardErrorAndThePluginStartsAgain() throws {
        // Its whole standard error arrives with the end of the file: two lines, no empty third.
        let path = try plugin("crashy", run: answerOK, once: #"sys.stderr.write("boom\nbang\n"); sys.stderr.flush(); os._exit(3)"#)
        let session = try session()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin crashy: crashy")
        XCTAssertEqual(
            session.execute("crashy").transcript,
            "note: crashy: boom\nnote: crashy: bang\nerror: \(path): the plugin stopped answering (it exited with status 3)")
        XCTAssertEqual(session.execute("crashy ab").transcript, "ok 2")
    }

    func testACrashedPluginCanBeAddedAgain() throws {
        let path = try plugin("fragile", run: answerOK, once: "os.kill(os.getpid(), 9)")
        let session = try session()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin fragile: fragile")
        XCTAssertEqual(
            session.execute("fragile").transcript,
            "error: \(path): the plugin stopped answering (it was killed by signal 9)")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin fragile: fragile")
        XCTAssertEqual(session.execute("fragile x").transcript, "ok 1")
    }

    func testGarbageIsAnErrorAndThePluginStartsAgain() throws {
        let path = try plugin("garbage", run: answerOK, once: #"print("hello there", flush=True); continue"#)
        let session = try session()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin garbage: garbage")
        XCTAssertEqual(session.execute("garbage").transcript, "error: \(path): the plugin's answer is not a JSON object: hello there")
        XCTAssertEqual(session.execute("garbage abcd").transcript, "ok 4")
    }

    func testAnotherProtocolVersionIsRefusedByName() throws {
        let path = try plugin("future", run: answerOK, protocolVersion: 3)
        XCTAssertEqual(
            try session().execute("plugins add \(path)").transcript,
            "error: \(path): the plugin speaks protocol 3; mqt speaks 1 and 2")
    }

    func testStandardErrorIsShownPrefixedWithThePluginsName() throws {
        let path = try plugin("chatty", handshake: #"print("starting", file=sys.stderr, flush=True)"#,
                              run: #"print("working\nstill working", file=sys.stderr, flush=True)"# + "\n" + answerOK)
        let session = try session()
        XCTAssertEqual(session.execute("plugins add \(path)").transcript, "added plugin chatty: chatty\nnote: mqt-plugin-chatty: starting")
        XCTAssertEqual(session.execute("chatty abc").transcript, "ok 3\nnote: chatty: working\nnote: chatty: still working")
    }

    func testAPluginIgnoringSIGTERMIsKilled() throws {
        let pidFile = NSTemporaryDirectory() + "mqt-stubborn-\(UUID().uuidString)"
        let path = try plugin(
            "stubborn", handshake: "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nopen(\(String(reflecting: pidFile)), 'w').write(str(os.getpid()))",
            run: answerOK)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: pidFile) }
        let session = try session()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin stubborn: stubborn")
        let pid = try XCTUnwrap(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8)))
        XCTAssertEqual(kill(pid, 0), 0)
        let started = Date()
        LivePlugins.stopAll()  // what mqt's exit runs
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(kill(pid, 0), -1, "the plugin outlived its stop")
        XCTAssertEqual(session.execute("stubborn ab").transcript, "ok 2", "the next call starts it again")
    }

    func testCtrlCDuringACallReturnsAndThePluginStartsAgain() throws {
        let path = try plugin("slow", run: answerOK, once: "time.sleep(60)")
        let session = try session(timeout: "60")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin slow: slow")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { Interruption.request() }
        let started = Date()
        XCTAssertEqual(session.execute("slow").transcript, "error: interrupted")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(session.execute("slow abc").transcript, "ok 3")
    }

    func testALargeAnswerIsReadInLinearTime() throws {
        let path = try plugin("big", run: #"print(json.dumps({"text": "x" * 4000000}), flush=True)"#)
        let session = try session(timeout: "10")
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin big: big")
        let handle = try XCTUnwrap((session.registry.command(named: "big") as? ExternalCommand)?.handle)
        _ = try handle.call(["request": "run", "command": "big", "arguments": [:] as [String: Any]], timeout: 10, errorLines: { _ in }) { _ in [] }
        let started = Date()
        let answer = try handle.call(["request": "run", "command": "big", "arguments": [:] as [String: Any]], timeout: 10, errorLines: { _ in }) { _ in [] }
        XCTAssertEqual((answer["text"] as? String)?.count, 4_000_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "4 MB must read well under a second")
    }

    func testBadTimeoutsAreRefused() throws {
        XCTAssertEqual(
            try seededSession().execute("set plugin_timeout 0").transcript,
            "error: plugin_timeout takes a number of seconds from 0.1 to 3600, not '0'")
    }
}
