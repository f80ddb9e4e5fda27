import Foundation
import GRDB
import XCTest
@testable import MQTCore

/// The full-text table is declared so Datasette and sqlite-utils recognise it (`content="speeches"`),
/// and a version 4 store (`content='speeches'`) is upgraded on open with its index rebuilt.
final class FTSDeclarationTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let seed = root + "/seeds/prevent-in-london-2021-11-29.txt"

    static func declaration(_ store: Store) throws -> String? {
        try store.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'speech_fts'") }
    }

    static func matches(_ store: Store, _ word: String) throws -> Int? {
        try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH ?", arguments: [word]) }
    }

    func testAFreshStoreDeclaresItsContentTableInDoubleQuotes() throws {
        let store = try Store()
        let sql = try XCTUnwrap(try Self.declaration(store))
        XCTAssertTrue(sql.contains(#"content="speeches""#), sql)
        XCTAssertFalse(sql.contains("content='speeches'"), sql)
    }

    func testAVersion4StoreIsRedeclaredAndReindexedOnOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        do {
            let store = try Store(path: path)
            _ = try Loader(store: store).load([Self.seed])
            // What version 4 declared, with its index filled as a load filled it.
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE speech_fts")
                try db.execute(
                    sql: """
                        CREATE VIRTUAL TABLE speech_fts USING fts5(
                          text, speaker, party, role,
                          content='speeches', content_rowid='id',
                          tokenize='unicode61 remove_diacritics 2')
                        """)
                try db.execute(sql: "INSERT INTO speech_fts(speech_fts) VALUES('rebuild')")
                try db.execute(sql: "UPDATE mqt_meta SET value = '4' WHERE key = 'schema_version'")
            }
            XCTAssertEqual(try Self.declaration(store)?.contains("content='speeches'"), true)
        }
        let store = try Store(path: path)
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") },
            String(Schema.schemaVersion))
        XCTAssertEqual(try Self.declaration(store)?.contains(#"content="speeches""#), true)
        // "cricket" is in 2 of the seed's 7 speeches (freq's documents column); "prevent" in 4.
        XCTAssertEqual(try Self.matches(store, "cricket"), 2)
        XCTAssertEqual(try Self.matches(store, "prevent"), 4)
        XCTAssertEqual(
            try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'speeches_fts_delete'") }, 1)
    }
}
