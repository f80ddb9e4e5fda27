import Foundation
import GRDB
import XCTest

/// Opening stores with real processes: another application's SQLite file is refused untouched;
/// readers run while another process loads; a read-only store or folder can be queried but not
/// loaded into.
final class StoreAccessTests: XCTestCase {
    /// Runs `mqt` as user nobody (root writes read-only files regardless of their mode).
    func runAsNobody(_ arguments: [String], directory: String) throws -> ProcessResult {
        guard getuid() == 0 else { return try runMQT(arguments, directory: directory) }
        return try runProcess(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", mqtBinary] + arguments, directory: directory)
    }

    func testAnotherApplicationsSQLiteFileIsRefusedAndLeftUntouched() throws {
        let folder = try temporaryFolder()
        let other = folder + "/shop.db"
        try DatabaseQueue(path: other).write { db in
            try db.execute(sql: "CREATE TABLE orders(id INTEGER PRIMARY KEY, item TEXT); INSERT INTO orders(item) VALUES ('tea')")
            try db.execute(sql: "CREATE TABLE customers(name TEXT)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let message = "error: shop.db is not an mqt store (it holds other tables: customers, orders); it was left untouched\n"
        let direct = try runMQT(["--db", "shop.db", "-c", "info"], directory: folder)
        XCTAssertEqual(direct.status, 1)
        XCTAssertEqual(direct.stdout, "")
        XCTAssertEqual(direct.stderr, message)
        let opened = try runMQT(["-c", "open shop.db"], directory: folder)
        XCTAssertEqual(opened.status, 1)
        XCTAssertEqual(opened.stderr, message)
        // Not a byte changed, no WAL switch, no -wal or -shm file made.
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["shop.db"])
    }

    func testAReadOnlyStoreAndAStoreInAReadOnlyFolderAnswerQueriesAndRefuseLoads() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/store", withIntermediateDirectories: true)
        let made = try runMQT(["--db", folder + "/store/corpus.db", "-c", "info --format tsv", repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"], directory: folder)
        XCTAssertEqual(made.status, 0, made.stderr)
        // Root may write anything: the queries run as nobody, who may read but not write.
        chmod(folder, 0o755)
        chmod(folder + "/store/corpus.db", 0o444)
        for folderMode: mode_t in [0o777, 0o555] {
            chmod(folder + "/store", folderMode)
            let query = try runAsNobody(["--db", "store/corpus.db", "-c", "count prevent", "-c", "search cricket --limit 1 --format tsv"], directory: folder)
            XCTAssertEqual(query.stderr, "", "folder mode \(String(folderMode, radix: 8))")
            XCTAssertEqual(query.status, 0)
            XCTAssertEqual(query.stdout.components(separatedBy: "\n").first, "4 speeches, 10 hits")
            XCTAssertEqual(query.stdout.components(separatedBy: "\n").count, 4)
            let load = try runAsNobody(["--db", "store/corpus.db", "-c", "load " + repositoryRoot + "/seeds/plain"], directory: folder)
            XCTAssertEqual(load.stderr, "error: store/corpus.db is read-only: cannot load\n")
            XCTAssertEqual(load.status, 1)
            let check = try runAsNobody(["--db", "store/corpus.db", "-c", "integrity-check --format tsv"], directory: folder)
            XCTAssertEqual(check.status, 0, check.stderr)
            XCTAssertEqual(
                check.stdout.components(separatedBy: "\n").dropFirst(3).first, "fts5\tskipped\tnot run: the store is read-only and FTS5 checks through a write")
        }
        chmod(folder + "/store", 0o755)
        chmod(folder + "/store/corpus.db", 0o644)
        let after = try runMQT(["--db", "store/corpus.db", "-c", "load " + repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"], directory: folder)
        XCTAssertEqual(after.stdout + after.stderr, "loaded 0 transcripts (1 file unchanged)\n")
    }

    func testReadersRunWhileAnotherProcessLoads() throws {
        let folder = try temporaryFolder()
        // 6,000 one-speech transcripts (about 4.6 MB): a load of several seconds in a debug build.
        try writeGeneratedCSV(to: folder + "/big.csv", rows: 6000)
        let loader = Process()
        loader.executableURL = URL(fileURLWithPath: mqtBinary)
        loader.arguments = ["--db", "corpus.db", "-c", "load big.csv"]
        loader.currentDirectoryURL = URL(fileURLWithPath: folder)
        loader.standardOutput = FileHandle.nullDevice
        loader.standardError = FileHandle.nullDevice
        try loader.run()
        defer { if loader.isRunning { loader.terminate() } }
        // Wait for the store to exist, then query it while the load goes on.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: folder + "/corpus.db-wal") && Date() < deadline { usleep(20_000) }
        // A second writer waits for the load (Store.busyTimeout, 30 s, is longer than this load).
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: mqtBinary)
        writer.arguments = ["--db", "corpus.db", "-c", "load " + repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"]
        writer.currentDirectoryURL = URL(fileURLWithPath: folder)
        let writerOutput = Pipe()
        writer.standardOutput = writerOutput
        writer.standardError = writerOutput
        try writer.run()
        var readsDuringLoad = 0
        while loader.isRunning && Date() < deadline {
            for command in ["info --format json", "count knife", "search knife --limit 1 --format tsv"] {
                let result = try runMQT(["--db", "corpus.db", "-c", command], directory: folder)
                XCTAssertEqual(result.stderr, "", command)
                XCTAssertEqual(result.status, 0, command)
            }
            if loader.isRunning { readsDuringLoad += 1 }
        }
        loader.waitUntilExit()
        XCTAssertEqual(loader.terminationStatus, 0)
        let written = String(decoding: writerOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        writer.waitUntilExit()
        // Its speakers are its own two, not the load's forty it waited for.
        XCTAssertEqual(written, "loaded 1 transcript: 7 speeches by 2 speakers\n")
        XCTAssertEqual(writer.terminationStatus, 0)
        XCTAssertGreaterThan(readsDuringLoad, 0, "no query ran while the load did")
        // Row r's word j is words[(7j + r) mod 14]; "knife" is words[0].
        let words = generatedCSVWords
        let hits = (0..<6000).reduce(0) { sum, row in sum + (0..<100).filter { ($0 * 7 + row) % words.count == 0 }.count }
        let total = try runMQT(["--db", "corpus.db", "-c", "count knife section:transcript"], directory: folder)
        XCTAssertEqual(total.stdout, "\((0..<6000).filter { row in (0..<100).contains { ($0 * 7 + row) % words.count == 0 } }.count) speeches, \(hits) hits\n")
    }
}
