import Foundation
import XCTest

/// Drives the real REPL in a terminal (tmux): typing, TAB completion, history across runs,
/// Ctrl-C on a line and during a command, non-ASCII input, Ctrl-D.
final class REPLTerminalTests: XCTestCase {
    var socket = "mqt-test-\(UUID().uuidString.prefix(8))"
    var historyFile = NSTemporaryDirectory() + "mqt-history-\(UUID().uuidString)"
    /// An empty tmux configuration of the test's own: the user's is not read, and /dev/null is
    /// not trusted to be empty (a sandbox where a test once replaced it broke this test).
    var configFile = NSTemporaryDirectory() + "mqt-tmux-\(UUID().uuidString).conf"

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (make setup installs it)")
        }
        FileManager.default.createFile(atPath: configFile, contents: Data())
    }

    override func tearDown() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: historyFile)
        try? FileManager.default.removeItem(atPath: configFile)
    }

    func testEditingCompletionHistoryInterruptAndExit() throws {
        try start()
        try waitFor("mqt> ")
        if FileManager.default.fileExists(atPath: repositoryRoot + "/../shared/corpora") {
            try keys("load ../shared/corpora", "Enter")
            try waitFor(" files ")
            try keys("C-c")
            try waitFor("(interrupted)", timeout: 60)
        }
        try keys("inf", "Tab")
        try waitFor("mqt> info ")
        try keys("Enter")
        try waitFor("transcripts  1")

        try keys("members Sad", "Tab")
        try waitFor("mqt> members \"Sadiq Khan\" ")
        try keys("Enter")
        try waitFor("Sadiq Khan  Mayor of London")

        // Continuation: an open quote, then a trailing backslash; Ctrl-C drops a half-typed statement.
        try keys("count \"social", "Enter")
        try waitFor(lastLine: "...>")
        try keys("media\" --by speaker --format csv", "Enter")
        try waitFor("Sadiq Khan,1,3")
        try keys("count \"social media\" --by \\", "Enter")
        try waitFor(lastLine: "...>")
        try keys("speaker --format jsonl", "Enter")
        try waitFor(#"{"speaker": "Sadiq Khan", "speeches": 1, "hits": 3}"#)
        try keys("count \"half", "Enter")
        try waitFor(lastLine: "...>")
        try keys("C-c")
        try waitFor(lastLine: "mqt>")

        try keys("set fo", "Tab", "js", "Tab", "Enter")
        try waitFor("mqt> set format json")
        try keys("set format table", "Enter")

        try keys("show Dáil£", "Enter")
        try waitFor("error: no speech with id 'Dáil£'")

        try keys("garbage here", "C-c")
        try keys("set width", "Enter")
        try waitFor("width ")
        XCTAssertFalse(try screen().contains("unknown command 'garbage'"), "Ctrl-C must drop the line")

        try keys("Up", "Up")
        try waitFor(lastLine: "mqt> show Dáil£")
        try keys("C-c")


        try keys("C-d")
        try waitFor("EXITED 0")

        try start()
        try waitFor("mqt> ")
        try keys("Up")
        try waitFor(lastLine: "mqt> set width")
        try keys("C-u", "quit", "Enter")
        try waitFor("EXITED 0")
    }

    /// A person typing gets the REPL even when the output goes on to a pipe (`mqt | tee log`),
    /// as in sqlite3 and psql; `;` separates commands on one line.
    func testTheREPLOpensWhenOnlyTheInputIsATerminal() throws {
        let log = NSTemporaryDirectory() + "mqt-tee-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: log) }
        try start(pipe: " | tee \(log)")
        // The load's summary comes through tee, the banner and prompt straight to the terminal:
        // their order on the screen is not fixed, so wait for the banner's end.
        try waitFor("Ctrl-D to leave.")
        try keys("count prevent; count cricket", "Enter")
        try waitFor("9 hits")
        try keys("C-d")
        try waitFor("EXITED 0")
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        XCTAssertTrue(logged.contains("4 speeches, 10 hits\n2 speeches, 9 hits\n"), logged)
    }

    /// Macros in the REPL: the init file's, and one typed as a block (the prompt says `...>` until
    /// `end`); TAB completes their names, help lists them, pipes pass through them. And `qa`.
    func testMacrosFromTheInitFileAndTypedInABlock() throws {
        let home = NSTemporaryDirectory() + "mqt-home-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/mqt", withIntermediateDirectories: true)
        try "def busiest n = speakers --limit $n\n".write(toFile: home + "/.config/mqt/init.mqt", atomically: true, encoding: .utf8)
        try start(environment: "HOME=\(home) XDG_CONFIG_HOME= ")
        try waitFor("mqt> ")
        try keys("bus", "Tab")
        try waitFor(lastLine: "mqt> busiest")
        try keys(" 1 --format csv", "Enter")
        try waitFor("Sadiq Khan,Mayor of London,3,943")
        try keys("def profile who", "Enter")
        try waitFor(lastLine: "...>")
        try keys("count speaker:$who", "Enter")
        try waitFor(lastLine: "...>")
        try keys("end", "Enter")
        try waitFor(lastLine: "mqt>")
        try keys("prof", "Tab")
        try waitFor(lastLine: "mqt> profile")
        try keys(" \"Unmesh Desai\"", "Enter")
        try waitFor("4 speeches, 0 hits")
        try keys("search cricket | busiest 1 --format csv", "Enter")
        try waitFor("Sadiq Khan,Mayor of London,1,404")
        try keys("help profile", "Enter")
        try waitFor("macro: count speaker:$who")
        // Questions and answers in the REPL: `qa stats` in two words, and pairs down a pipe.
        try keys("qa stats --by answerer --format csv", "Enter")
        try waitFor("Sadiq Khan,3,3,0,100.0,102.0,314.3,3.08,33.2")
        try keys("qa cricket | count --by kind --format csv", "Enter")
        try waitFor("question,1,0")
        try keys("C-d")
        try waitFor("EXITED 0")
    }

    /// An external plugin found on MQT_PLUGIN_PATH completes with TAB and runs through a pipe;
    /// Ctrl-C during a call that hangs brings the prompt back, and the next call starts it again.
    func testAnExternalPluginCompletesAndCtrlCStopsItsCall() throws {
        let folder = NSTemporaryDirectory() + "mqt-repl-plugin-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let program = folder + "/mqt-plugin-sleepy"
        try """
            #!/usr/bin/env python3
            import json, sys, time
            for line in sys.stdin:
                r = json.loads(line)
                if r["request"] == "describe":
                    print(json.dumps({"protocol": 2, "name": "sleepy", "commands": [
                        {"name": "sleepy", "accepts": ["nothing", "speeches"], "returns": "text",
                         "arguments": [{"name": "seconds", "shape": "word"}]}]}), flush=True)
                    continue
                time.sleep(float(r["arguments"]["seconds"][0]))
                count = (r["input"] or {}).get("count", 0)
                print(json.dumps({"text": "slept, %d speeches" % count}), flush=True)

            """.write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        try start(environment: "HOME=\(folder) MQT_PLUGIN_PATH=\(folder) ")
        try waitFor("mqt> ")
        try keys("search media | slee", "Tab")
        try waitFor(lastLine: "mqt> search media | sleepy")
        try keys(" 0", "Enter")
        try waitFor("slept, 2 speeches")
        try keys("sleepy 600", "Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try keys("C-c")
        try waitFor("error: interrupted", timeout: 5)
        try waitFor(lastLine: "mqt>")
        try keys("sleepy 0", "Enter")
        try waitFor("slept, 0 speeches")
        try keys("C-d")
        try waitFor("EXITED 0")
    }

    /// The user's libedit settings are read: here a key bound to a command in $EDITRC.
    func testTheUsersEditrcIsRead() throws {
        let editrc = NSTemporaryDirectory() + "mqt-editrc-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: editrc) }
        try "bind -s ^T \"count prevent\"\n".write(toFile: editrc, atomically: true, encoding: .utf8)
        try start(environment: "EDITRC=\(editrc) ")
        try waitFor("mqt> ")
        try keys("C-t")
        try waitFor(lastLine: "mqt> count prevent")
        try keys("Enter")
        try waitFor("4 speeches, 10 hits")
        try keys("C-d")
        try waitFor("EXITED 0")
    }

    /// Output taller than the terminal goes through $PAGER (here one that marks each line);
    /// `set pager off` prints it straight.
    func testTallOutputGoesThroughThePager() throws {
        let pager = NSTemporaryDirectory() + "mqt-pager-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: pager) }
        try "#!/bin/sh\nsed 's/^/PAGED:/'\n".write(toFile: pager, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager)
        try start(environment: "PAGER=\(pager) ")
        try waitFor("mqt> ")
        try keys("freq --top 60 --stopwords none --format csv", "Enter")
        try waitFor("PAGED:", timeout: 10)
        try keys("count prevent", "Enter")
        try waitFor("4 speeches, 10 hits")
        XCTAssertFalse(try screen().contains("PAGED:4 speeches"), "short output is printed straight")
        try keys("set pager off; freq --top 60 --stopwords none --format jsonl", "Enter")
        try waitFor(#"{"word": "#)
        XCTAssertFalse(try screen().contains(#"PAGED:{"word""#))
        try keys("C-d")
        try waitFor("EXITED 0")
    }

    // MARK: - tmux

    /// Starts the REPL in a fresh tmux server (retried: a server can be slow to come up on a busy
    /// machine); `pipe` follows the command (`| tee FILE`).
    func start(pipe: String = "", environment: String = "") throws {
        let command = "cd \(repositoryRoot) && \(environment)MQT_HISTORY=\(historyFile) NO_COLOR=1 \(mqtBinary) seeds/prevent-in-london-2021-11-29.txt\(pipe); echo EXITED $?; sleep 60"
        for _ in 0..<5 {
            _ = try? tmux(["kill-server"])
            _ = try tmux(["new-session", "-d", "-x", "100", "-y", "40", command])
            for _ in 0..<40 where try tmux(["list-sessions"]).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
            if try !tmux(["list-sessions"]).isEmpty { return }
        }
    }

    static let namedKeys: Set<String> = ["Tab", "Enter", "Up", "C-c", "C-d", "C-u", "C-t"]

    /// Types text literally, or presses a named key.
    func keys(_ keys: String...) throws {
        for key in keys {
            try tmux(Self.namedKeys.contains(key) ? ["send-keys", key] : ["send-keys", "-l", key])
        }
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    func waitFor(_ text: String, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = try screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let needle = text.trimmingCharacters(in: .whitespaces)
            if lines.contains(where: { $0.contains(needle) }) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for '\(text)'; screen:\n\(try screen())")
        throw XCTSkip("stopping after a timeout")
    }

    func waitFor(lastLine: String, timeout: TimeInterval = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = try screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.last == lastLine { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for the last line '\(lastLine)'; screen:\n\(try screen())")
        throw XCTSkip("stopping after a timeout")
    }

    /// Runs tmux on this test's own server through /bin/sh (popen), output captured. Foundation's
    /// Process waits for ever on the client that starts tmux's daemonised server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let quoted = (["TERM=xterm-256color", "/usr/bin/tmux", "-L", socket, "-f", configFile] + arguments.map(Self.shellQuote))
            .joined(separator: " ")
        let capture = arguments.first == "capture-pane" || arguments.first == "list-sessions"
        let redirect = capture ? " 2>/dev/null </dev/null" : " >/dev/null 2>/dev/null </dev/null"
        guard let pipe = popen("unset TMUX; " + quoted + redirect, "r") else { return "" }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
