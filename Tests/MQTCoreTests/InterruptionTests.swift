import Foundation
import XCTest

@testable import MQTCore

/// Ctrl-C stops a long statement, but never a load's batch.
final class InterruptionTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    /// Counts to a billion: seconds of work unless something stops it.
    private static let longQuery =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c"

    override func tearDown() {
        Interruption.reset()
    }

    func testARequestStopsARunningStatement() throws {
        let store = try Store()
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { Interruption.request() }
        XCTAssertThrowsError(try store.read { try Int.fetchOne($0, sql: Self.longQuery) }) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_INTERRUPT)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "stopped well before the count could finish")
        Interruption.reset()
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM transcripts") }, 0)
    }

    func testALoadIsNotStoppedInsideABatchAndStatementsStopAgainAfterIt() throws {
        let store = try Store()
        Interruption.request()
        let report = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009"])
        XCTAssertEqual(report.failures.map(\.error), [])
        XCTAssertGreaterThan(report.speeches, 0)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM speeches") }, report.speeches)
        XCTAssertThrowsError(try store.read { try Int.fetchOne($0, sql: Self.longQuery) })
    }
}
