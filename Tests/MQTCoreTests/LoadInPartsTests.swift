import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// A large file is stored a part at a time as it is parsed, in one transaction (`Loader.storeInParts`):
/// the store it gives is the store the file read whole gives, and a file that fails part way, or a
/// load cancelled part way, leaves nothing of it. Tests read every file in parts (`partsFrom` 0)
/// of a speech or a few each.
final class LoadInPartsTests: XCTestCase {
    private static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/seeds"

    /// A new folder, removed when the test ends.
    private func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-parts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    private func loader(_ store: Store, partBytes: Int) -> Loader {
        var loader = Loader(store: store)
        loader.partsFrom = 0
        loader.partBytes = partBytes
        return loader
    }

    /// Every row a load leaves, ids and all, but not the time of loading.
    private func contents(_ store: Store) throws -> [String] {
        try store.read { db in
            let tables = [
                "SELECT id, title, body, section, date, source_file, source_url, format, version_key, version, content_hash FROM transcripts",
                "SELECT * FROM speeches", "SELECT * FROM speech_duplicates", "SELECT * FROM qa_pairs",
                "SELECT rowid, * FROM speech_fts WHERE speech_fts MATCH 'the OR minister OR school'",
            ]
            return try tables.flatMap { sql in
                try Row.fetchAll(db, sql: sql + " ORDER BY 1").map { "\(sql.prefix(30)): \($0)" }
            }
        }
    }

    func testTheSeedsLoadedInPartsGiveTheStoreTheyGiveLoadedWhole() throws {
        let whole = try Store()
        let wholeReport = try Loader(store: whole).load([Self.seeds])
        for partBytes in [1, 3000] {
            let store = try Store()
            let report = try loader(store, partBytes: partBytes).load([Self.seeds])
            XCTAssertEqual(report.loadedFiles, wholeReport.loadedFiles, "\(partBytes)")
            XCTAssertEqual(report.unchangedFiles, wholeReport.unchangedFiles)
            XCTAssertEqual(report.transcripts, wholeReport.transcripts)
            XCTAssertEqual(report.speeches, wholeReport.speeches)
            XCTAssertEqual(report.bytes, wholeReport.bytes)
            XCTAssertEqual(report.failures.map(\.error), wholeReport.failures.map(\.error))
            XCTAssertEqual(try contents(store), try contents(whole), "\(partBytes)")
            XCTAssertEqual(try store.integrityChecks().filter { !$0.ok }.map(\.name), [])

            let again = try loader(store, partBytes: partBytes).load([Self.seeds])
            XCTAssertEqual(again.transcripts, 0, "the same files again change nothing")
            XCTAssertEqual(again.loadedFiles, [])
            XCTAssertEqual(try contents(store), try contents(whole))
        }
    }

    func testAFileThatFailsPartWayLeavesNothingOfItAndTheOtherFilesLoad() throws {
        let folder = try temporaryFolder()
        let source = Self.seeds + "/parlparse-2009/lordswrans/lordswrans2009-10-29a.xml"
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        // Cut near the end: dozens of speeches parse (and are handed on) before the file fails.
        let cut = folder + "/a-lordswrans2009-10-29a.xml"
        try data.prefix(data.count * 9 / 10).write(to: URL(fileURLWithPath: cut))
        try FileManager.default.copyItem(
            atPath: Self.seeds + "/parlparse-2009/wms/ministerial2009-10-26c.xml", toPath: folder + "/b-ministerial2009-10-26c.xml")
        let wholeError = try XCTUnwrap(Loader(store: Store()).load([cut]).failures.first?.error)

        let store = try Store()
        var progress: [LoadProgress] = []
        let report = try loader(store, partBytes: 1).load([folder]) { progress.append($0) }
        XCTAssertEqual(report.failures.map(\.file), [cut])
        XCTAssertEqual(report.failures.map(\.error), [wholeError])
        XCTAssertTrue(wholeError.hasPrefix(cut + ":"), wholeError)
        XCTAssertEqual(report.loadedFiles, [folder + "/b-ministerial2009-10-26c.xml"])
        XCTAssertEqual(report.speeches, 8)
        XCTAssertEqual(report.bytes, Loader.size(of: cut) + Loader.size(of: folder + "/b-ministerial2009-10-26c.xml"))
        XCTAssertGreaterThan(progress.count, 20, "progress after every part")
        XCTAssertEqual(
            try store.read { try String.fetchAll($0, sql: "SELECT source_file FROM transcripts") },
            [folder + "/b-ministerial2009-10-26c.xml"])
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speeches") }, 8)
        XCTAssertEqual(try store.integrityChecks().filter { !$0.ok }.map(\.name), [])
    }

