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
            if wasRunning { killedWhileLoading += 1 }

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
}
