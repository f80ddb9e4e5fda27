import Foundation
import GRDB
import XCTest
@testable import MQTCore

/// `Store.runSQL`: plain values back, one statement at a time, and no write gets through, on a file
/// store (a second, read-only connection) and an in-memory one (query_only).
final class StoreSQLTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let seed = root + "/seeds/prevent-in-london-2021-11-29.txt"

    func stores() throws -> [Store] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-sql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let stores = [try Store(), try Store(path: folder.appendingPathComponent("s.db").path)]
        for store in stores { _ = try Loader(store: store).load([Self.seed]) }
        return stores
    }

    func testValuesComeBackAsSQLiteStoresThem() throws {
        for store in try stores() {
            let result = try store.runSQL("SELECT 1 AS a, 2.5 AS b, NULL AS c, x'00ff' AS d, 'x' AS a")
            XCTAssertEqual(result.columns, ["a", "b", "c", "d", "a"])
            XCTAssertEqual(result.rows, [[.integer(1), .real(2.5), .null, .blob(Data([0, 255])), .text("x")]])
            XCTAssertEqual(try store.runSQL("SELECT count(*) FROM speeches").rows, [[.integer(7)]])
        }
    }

    func testWritesAndSecondStatementsAreRefused() throws {
        for store in try stores() {
            for write in ["DELETE FROM speeches", "DROP TABLE speeches", "CREATE TABLE t(x)", "INSERT INTO mqt_meta VALUES ('k', 'v')"] {
                XCTAssertThrowsError(try store.runSQL(write), write) { error in
                    XCTAssertEqual("\(error)", "sql is read-only: attempt to write a readonly database", write)
                }
            }
            _ = try store.runSQL("PRAGMA query_only = 0")
            XCTAssertThrowsError(try store.runSQL("DELETE FROM speeches")) { error in
                XCTAssertEqual("\(error)", "sql is read-only: attempt to write a readonly database")
            }
            XCTAssertThrowsError(try store.runSQL("SELECT 1; DELETE FROM speeches")) { error in
                XCTAssertEqual("\(error)", "sql: one statement at a time")
            }
            XCTAssertThrowsError(try store.runSQL("SELEC 1")) { error in
                XCTAssertEqual("\(error)", #"sql: near "SELEC": syntax error"#)
            }
            XCTAssertEqual(try store.runSQL("SELECT count(*) FROM speeches").rows, [[.integer(7)]])
            // The store itself still writes.
            try store.queue.write { try $0.execute(sql: "INSERT INTO mqt_meta VALUES ('k', 'v')") }
            XCTAssertEqual(try store.runSQL("SELECT value FROM mqt_meta WHERE key = 'k'").rows, [[.text("v")]])
        }
    }
}
