import Foundation
import XCTest

/// `--safe` and `set safe on`: a script someone sent cannot run programs, read or write outside
/// its folder, overwrite files or open another database (issue "Reliability and security").
final class SafeModeTests: XCTestCase {
    /// A script's folder with the seed and a subfolder, and a folder beside it holding a
    /// transcript, a stop list and a link pointing out of the script's folder.
    private func folders() throws -> (inside: String, outside: String) {
        let root = try temporaryFolder()
        let inside = root + "/script", outside = root + "/elsewhere"
        for folder in [inside + "/sub", outside] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let seed = repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"
        try FileManager.default.copyItem(atPath: seed, toPath: inside + "/seed.txt")
        try FileManager.default.copyItem(atPath: seed, toPath: outside + "/other.txt")
        try "the\n".write(toFile: outside + "/stop.txt", atomically: true, encoding: .utf8)
        try "mqt> set width\n".write(toFile: outside + "/other.mqt", atomically: true, encoding: .utf8)
        try "old\n".write(toFile: inside + "/old.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: inside + "/sub/link.txt", withDestinationPath: outside + "/other.txt")
        // The folders as safe mode names them, links resolved.
        return (URL(fileURLWithPath: inside).resolvingSymlinksInPath().path, URL(fileURLWithPath: outside).resolvingSymlinksInPath().path)
    }

    func testEveryRefusalHasItsMessage() throws {
        let (inside, outside) = try folders()
        let refusals: [(String, String)] = [
            ("load \(outside)/other.txt", "safe mode: cannot read \(outside)/other.txt (outside \(inside))"),
            ("load ../elsewhere/other.txt", "safe mode: cannot read ../elsewhere/other.txt (outside \(inside))"),
            ("load sub/link.txt", "safe mode: cannot read sub/link.txt (outside \(inside))"),
            ("load --members ../elsewhere", "safe mode: cannot read ../elsewhere (outside \(inside))"),
            ("run ../elsewhere/other.mqt", "safe mode: cannot read ../elsewhere/other.mqt (outside \(inside))"),
            ("freq --stopwords ../elsewhere/stop.txt", "safe mode: cannot read ../elsewhere/stop.txt (outside \(inside))"),
            ("export ../elsewhere/x.csv", "safe mode: cannot write ../elsewhere/x.csv (outside \(inside))"),
            ("export ~/.bashrc --format markdown", "safe mode: cannot write ~/.bashrc (outside \(inside))"),
            ("export old.csv --force", "safe mode: --force is refused (nothing is overwritten)"),
            ("export old.csv", "old.csv already exists (add --force to overwrite it)"),
            ("record ../elsewhere/r.mqt", "safe mode: cannot write ../elsewhere/r.mqt (outside \(inside))"),
            ("record new.mqt --force", "safe mode: --force is refused (nothing is overwritten)"),
            ("open ../elsewhere/x.db", "safe mode: open is refused (no other database is opened)"),
            ("plugins add /bin/sh", "safe mode: plugins add is refused (no external program runs)"),
            ("set safe off", "safe mode cannot be turned off in this session"),
        ]
        for (command, message) in refusals {
            let result = try runMQT(["--safe", "-c", command], directory: inside)
            XCTAssertEqual(result.status, 1, command)
            XCTAssertEqual(result.stderr, "error: \(message)\n", command)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside).sorted(), ["other.mqt", "other.txt", "stop.txt"], "nothing written outside")
        XCTAssertEqual(try String(contentsOfFile: inside + "/old.csv", encoding: .utf8), "old\n", "nothing overwritten")
    }

    func testInsideTheFolderScriptsStillWork() throws {
        let (inside, _) = try folders()
        let result = try runMQT(
            ["--safe", "-c", "load seed.txt", "-c", "count police", "-c", "export sub/new.csv --no-provenance", "-c", "set safe"], directory: inside)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "loaded 1 transcript: 7 speeches by 2 speakers\n1 speech, 1 hit\nwrote 7 speeches (8432 bytes) to sub/new.csv\nsafe on\n")
        // Commands from standard input (the REPL's route when it is not a terminal) are confined too.
        let piped = try runMQT(["--safe"], stdin: "set safe\nopen x.db\n", directory: inside)
        XCTAssertEqual([piped.stdout, piped.stderr], ["safe on\n", "error: safe mode: open is refused (no other database is opened)\n"])
        // Without --safe the same commands are allowed.
        let free = try runMQT(["-c", "load ../elsewhere/other.txt", "-c", "set safe"], directory: inside)
        XCTAssertEqual(free.stdout, "loaded 1 transcript: 7 speeches by 2 speakers\nsafe off\n")
    }

    func testSetSafeOnConfinesTheRestOfTheSession() throws {
        let (inside, _) = try folders()
        let result = try runMQT(
            ["-c", "set on_error continue", "-c", "load ../elsewhere/other.txt", "-c", "set safe on", "-c", "open ../elsewhere/x.db", "-c", "set safe off", "-c", "set safe"],
            directory: inside)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "loaded 1 transcript: 7 speeches by 2 speakers\nsafe on\n")
        XCTAssertEqual(
            result.stderr,
            "error: safe mode: open is refused (no other database is opened)\nerror: safe mode cannot be turned off in this session\n")
    }

    func testRunAndTestConfineAScriptToItsOwnFolder() throws {
        let (inside, outside) = try folders()
        let script = "mqt> load seed.txt\nloaded 1 transcript: 7 speeches by 2 speakers\nmqt> load ../elsewhere/other.txt\nerror: safe mode: cannot read ../elsewhere/other.txt (outside [..]/script)\n"
        try script.write(toFile: inside + "/s.mqt", atomically: true, encoding: .utf8)
        // Run from the folder above: the script's folder, not the working directory, is the limit.
        let run = try runMQT(["run", "--safe", "script/s.mqt"], directory: inside + "/..")
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "loaded 1 transcript: 7 speeches by 2 speakers\n")
        XCTAssertEqual(run.stderr, "error: script/s.mqt:3: safe mode: cannot read ../elsewhere/other.txt (outside \(inside))\n")
        let before = try runMQT(["--safe", "run", "script/s.mqt"], directory: inside + "/..")
        XCTAssertEqual(before.stderr, run.stderr, "--safe before run")
        let test = try runMQT(["test", "--safe", "script/s.mqt"], directory: inside + "/..")
        XCTAssertEqual(test.stdout, "ok    script/s.mqt\n1 passed, 0 failed\n")
        // Without --safe the script's expected error does not happen.
        let free = try runMQT(["test", "script/s.mqt"], directory: inside + "/..")
        XCTAssertEqual(free.status, 1)
        _ = outside
    }

    func testSQLNeverAttachesAnotherDatabase() throws {
        let (inside, outside) = try folders()
        let result = try runMQT(["-c", "sql ATTACH '\(outside)/new.db' AS other"], directory: inside)
        XCTAssertEqual(result.stderr, "error: sql reads this store only: ATTACH is refused\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside + "/new.db"))
    }

    func testHelpSaysWhatSafeModeGuarantees() throws {
        let help = try runMQT(["-c", "help safe"])
        XCTAssertTrue(help.stdout.hasPrefix("Safe mode, for running a script someone else wrote: `mqt --safe -c ...`"), help.stdout)
        XCTAssertTrue(help.stdout.contains("open (another database) and plugins add (an external program) are refused"), help.stdout)
        XCTAssertTrue(try runMQT(["--help"]).stdout.contains("--safe"))
    }
}
