import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// An empty or blank id attribute is no id: the reader gives nil and the store makes its own
/// `DATE-TITLE.SEQ` id, instead of storing "" (which every such record would share). (An empty
/// TEI `xml:id` is not well-formed: libxml2 refuses the file.)
final class EmptySourceIDTests: XCTestCase {
    static let publicwhip = """
        <publicwhip scrapeversion="a" latest="yes">
        <minor-heading id="" nospeaker="true">Charities</minor-heading>
        <ques id="" speakername="Bob Spink"><p>First question about charities.</p></ques>
        <reply id="" speakername="Jonathan R Shaw"><p>First answer about charities.</p></reply>
        <ques id=" \t" speakername="Bob Spink"><p>Second question about charities.</p></ques>
        </publicwhip>
        """

    func testParlParseEmptyIDsAreNoIDsAndTheStoreMakesItsOwn() throws {
        let folder = NSTemporaryDirectory() + "mqt-empty-id-\(UUID().uuidString)/wrans"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let path = folder + "/wrans2009-10-29a.xml"
        try Self.publicwhip.write(toFile: path, atomically: true, encoding: .utf8)
        let parsed = try ParlParseReader().read(Data(Self.publicwhip.utf8), path: path)
        XCTAssertEqual(parsed.flatMap(\.speeches).map(\.sourceID), [nil, nil, nil])
        let store = try Store()
        let report = try Loader(store: store).load([path])
        XCTAssertEqual(report.speeches, 3)
        let ids = try store.read { try String.fetchAll($0, sql: "SELECT speech_id FROM speeches ORDER BY seq") }
        XCTAssertEqual(ids, ["2009-10-29-written-answers.1", "2009-10-29-written-answers.2", "2009-10-29-written-answers.3"])
    }

    func testAkomaNtosoAndQuestionJSONEmptyIDsAreNoIDs() throws {
        let akn = """
            <akomaNtoso><debate name="Official Report"><meta><identification><FRBRWork>
            <FRBRuri value="/akn/ie/debateRecord/dail/2020-07-30/debate/main"/></FRBRWork></identification></meta>
            <debateBody><debateSection eId=""><heading>Bill</heading>
            <speech by="#a" eId=""><p>One.</p></speech><speech by="#a" eId=" " id=""><p>Two.</p></speech>
            </debateSection></debateBody></debate></akomaNtoso>
            """
        let akoma = try AkomaNtosoReader().read(Data(akn.utf8), path: "dail.xml")
        XCTAssertEqual(akoma.flatMap(\.speeches).map(\.sourceID), [nil, nil])
        let questions = """
            [{"date": "2013-11-01", "identifier": "", "askedby": "A", "questionto": "Minister",
              "speeches": [{"intro": "1. A to ask:", "text": "Why?"}]}]
            """
        let za = try ZAQuestionsReader().read(Data(questions.utf8), path: "q.json")
        XCTAssertEqual(za.flatMap(\.speeches).map(\.sourceID), [nil])
    }

    func testABlankGidLeavesTheAPIRowOut() throws {
        let rows = """
            {"rows": [{"gid": " ", "hdate": "2023-12-11", "htype": "12", "major": "1", "body": "<p>Text.</p>"}]}
            """
        let result = try TWFYJSONReader().parse(Data(rows.utf8), path: "api.json")
        XCTAssertEqual(result.skippedRows, ["row 1 has no gid"])
    }
}
