import Foundation
import XCTest

/// `kill -9` part way through a load: the store passes `integrity-check` (SQLite, FTS5 and mqt's
/// own rules), and loading the same files again gives exactly the counts of a clean load.
final class KillDuringLoadTests: XCTestCase {
    func testAStoreKilledMidLoadIsWholeAndReloadsToTheCleanCounts() throws {
        let folder = try temporaryFolder()
        try writeGeneratedCSV(to: folder + "/big.csv", rows: 2500, stride: 5)
        let paths = [repositoryRoot + "/seeds", folder + "/big.csv"]
        let totals = "info --format json"
        let started = Date()
        let clean = try runMQT(["--db", "clean.db", "-c", totals] + paths, directory: folder)
        let duration = Date().timeIntervalSince(started)
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertTrue(clean.stdout.contains("\"speeches\": 3265,"), clean.stdout)

        // Kill points, as shares of the clean load's time: early, a third of the way, past half way.
        var killedWhileLoading = 0
        for (index, share) in [0.1, 0.35, 0.6].enumerated() {
            let delay = duration * share
            let store = "killed\(index).db"
            if try killedLoad(into: store, of: paths, in: folder, after: delay) { killedWhileLoading += 1 }

            let check = try runMQT(["--db", store, "-c", "integrity-check --format tsv"], directory: folder)
            XCTAssertEqual(check.status, 0, "after a kill at \(delay) s: \(check.stdout)\(check.stderr)")
            XCTAssertEqual(check.stdout.components(separatedBy: "\n").filter { $0.contains("\tok\t") }.count, 8, check.stdout)
            let reloaded = try runMQT(["--db", store, "-c", totals] + paths, directory: folder)
            XCTAssertEqual(reloaded.status, 0, reloaded.stderr)
            XCTAssertEqual(reloaded.stdout, clean.stdout, "after a kill at \(delay) s")
            let recheck = try runMQT(["--db", store, "-c", "integrity-check"], directory: folder)
            XCTAssertEqual(recheck.status, 0, recheck.stdout + recheck.stderr)
        }
        // On a busy machine a load may end sooner than timed; most kills must still hit one.
        XCTAssertGreaterThanOrEqual(killedWhileLoading, 2)
    }

    /// A file of 32 MB or more is stored a part at a time in one transaction: killed part way, it
    /// leaves nothing of itself, and the store is whole.
    func testAStoreKilledWhileStoringALargeFileInPartsIsWholeAndReloadsToTheCleanCounts() throws {
        let folder = try temporaryFolder()
        let path = folder + "/lordswrans2009-10-29a.xml"
        try writeLargeParlParseFile(to: path, megabytes: 33)
        let totals = "info --format json"
        let started = Date()
        let clean = try runMQT(["--db", "clean.db", "-c", totals, path], directory: folder)
        let duration = Date().timeIntervalSince(started)
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertTrue(clean.stdout.contains("\"transcripts\": 1,"), clean.stdout)

        var killedWhileLoading = 0
        for (index, share) in [0.2, 0.5].enumerated() {
            let delay = duration * share
            let store = "killed\(index).db"
            if try killedLoad(into: store, of: [path], in: folder, after: delay) { killedWhileLoading += 1 }

            let check = try runMQT(["--db", store, "-c", "integrity-check --format tsv"], directory: folder)
            XCTAssertEqual(check.status, 0, "after a kill at \(delay) s: \(check.stdout)\(check.stderr)")
            XCTAssertEqual(check.stdout.components(separatedBy: "\n").filter { $0.contains("\tok\t") }.count, 8, check.stdout)
            // The file whole (killed after its commit, while the indexes were built) or nothing of it.
            let stored = try runMQT(["--db", store, "-c", "info --format json"], directory: folder)
            XCTAssertTrue(
                stored.stdout.contains("\"transcripts\": 0,") || stored.stdout == clean.stdout,
                "after a kill at \(delay) s: \(stored.stdout)")
            let reloaded = try runMQT(["--db", store, "-c", totals, path], directory: folder)
            XCTAssertEqual(reloaded.stdout, clean.stdout, "after a kill at \(delay) s")
        }
        XCTAssertGreaterThanOrEqual(killedWhileLoading, 1)
    }

    /// A ParlParse file of about `megabytes` MB: the speeches of a seed day repeated, each copy's
    /// ids made its own, so every speech stays distinct.
    private func writeLargeParlParseFile(to path: String, megabytes: Int) throws {
        let seed = try String(
            contentsOfFile: repositoryRoot + "/seeds/parlparse-2009/lordswrans/lordswrans2009-10-29a.xml", encoding: .isoLatin1)
        let open = try XCTUnwrap(seed.range(of: "<publicwhip scrapeversion=\"a\" latest=\"yes\">"))
        let close = try XCTUnwrap(seed.range(of: "</publicwhip>", options: .backwards))
        let body = String(seed[open.upperBound..<close.lowerBound])
        FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        // The file declares ISO-8859-1: its bytes are written back as they were.
        func bytes(_ text: some StringProtocol) -> Data { String(text).data(using: .isoLatin1) ?? Data() }
        try file.write(contentsOf: bytes(seed[..<open.upperBound]))
        var written = 0
        var copy = 0
        while written < megabytes << 20 {
            let piece = bytes(body.replacingOccurrences(of: "wrans/2009-10-29a.", with: "wrans/2009-10-29a.r\(copy)."))
            try file.write(contentsOf: piece)
            written += piece.count
            copy += 1
        }
        try file.write(contentsOf: bytes(seed[close.lowerBound...]))
    }

    /// Starts `mqt --db store -c 'load PATHS'` and kills it with SIGKILL after `delay` seconds;
    /// true when it was still running.
    private func killedLoad(into store: String, of paths: [String], in folder: String, after delay: TimeInterval) throws -> Bool {
        let loader = Process()
        loader.executableURL = URL(fileURLWithPath: mqtBinary)
        loader.arguments = ["--db", store, "-c", "load " + paths.joined(separator: " ")]
        loader.currentDirectoryURL = URL(fileURLWithPath: folder)
        loader.standardOutput = FileHandle.nullDevice
        loader.standardError = FileHandle.nullDevice
        try loader.run()
        usleep(useconds_t(delay * 1_000_000))
        let wasRunning = loader.isRunning
        kill(loader.processIdentifier, SIGKILL)
        loader.waitUntilExit()
        return wasRunning
    }
}
