import Foundation
import MQTPlugins
import MQTShell
import XCTest

/// Speeches exported as JSON Lines by the `export` command load into a new session as the same
/// corpus: the same totals, groups, word counts and records (the store's own ids aside).
final class ExportRoundTripTests: XCTestCase {
    func testEverySeedExportedAndLoadedIntoANewStoreIsTheSameCorpus() throws {
        let folder = NSTemporaryDirectory() + "mqt-export-round-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot)
        XCTAssertNil(original.execute("load seeds").error)
        let written = original.execute("export \(folder)/corpus.jsonl")
        XCTAssertNil(written.error)
        XCTAssertFalse(written.output.hasPrefix("wrote 0 "), written.output)
        let copy = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        let loaded = copy.execute("load corpus.jsonl")
        XCTAssertNil(loaded.error)
        XCTAssertTrue(loaded.output.hasPrefix("loaded "), loaded.output)
        for line in [
            "info --format json", "count --by speaker --format json", "count --by section --format json",
            "stats --by kind --format json", "freq --top 100 --format json", "count police --by date --format json",
        ] {
            XCTAssertEqual(copy.execute(line).output, original.execute(line).output, line)
        }
        XCTAssertEqual(Self.withoutStoreIDs(copy.execute("export - --no-provenance").output), Self.withoutStoreIDs(original.execute("export - --no-provenance").output))
    }

    /// Records without `transcript_id`, which each store numbers its own way.
    static func withoutStoreIDs(_ jsonl: String) -> [String] {
        jsonl.split(separator: "\n").map { line in
            line.replacingOccurrences(of: #"^\{"transcript_id": [0-9]+, "#, with: "{", options: .regularExpression)
        }
    }
}
