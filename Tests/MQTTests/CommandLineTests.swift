import MQTKit
import XCTest

/// The `mqt` binary as scripts and people call it: flags, exit codes, stdout and stderr.
final class CommandLineTests: XCTestCase {
    let seed = "seeds/prevent-in-london-2021-11-29.txt"

    func testInfoAsJSONIsOneObjectWithTheTotals() throws {
        let result = try runMQT(["-c", "info", "--format", "json", seed])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["transcripts"] as? Int, 1)
        XCTAssertEqual(object?["speeches"] as? Int, 7)
        XCTAssertEqual(object?["speakers"] as? Int, 2)
        XCTAssertEqual(object?["words"] as? Int, 1266)
        XCTAssertEqual(object?["from"] as? String, "2021-11-29")
        XCTAssertEqual(object?["to"] as? String, "2021-11-29")
    }

    func testSeveralCommandsRunInOrderAndAnErrorExitsNonZero() throws {
        let result = try runMQT(["-c", "set width 100", "-c", "set width", "-c", "speakrs", "-c", "info", seed])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "width 100\n")
        XCTAssertEqual(result.stderr, "error: unknown command 'speakrs' (did you mean 'speakers'?)\n  speakrs\n  ^^^^^^^\n")
    }

    func testPipedStdinRunsCommandsWithoutAPrompt() throws {
        let result = try runMQT([seed], stdin: "set width\n# a comment\nmembers --format tsv\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stdout,
            "width 1000\nspeaker\tparty_or_role\tspeeches\twords\nUnmesh Desai\tLabour\t4\t323\nSadiq Khan\tMayor of London\t3\t943\n")
    }

    func testAMissingFileIsNamedAndNothingIsHalfLoaded() throws {
        let result = try runMQT(["-c", "info", "no-such.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: no-such.txt: no such file or folder\n")
    }

    func testAFileOfNoKnownFormatIsAnError() throws {
        let result = try runMQT(["-c", "load Makefile"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "loaded 0 transcripts\n")
        XCTAssertEqual(result.stderr, "error: Makefile: not a transcript in any format mqt reads\n")
    }

    func testADatabaseFileKeepsTheCorpusBetweenRuns() throws {
        let db = NSTemporaryDirectory() + "mqt-cli-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        XCTAssertEqual(try runMQT(["--db", db, "-c", "load \(seed)"]).stdout, "loaded 1 transcript: 7 speeches by 2 speakers\n")
        XCTAssertEqual(try runMQT(["--db", db, "-c", "load \(seed)"]).stdout, "loaded 0 transcripts (1 file unchanged)\n")
        let info = try runMQT(["--db", db, "-c", "info --format jsonl"])
        XCTAssertTrue(info.stdout.hasPrefix(#"{"transcripts": 1, "speeches": 7, "speakers": 2, "words": 1266,"#), info.stdout)
    }

    func testRunStopsAtTheFirstErrorAndNamesTheScriptLine() throws {
        let folder = try temporaryFolder()
        try "mqt> set width\nmqt> bogus\nmqt> set width 90\n".write(toFile: folder + "/a.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["run", folder + "/a.mqt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "width 1000\n")
        XCTAssertEqual(result.stderr, "error: \(folder)/a.mqt:2: unknown command 'bogus'\n  bogus\n  ^^^^^\n")
    }

    func testGlobalOptionsMayComeBeforeRun() throws {
        let folder = try temporaryFolder()
        let db = folder + "/corpus.db"
        try "mqt> load \(repositoryRoot)/\(seed)\nmqt> info --format jsonl\n".write(
            toFile: folder + "/a.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["--db", db, "run", folder + "/a.mqt"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("loaded 1 transcript: 7 speeches by 2 speakers\n{\"transcripts\": 1,"), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: db))
    }

    func testTestReportsDiffsAndTheClosingLine() throws {
        let folder = try temporaryFolder()
        try "# ok\nmqt> set width\nwidth 80\n".write(toFile: folder + "/good.mqt", atomically: true, encoding: .utf8)
        try "# stays\nmqt> set width\nwidth 81\n\n# also stays\n".write(toFile: folder + "/bad.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["test", folder])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stdout,
            """
            FAIL  \(folder)/bad.mqt
              \(folder)/bad.mqt:2: mqt> set width
                + width 80
                - width 81
            ok    \(folder)/good.mqt
            1 passed, 1 failed

            """)
        let updated = try runMQT(["test", "--update", folder])
        XCTAssertEqual(updated.status, 0)
        XCTAssertEqual(
            try String(contentsOfFile: folder + "/bad.mqt", encoding: .utf8),
            "# stays\nmqt> set width\nwidth 80\n\n# also stays\n")
        XCTAssertEqual(try runMQT(["test", folder]).stdout.components(separatedBy: "\n").dropLast().last, "2 passed, 0 failed")
    }

    // MARK: - the habits of sqlite3 and psql

    func testVersionAndTheHelpOfACommand() throws {
        XCTAssertEqual(try runMQT(["--version"]).stdout, MQTVersion.current + "\n")
        let help = try runMQT(["help", "count"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.hasPrefix("count [QUERY] [--by GROUP]\n"), help.stdout)
        XCTAssertTrue(try runMQT(["--help"]).stdout.contains("mqt [--db FILE] -c 'COMMAND' [-c ...] [PATH ...]"))
    }

    func testSemicolonsSeparateCommandsOutsideQuotes() throws {
        let result = try runMQT([seed, "-c", #"count prevent; count "prevent;" ;"#])
        XCTAssertEqual(result.stdout, "4 speeches, 10 hits\n4 speeches, 10 hits\n")
        XCTAssertEqual(try runMQT([seed, "-c", "# a comment; count prevent"]).stdout, "", "a comment is the whole line")
    }

    func testPipedLinesMayCarryThePromptAndAPlainFileRunsAsCommands() throws {
        XCTAssertEqual(try runMQT([seed], stdin: "mqt> count prevent\ncount cricket\n").stdout, "4 speeches, 10 hits\n2 speeches, 9 hits\n")
        let folder = try temporaryFolder()
        try "# commands, one a line\ncount prevent\ncount cricket\n".write(toFile: folder + "/plain.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["run", folder + "/plain.mqt", seed])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "4 speeches, 10 hits\n2 speeches, 9 hits\n")
    }

    /// Output to a pipe is never cut unless COLUMNS (or `set width`) says how wide it may be.
    func testPipedOutputFollowsColumnsAndIsOtherwiseNotCut() throws {
        XCTAssertEqual(try runMQT([seed, "-c", "set width"], environment: ["COLUMNS": "60"]).stdout, "width 60\n")
        let wide = try runMQT(["seeds/", "-c", "speakers --limit 3"]).stdout
        XCTAssertFalse(wide.contains("…"), wide)
        XCTAssertTrue(try runMQT(["seeds/", "-c", "set width 40", "-c", "speakers --limit 3"]).stdout.contains("…"))
    }

    func testNotesAndTimesGoToStandardErrorAndLoadIsARecord() throws {
        let loaded = try runMQT(["-c", "load seeds/twfy-api-json --format json"])
        XCTAssertTrue(loaded.stderr.hasPrefix("note: seeds/twfy-api-json/gethansard-hong-kong-subset.json: row 39 (gid 44006) has major \"F\""), loaded.stderr)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(loaded.stdout.utf8)) as? [String: Any], loaded.stdout)
        XCTAssertEqual(record["files"] as? Int, 1)
        XCTAssertEqual(record["transcripts"] as? Int, 77)
        XCTAssertEqual((record["notes"] as? [String])?.count, 1)
        // Paths on the command line: the summary is quiet, the note still shows.
        XCTAssertTrue(try runMQT(["seeds/twfy-api-json", "-c", "set width"]).stderr.hasPrefix("note: seeds/twfy-api-json/"))
        let timed = try runMQT([seed, "-c", "set timer on", "-c", "count prevent"])
        XCTAssertEqual(timed.stdout, "4 speeches, 10 hits\n")
        XCTAssertNotNil(timed.stderr.range(of: #"^time: \d+\.\d{3} s\ntime: \d+\.\d{3} s\n$"#, options: .regularExpression), timed.stderr)
    }

    /// The completion scripts offer the shell's options, the output formats and .db files.
    func testCompletionScriptsOfferOptionsFormatsAndDatabases() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try runMQT(["--generate-completion-script", shell]).stdout
            XCTAssertTrue(script.contains("format") && script.contains("jsonl") && script.contains("mqt"), shell)
        }
        let folder = try temporaryFolder()
        try runMQT(["--generate-completion-script", "bash"]).stdout.write(toFile: folder + "/mqt.bash", atomically: true, encoding: .utf8)
        for name in ["corpus.db", "notes.txt"] { FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()) }
        func complete(_ line: String) throws -> String {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }.joined(separator: " ")
            let script = """
                source ./mqt.bash; COMP_WORDS=(\(words)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE='\(line)'
                COMP_POINT=${#COMP_LINE}; _mqt mqt "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[@]}"
                """
            return try runProcess("/bin/bash", ["-c", script], directory: folder).stdout
        }
        XCTAssertEqual(try complete("mqt --format "), "table plain csv tsv json jsonl markdown\n")
        XCTAssertEqual(try complete("mqt --db "), "corpus.db\n")
        XCTAssertTrue(try complete("mqt --").contains("--db --format"))
    }
}
