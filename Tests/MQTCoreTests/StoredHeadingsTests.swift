import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// Every heading level above a speech is stored (`speeches.headings`), read back, exported and
/// loaded again; a version 2 store is upgraded to version 3 when opened.
final class StoredHeadingsTests: XCTestCase {
    static let levels = ["Oral Answers to Questions", "Home Office", "Visas: British National (Overseas)"]

    func parsed() -> ParsedTranscript {
        ParsedTranscript(
            transcript: Transcript(title: "Visas", body: "House of Commons", section: "debates", date: "2023-12-12", format: "parlparse"),
            speeches: [
                Speech(sourceID: "h.1", speaker: "A Member", headings: Self.levels, paragraphs: ["Three levels."]),
                Speech(sourceID: "h.2", speaker: "A Member", headings: ["Only one"], paragraphs: ["One level."]),
            ])
    }

    func testThreeLevelsSurviveStoreExportAndLoad() throws {
        let store = try Store()
        _ = try store.add(parsed(), sourceFile: "visas", contentHash: "visas")
        let speech = try XCTUnwrap(try store.speeches(withID: "h.1").first)
        XCTAssertEqual(speech.headings, Self.levels)
        XCTAssertEqual(speech.heading, "Oral Answers to Questions")
        XCTAssertEqual(speech.subheading, "Visas: British National (Overseas)")
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT headings FROM speeches WHERE speech_id = 'h.1'") },
            #"["Oral Answers to Questions","Home Office","Visas: British National (Overseas)"]"#)
        XCTAssertEqual(try store.speeches(withID: "h.2").first?.headings, ["Only one"])

        var lines: [String] = []
        try store.exportSpeeches { lines.append($0.jsonLine) }
        XCTAssertTrue(lines[0].contains(#""headings": ["Oral Answers to Questions", "Home Office", "Visas: British National (Overseas)"]"#))
        let read = try JSONLinesReader().read(Data(lines.joined(separator: "\n").utf8), path: "all.jsonl")
        let copy = try Store()
        _ = try copy.add(XCTUnwrap(read.first), sourceFile: "all.jsonl", contentHash: "copy")
        XCTAssertEqual(try copy.speeches(withID: "h.1").first?.headings, Self.levels)
        var again: [String] = []
        try copy.exportSpeeches { again.append($0.jsonLine) }
        XCTAssertEqual(again, lines)
    }

    func testAVersion2StoreIsUpgraded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        do {
            // A version 2 store: no `headings` column, no `speech_duplicates`.
            let store = try Store(path: path)
            _ = try store.add(parsed(), sourceFile: "visas", contentHash: "visas")
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE speech_duplicates")
                try db.execute(sql: "ALTER TABLE speeches DROP COLUMN headings")
                try db.execute(sql: "ALTER TABLE speeches DROP COLUMN sentences")
                try db.execute(sql: "UPDATE mqt_meta SET value = '2' WHERE key = 'schema_version'")
            }
        }
        let store = try Store(path: path)
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") }, "5")
        XCTAssertEqual(
            try store.speeches(withID: "h.1").first?.headings,
            ["Oral Answers to Questions", "Visas: British National (Overseas)"], "version 2 kept the outermost and innermost")
        XCTAssertEqual(try store.speeches(withID: "h.2").first?.headings, ["Only one"])
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speech_duplicates") }, 0)
    }
}
