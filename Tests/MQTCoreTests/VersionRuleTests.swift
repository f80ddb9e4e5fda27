import Foundation
import XCTest

@testable import MQTCore

/// A ParlParse day may come as several files (a, b, c): only the newest counts, whatever the order.
final class VersionRuleTests: XCTestCase {
    static let wms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/seeds/parlparse-2009/wms/ministerial2009-10-26"

    func stored(_ store: Store) throws -> [String] {
        try store.read { db in
            try String.fetchAll(
                db, sql: "SELECT version || ':' || (SELECT count(*) FROM speeches s WHERE s.transcript_id = t.id) FROM transcripts t")
        }
    }

    func testEveryLoadOrderKeepsOnlyTheNewestVersion() throws {
        for order in [["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"], ["c", "a", "b"]] {
            let store = try Store()
            for version in order {
                _ = try Loader(store: store).load([Self.wms + "\(version).xml"])
            }
            XCTAssertEqual(try stored(store), ["c:8"], "order \(order)")
            XCTAssertEqual(
                try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speech_fts_docsize") }, 8,
                "the replaced versions' speeches leave the index too (order \(order))")
            XCTAssertEqual(
                try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'regardless'") },
                1, "order \(order)")
        }
    }

    func testOutcomesInBothOrders() throws {
        func parsed(_ version: String) throws -> ParsedTranscript {
            let path = Self.wms + "\(version).xml"
            return try XCTUnwrap(try ParlParseReader().read(Data(contentsOf: URL(fileURLWithPath: path)), path: path).first)
        }
        let forward = try Store()
        XCTAssertEqual(try forward.add(parsed("a"), sourceFile: "a", contentHash: "ha"), .added(speeches: 0))
        XCTAssertEqual(try forward.add(parsed("b"), sourceFile: "b", contentHash: "hb"), .replaced(speeches: 3))
        XCTAssertEqual(try forward.add(parsed("c"), sourceFile: "c", contentHash: "hc"), .replaced(speeches: 8))
        XCTAssertEqual(try forward.add(parsed("c"), sourceFile: "c", contentHash: "hc"), .unchanged)
        XCTAssertEqual(try stored(forward), ["c:8"])

        let backward = try Store()
        XCTAssertEqual(try backward.add(parsed("c"), sourceFile: "c", contentHash: "hc"), .added(speeches: 8))
        XCTAssertEqual(try backward.add(parsed("b"), sourceFile: "b", contentHash: "hb"), .superseded)
        XCTAssertEqual(try backward.add(parsed("a"), sourceFile: "a", contentHash: "ha"), .superseded)
        XCTAssertEqual(try stored(backward), ["c:8"])
    }

    func testLoadingAFolderWithEveryVersion() throws {
        let store = try Store()
        let report = try Loader(store: store).load([(Self.wms as NSString).deletingLastPathComponent])
        XCTAssertEqual(report.failures.count, 0)
        XCTAssertEqual(try stored(store), ["c:8"])
        XCTAssertEqual(report.transcripts, 1, "a and b were replaced by c in the same load: one day counts once")
        XCTAssertEqual(report.speeches, 8)
        let again = try Loader(store: store).load([(Self.wms as NSString).deletingLastPathComponent])
        XCTAssertEqual(again.transcripts, 0, "loading the same files twice changes nothing")
        XCTAssertEqual(again.unchangedFiles.count, 3)
    }
}
