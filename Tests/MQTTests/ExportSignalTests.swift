import Foundation
import XCTest

/// No `.NAME.PID.partial` file outlives its export: SIGTERM and SIGINT (in `-c` mode, where no
/// Ctrl-C handler runs) remove it before the process dies; after `kill -9` the next export to the
/// folder removes it, and leaves a live process's partial file alone.
final class ExportSignalTests: XCTestCase {
    /// A store of 6,000 one-speech transcripts: an export of it takes long enough to be caught.
    func bigStore(in folder: String) throws -> String {
        try writeGeneratedCSV(to: folder + "/big.csv", rows: 6000)
        let load = try runMQT(["--db", "corpus.db", "-c", "load big.csv"], directory: folder)
        XCTAssertEqual(load.stdout, "loaded 6000 transcripts: 6000 speeches by 40 speakers\n")
        return folder + "/corpus.db"
    }

    /// Starts `export out/all.jsonl` and sends `signal` once its partial file exists; returns the
    /// process, ended, and the partial file's name.
    func interruptedExport(store: String, folder: String, signal: Int32) throws -> (Process, String) {
        let export = Process()
        export.executableURL = URL(fileURLWithPath: mqtBinary)
        export.arguments = ["--db", store, "-c", "export all.jsonl --format jsonl"]
        export.currentDirectoryURL = URL(fileURLWithPath: folder)
        export.standardOutput = FileHandle.nullDevice
        export.standardError = FileHandle.nullDevice
        try export.run()
        let partial = ".all.jsonl.\(export.processIdentifier).partial"
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: folder + "/" + partial) && export.isRunning && Date() < deadline { usleep(1000) }
        kill(export.processIdentifier, signal)
        export.waitUntilExit()
        return (export, partial)
    }

    func testSignalsRemoveThePartialFileAndTheNextExportRemovesOneLeftByKill9() throws {
        let root = try temporaryFolder()
        let store = try bigStore(in: root)
        for (signal, name) in [(SIGTERM, "term"), (SIGINT, "int")] {
            let folder = root + "/" + name
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let (export, _) = try interruptedExport(store: store, folder: folder, signal: signal)
            XCTAssertEqual(export.terminationReason, .uncaughtSignal, name)
            XCTAssertEqual(export.terminationStatus, signal, name)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], name)
        }
        let folder = root + "/kill"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (killed, partial) = try interruptedExport(store: store, folder: folder, signal: SIGKILL)
        XCTAssertEqual(killed.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [partial])
        // A live process's partial file (this test's), and one named without a pid, stay.
        let live = ".other.csv.\(getpid()).partial"
        for name in [live, ".notes.partial"] { FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)) }
        let again = try runMQT(["--db", store, "-c", "count prevention | export few.csv"], directory: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), [".notes.partial", live, "few.csv", "few.csv.meta.json"].sorted())
    }
}