    func testALoadCancelledPartWayThroughAFileStoresNothingOfIt() throws {
        let store = try Store()
        var asked = 0
        let path = Self.seeds + "/parlparse-2009/lordswrans/lordswrans2009-10-29a.xml"
        let report = try loader(store, partBytes: 1).load(
            [path],
            isCancelled: {
                asked += 1
                return asked > 3
            })
        XCTAssertGreaterThan(asked, 3, "asked between parts")
        XCTAssertEqual(report.loadedFiles, [])
        XCTAssertEqual(report.failures.count, 0)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM transcripts") }, 0)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speeches") }, 0)
        let resumed = try loader(store, partBytes: 1).load([path])
        XCTAssertEqual(resumed.loadedFiles, [path])
        XCTAssertEqual(try store.integrityChecks().filter { !$0.ok }.map(\.name), [])
    }

    func testAnIDRepeatedInALaterPartTakesASuffixAsItDoesInAFileReadWhole() throws {
        let folder = try temporaryFolder()
        let path = folder + "/debates2009-10-28a.xml"
        func speech(_ id: String, _ text: String) -> String {
            "<speech id=\"uk.org.publicwhip/debate/2009-10-28a.\(id)\" speakername=\"A\"><p>\(text)</p></speech>\n"
        }
        let xml = "<publicwhip>\n" + speech("1.0", "one") + speech("2.0", "two") + speech("1.0", "one again")
            + speech("3.0", "three") + speech("1.0", "one more") + speech("2.0", "two again") + "</publicwhip>\n"
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        func ids(_ store: Store) throws -> [String] {
            try store.read { try String.fetchAll($0, sql: "SELECT substr(speech_id, 38) || ' ' || text FROM speeches WHERE speech_id LIKE '%debate%' ORDER BY seq") }
        }
        let whole = try Store()
        _ = try Loader(store: whole).load([path])
        let expected = ["1.0 one", "2.0 two", "1.0~2 one again", "3.0 three", "1.0~3 one more", "2.0~2 two again"]
        XCTAssertEqual(try ids(whole), expected)
        // Into an empty store (the load's own map of ids) and into one holding another file (the
        // speech-id index), a speech a part.
        let parts = try Store()
        let other = try Store()
        _ = try Loader(store: other).load([Self.seeds + "/parlparse-2009/wms/ministerial2009-10-26c.xml"])
        _ = try loader(parts, partBytes: 1).load([path])
        _ = try loader(other, partBytes: 1).load([path])
        XCTAssertEqual(try ids(other), expected)
        XCTAssertEqual(try ids(parts), expected)
    }

    /// The seeds exported as JSON Lines, with one transcript's lines moved apart (a hand-made file
    /// may interleave them), a blank line and no line end at the end.
    private func writeJSONLines(to path: String) throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.seeds])
        var lines: [String] = []
        try store.exportSpeeches(rowIDs: nil) { lines.append($0.jsonLine) }
        let moved = lines.remove(at: 3)
        lines.insert(moved, at: lines.count - 5)
        lines.insert("", at: 10)
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    func testALargeJSONLinesFileReadTwiceFromDiskGivesTheStoreItGivesReadWhole() throws {
        let folder = try temporaryFolder()
        let path = folder + "/corpus.jsonl"
        try writeJSONLines(to: path)
        let whole = try Store()
        let wholeReport = try Loader(store: whole).load([path])
        XCTAssertEqual(wholeReport.failures.map(\.error), [])
        XCTAssertGreaterThan(wholeReport.transcripts, 50)

        // Groups of whole transcripts, and the transcripts over 20,000 bytes of lines in parts.
        var groups = 0, parts = 0, transcripts = 0, bytes = 0
        try JSONLinesReader().stream(path: path, groupBytes: 20_000) { piece, covered in
            bytes += covered
            switch piece {
            case .transcripts(let group):
                groups += 1
                transcripts += group.count
            case .part(_, _, let last):
                parts += 1
                transcripts += last ? 1 : 0
            }
        }
        XCTAssertGreaterThan(groups, 5)
        XCTAssertGreaterThan(parts, 2)
        XCTAssertEqual(transcripts, wholeReport.transcripts)
        XCTAssertEqual(bytes, Loader.size(of: path))

        for partBytes in [1, 20_000] {
            let store = try Store()
            let report = try loader(store, partBytes: partBytes).load([path])
            XCTAssertEqual(report.failures.map(\.error), [])
            XCTAssertEqual(report.loadedFiles, [path])
            XCTAssertEqual(report.transcripts, wholeReport.transcripts)
            XCTAssertEqual(report.speeches, wholeReport.speeches)
            XCTAssertEqual(report.bytes, wholeReport.bytes)
            XCTAssertEqual(try contents(store), try contents(whole), "\(partBytes)")
            let again = try loader(store, partBytes: partBytes).load([path])
            XCTAssertEqual(again.unchangedFiles, [path], "the same hashes as read whole")
            XCTAssertEqual(again.transcripts, 0)
        }
    }

    func testABadLineInALargeJSONLinesFileStoresNothingAndNamesTheLine() throws {
        let folder = try temporaryFolder()
        let path = folder + "/corpus.jsonl"
        try writeJSONLines(to: path)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += "\n{\"speaker\": \"A\", \"date\": 2021"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let wholeError = try XCTUnwrap(Loader(store: Store()).load([path]).failures.first?.error)
        let store = try Store()
        let report = try loader(store, partBytes: 1).load([path])
        XCTAssertEqual(report.failures.map(\.error), [wholeError])
        XCTAssertTrue(wholeError.hasPrefix(path + ":"), wholeError)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM transcripts") }, 0)
    }
}
