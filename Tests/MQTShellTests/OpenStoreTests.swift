import Foundation
import XCTest
@testable import MQTShell

/// `open` of another store drops kept results that name speeches: their rows belong to the old store.
final class OpenStoreTests: XCTestCase {
    func testOpenClearsKeptSpeechesWithANoteAndKeepsOtherResults() throws {
        let db = NSTemporaryDirectory() + "mqt-open-\(UUID().uuidString).db"
        addTeardownBlock { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let session = try seededSession()
        XCTAssertEqual(session.execute("let hits = search prevent").transcript, "")
        XCTAssertEqual(session.execute("let x = search \"social media\"").transcript, "")
        XCTAssertEqual(session.execute("let people = members --format tsv").transcript, "")
        XCTAssertEqual(
            session.execute("open \(db)").transcript,
            "opened \(db): 0 transcripts, 0 speeches\nnote: cleared $hits, $x: they held speeches of the previous corpus")
        XCTAssertEqual(
            session.execute("$hits | count").transcript,
            "error: no result named '$hits' (keep one with: let hits = COMMAND)\n  $hits | count\n  ^^^^^")
        // A table is data, not rows of the store: it stays.
        XCTAssertEqual(session.execute("$people --format tsv").output, "speaker\tparty_or_role\tspeeches\twords\nUnmesh Desai\tLabour\t4\t323\nSadiq Khan\tMayor of London\t3\t943")
        XCTAssertEqual(session.execute("let y = search prevent").transcript, "")
        XCTAssertEqual(
            session.execute("open \(db)").transcript,
            "opened \(db): 0 transcripts, 0 speeches\nnote: cleared $y: it held speeches of the previous corpus")
        XCTAssertEqual(session.execute("open \(db)").transcript, "opened \(db): 0 transcripts, 0 speeches")
    }
}
