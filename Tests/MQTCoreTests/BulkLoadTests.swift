import Foundation
import XCTest

@testable import MQTCore

/// The bulk-load path: several files per transaction, the full-text index written in bulk, the
/// secondary indexes built at the end, and each file still whole or not at all.
final class BulkLoadTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mqt-bulk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A plain London Assembly transcript of one day with these turns.
    private func writeTranscript(_ name: String, day: Int, turns: [(String, String)]) throws {
        var text = "London Assembly Mayor’s Question Time – \(day) November 2021\n\n"
        for (speaker, words) in turns { text += "\(speaker): \(words)\n\n" }
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    private func count(_ store: Store, _ sql: String) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    private func checkIndex(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO speech_fts(speech_fts) VALUES ('integrity-check')")
        }
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM speech_fts_docsize"), try count(store, "SELECT count(*) FROM speeches"),
            "every speech is in the full-text index once", file: file, line: line)
    }

    func testALoadIntoAnEmptyStoreBuildsEveryIndexAndTheFullTextIndex() throws {
        let store = try Store()
        let report = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009"])
        XCTAssertEqual(report.failures.count, 0)
        let indexes = try store.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'speeches'")
        }
        XCTAssertEqual(
            Set(indexes), Set(Schema.speechIndexes.map(\.name) + ["speeches_by_transcript"]))
        try checkIndex(store)
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'regardless'"),
            try count(store, "SELECT count(*) FROM speeches WHERE text LIKE '%regardless%'"))
    }

    func testAFileTheStoreRefusesIsLeftOutAndTheOthersInTheSameBatchLoad() throws {
        let mayor = "Sadiq Khan (Mayor of London)"
        try writeTranscript(
            "a.txt", day: 1,
            turns: [("Ann Example AM", "A question about buses."), (mayor, "An answer about buses."), ("Ann Example AM", "Thanks.")])
        try writeTranscript(
            "b.txt", day: 2,
            turns: [(mayor, "Never stored."), ("Bad Speaker AM", "This file is refused."), (mayor, "Never stored.")])
        try writeTranscript(
            "c.txt", day: 3,
            turns: [("Cal Example AM", "A question about trams."), (mayor, "An answer."), ("Cal Example AM", "Thanks.")])
        let store = try Store()
        try store.queue.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER refuse BEFORE INSERT ON speeches WHEN new.speaker = 'Bad Speaker'
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                    """)
        }
        let report = try Loader(store: store).load([folder])
        XCTAssertEqual(report.failures.map(\.file), [folder + "/b.txt"])
        XCTAssertEqual(report.failures.first?.error, "database: \(folder)/b.txt: refused by the test")
        XCTAssertEqual(report.loadedFiles, [folder + "/a.txt", folder + "/c.txt"])
        XCTAssertEqual(report.speeches, 6)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speeches"), 6)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM transcripts"), 2)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'buses OR trams'"), 3)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'thanks'"), 2)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'refused'"), 0)
        try checkIndex(store)
    }

    func testAStoreOfSchemaVersion1IsUpgradedOnOpen() throws {
        let path = folder + "/v1.db"
        do {
            let store = try Store(path: path)
            try store.queue.write { db in
                // What version 1 had and version 2 does not: the insert trigger.
                try db.execute(
                    sql: """
                        CREATE TRIGGER speeches_fts_insert AFTER INSERT ON speeches BEGIN
                          INSERT INTO speech_fts(rowid, text, speaker, party, role)
                          VALUES (new.id, new.text, new.speaker, new.party, new.role);
                        END
                        """)
                try db.execute(sql: "UPDATE mqt_meta SET value = '1' WHERE key = 'schema_version'")
                try db.execute(sql: "DROP INDEX speeches_by_speaker")
                // What version 3 added.
                try db.execute(sql: "DROP TABLE speech_duplicates")
                try db.execute(sql: "ALTER TABLE speeches DROP COLUMN headings")
                try db.execute(sql: "ALTER TABLE speeches DROP COLUMN sentences")
            }
        }
        let store = try Store(path: path)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") }, "5")
        XCTAssertEqual(try count(store, "SELECT count(*) FROM sqlite_master WHERE name = 'speeches_fts_insert'"), 0)
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM sqlite_master WHERE name = 'speeches_by_speaker'"), 1,
            "an index a killed load left unbuilt is built on open")
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        try checkIndex(store)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'prevent'"), 4)
    }

    func testAFileStoreGetsItsSettingsBackAndItsLogCheckpointedAfterALoad() throws {
        let path = folder + "/corpus.db"
        let store = try Store(path: path)
        let before = try store.queue.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        let report = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009"])
        XCTAssertEqual(report.failures.count, 0)
        XCTAssertEqual(try store.queue.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }, before)
        XCTAssertEqual(try store.queue.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }, 1000)
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT v FROM speech_fts_config WHERE k = 'automerge'") }, "4")
        XCTAssertEqual(Loader.size(of: path + "-wal"), 0, "the log is copied into the database when load returns")
        XCTAssertEqual(
            try count(store, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'speeches'"),
            Schema.speechIndexes.count + 1)
        try checkIndex(store)
    }

    func testStatementSizesArePowersOfTwoAndEveryRowIsStored() throws {
        XCTAssertEqual(Store.RowBinder.rows(forRemaining: 1000, largest: 512), 512)
        XCTAssertEqual(Store.RowBinder.rows(forRemaining: 488, largest: 512), 256)
        XCTAssertEqual(Store.RowBinder.rows(forRemaining: 7, largest: 512), 4)
        XCTAssertEqual(Store.RowBinder.rows(forRemaining: 1, largest: 512), 1)
        XCTAssertEqual(Store.RowBinder.rows(forRemaining: 100, largest: 64), 64)

        let speeches = (1...1000).map { n in
            Speech(speaker: "Member \(n % 7)", kind: n.isMultiple(of: 2) ? .answer : .question, paragraphs: ["Words number \(n)."])
        }
        let transcript = Transcript(
            title: "A long sitting", body: "House of Commons", section: "debates", date: "2009-10-27", format: "test")
        let store = try Store()
        let outcome = try store.add(
            ParsedTranscript(transcript: transcript, speeches: speeches), sourceFile: "long.xml", contentHash: "h")
        XCTAssertEqual(outcome, .added(speeches: 1000))
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, speech_id, text, kind FROM speeches ORDER BY id")
        }
        XCTAssertEqual(rows.map { $0["seq"] as Int }, Array(1...1000))
        XCTAssertEqual(rows[487]["speech_id"] as String, "2009-10-27-a-long-sitting.488")
        XCTAssertEqual(rows[487]["text"] as String, "Words number 488.")
        XCTAssertEqual(rows[999]["kind"] as String, "answer")
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'number'"), 1000)
        try checkIndex(store)
    }
}
