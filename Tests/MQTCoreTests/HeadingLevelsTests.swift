import Foundation
import XCTest

@testable import MQTCore

/// `Speech.headings` holds every heading level above a speech, outermost first: the middle ones too
/// (the store's two heading columns are another matter).
final class HeadingLevelsTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The real Oireachtas record nests each priority question's `debateSection` in the
    /// Priority Questions one.
    func testOireachtasNestedSectionsGiveBothLevels() throws {
        let path = Self.repo + "/seeds/akoma-ntoso/oireachtas/dail-2020-07-30.akn.xml"
        let speeches = try AkomaNtosoReader().read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
            .flatMap(\.speeches)
        let levels = speeches.reduce(into: [Int: Int]()) { $0[$1.headings.count, default: 0] += 1 }
        XCTAssertEqual(levels, [1: 19, 2: 96])
        XCTAssertEqual(
            speeches.first { $0.headings.count == 2 }?.headings,
            ["Ceisteanna ar Sonraíodh Uain Dóibh - Priority Questions", "State Examinations"])
    }

    func testAkomaNtosoKeepsEveryLevelAndSkipsUntitledSections() throws {
        let xml = """
            <akomaNtoso><debate name="Official Report"><meta><identification><FRBRWork>
            <FRBRuri value="/akn/ie/debateRecord/dail/2020-07-30/debate/main"/></FRBRWork></identification></meta>
            <debateBody><debateSection><heading>Questions</heading>
              <debateSection><heading>Education</heading>
                <debateSection><debateSection><heading>School Transport</heading>
                  <speech by="#a"><p>Deep.</p></speech></debateSection></debateSection>
                <speech by="#a"><p>Middle.</p></speech>
              </debateSection>
              <speech by="#a"><p>Outer.</p></speech>
            </debateSection></debateBody></debate></akomaNtoso>
            """
        let speeches = try AkomaNtosoReader().read(Data(xml.utf8), path: "dail.xml").flatMap(\.speeches)
        XCTAssertEqual(
            speeches.map(\.headings),
            [["Questions", "Education", "School Transport"], ["Questions", "Education"], ["Questions"]])
    }

    func testTEIKeepsEveryLevel() throws {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Day</title></titleStmt>
            </fileDesc></teiHeader><text><body>
            <div><head>Business</head><div><head>Bill</head><div><head>Clause 1</head>
            <u who="#a"><seg>Deep.</seg></u></div><u who="#a"><seg>Middle.</seg></u></div></div>
            </body></text></TEI>
            """
        let speeches = try TEIReader().read(Data(xml.utf8), path: "/nowhere/ParlaMint-GB_2017-09-07.xml")
            .flatMap(\.speeches)
        XCTAssertEqual(speeches.map(\.headings), [["Business", "Bill", "Clause 1"], ["Business", "Bill"]])
    }
}
