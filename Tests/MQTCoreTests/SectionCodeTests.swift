import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// One section, one code, whatever the source: every reader's transcripts carry a code from
/// `SectionCode.all`, with that code's body.
final class SectionCodeTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Lords written answers: 36 from ParlParse `lordswrans/`, 8 rows of the API answer and the
    /// 4 records of the Lords written-answers page (HL gids, once `wrans` with body House of Lords),
    /// less the one record the API and the page both hold (2023-12-12.HL1090.q1, stored once).
    func testLordsWrittenAnswersAreLordswransFromEverySource() throws {
        let store = try Store()
        let seeds = Self.root + "/seeds"
        _ = try Loader(store: store).load([
            seeds + "/parlparse-2009/lordswrans", seeds + "/twfy-api-json", seeds + "/twfy-html",
        ])
        let count = { (query: String) in try store.countMatches(try store.compileQuery(query)).speeches }
        XCTAssertEqual(try count("section:lordswrans"), 47)
        XCTAssertEqual(try count("section:lordswrans body:\"House of Lords\""), 47)
        XCTAssertEqual(try count("section:wrans body:\"House of Lords\""), 0)
        XCTAssertEqual(try count("section:wrans"), try count("section:wrans body:\"House of Commons\""))
    }

    func testEverySeedTranscriptHasAKnownCodeWithItsBody() throws {
        let store = try Store()
        let report = try Loader(store: store).load([Self.root + "/seeds"])
        XCTAssertEqual(report.failures.count, 0)
        let pairs = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT section, body FROM transcripts").map {
                ($0["section"] as String, $0["body"] as String)
            }
        }
        XCTAssertFalse(pairs.isEmpty)
        for (section, body) in pairs {
            let code = try XCTUnwrap(SectionCode.named(section), "unknown section code \(section)")
            if let expected = code.body { XCTAssertEqual(body, expected, section) }
        }
    }

    func testCodesAreUniqueAndDescribed() {
        XCTAssertEqual(Set(SectionCode.all.map(\.code)).count, SectionCode.all.count)
        XCTAssertTrue(SectionCode.all.allSatisfy { !$0.meaning.isEmpty })
        XCTAssertEqual(SectionCode.named("lordswrans")?.meaning, "Lords written answers")
        XCTAssertEqual(SectionCode.named("lordswms")?.body, "House of Lords")
    }
}
