import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `cite` on real transcripts: Hansard's house, date and column; the debate's heading as title.
final class CiteTests: XCTestCase {
    func testCitationsOnTheSeeds() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load parlparse-2009 parlparse-2023").error)
        let lords = "uk.org.publicwhip/wrans/2009-10-29a.171.1"
        XCTAssertEqual(session.execute("cite \(lords) --style oscola").output, "HL Deb 29 October 2009, col WA171")
        XCTAssertEqual(
            session.execute("cite \(lords)").output,
            "Lord Berkeley, \"Air Quality\", Lords written answers, 29 October 2009, http://www.publications.parliament.uk/pa/ld200809/ldhansrd/text/91029w0001.htm#09102934000626")
        let commons = "uk.org.publicwhip/debate/2023-03-28d.829.3"
        XCTAssertEqual(session.execute("cite \(commons) --style oscola").output, "HC Deb 28 March 2023, col 829")
        XCTAssertEqual(
            session.execute("cite \(commons) --style twfy --sentence 3").output,
            "“The report published by the Children’s Commissioner yesterday is truly shocking.” – Munira Wilson, Strip Searching of Children – House of Commons debates – in the House of Commons on 28th March 2023.")
        XCTAssertEqual(session.execute("cite \(commons) --style apa").error?.description.contains("--style takes one of plain, twfy, oscola, markdown, not 'apa'"), true)
    }
}
