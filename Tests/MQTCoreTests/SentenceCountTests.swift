import Foundation
import GRDB
import XCTest
@testable import MQTCore

/// Sentences as `SentenceSplitter` defines them: the count agrees with the split, the rule holds on
/// hand-made text, and the store keeps each speech's count (a version 3 store gains it on open).
final class SentenceCountTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testTheRuleOnHandMadeText() {
        // By hand: "Mr." is an abbreviation; "No!" ends inside its closing quote; a digit starts a
        // sentence; "J." is an initial; a lower-case word after "agreed." does not start one; a
        // blank line always ends one. Six sentences.
        let text = "Mr. Smith spoke. He said: “No!” Why 2021? 2022 was worse. J. Bloggs agreed. and so on.\n\nA new paragraph"
        XCTAssertEqual(
            SentenceSplitter.sentences(in: text),
            ["Mr. Smith spoke.", "He said: “No!”", "Why 2021?", "2022 was worse.", "J. Bloggs agreed. and so on.", "A new paragraph"])
        XCTAssertEqual(SentenceSplitter.count(in: text), 6)
        XCTAssertEqual(SentenceSplitter.count(in: ""), 0)
        XCTAssertEqual(SentenceSplitter.count(in: " \n\n \n\n"), 0)
        XCTAssertEqual(SentenceSplitter.count(in: "No full stop at all"), 1)
        XCTAssertEqual(SentenceSplitter.count(in: "e.g. This is one. i.e. That too"), 1, "e.g. ends nothing, and i.e. starts in lower case")
    }

    func testCountAgreesWithTheSplitOnEveryFixtureSpeech() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds"])
        var speeches = 0
        try store.forEachSpeech(in: SpeechSelection.everything) { speech in
            speeches += 1
            let stored = try? store.read { try Int.fetchOne($0, sql: "SELECT sentences FROM speeches WHERE id = ?", arguments: [speech.rowID]) }
            XCTAssertEqual(stored, SentenceSplitter.sentences(in: speech.text).count, speech.speechID)
            return true
        }
        XCTAssertGreaterThan(speeches, 500)
    }

    func testAVersion3StoreGainsSentenceCountsOnOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        do {
            let store = try Store(path: path)
            _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "ALTER TABLE speeches DROP COLUMN sentences")
                try db.execute(sql: "ALTER TABLE speech_duplicates DROP COLUMN sentences")
                try db.execute(sql: "UPDATE mqt_meta SET value = '3' WHERE key = 'schema_version'")
            }
        }
        let store = try Store(path: path)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") }, String(Schema.schemaVersion))
        // 46 and 15: counted by hand from the seed's seven speeches (13 + 11 + 22; 1 + 5 + 7 + 2).
        let sums = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT speaker, sum(sentences) AS n FROM speeches GROUP BY speaker ORDER BY speaker")
                .map { "\($0["speaker"] as String) \($0["n"] as Int)" }
        }
        XCTAssertEqual(sums, ["Sadiq Khan 46", "Unmesh Desai 15"])
    }

    func testAVersion5StoreRecountsSentencesOnOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        do {
            let store = try Store(path: path)
            _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "UPDATE speeches SET sentences = 0")
                try db.execute(sql: "UPDATE mqt_meta SET value = '5' WHERE key = 'schema_version'")
            }
        }
        let store = try Store(path: path)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") }, String(Schema.schemaVersion))
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT sum(sentences) FROM speeches") }, 61, "46 + 15, as above")
    }
}
