import Foundation
import XCTest

@testable import MQTCore

/// ParlaMint TEI with its `-meta.tsv`.
final class TEIReaderTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testUtterancesResolveThroughTheMetadataTSV() throws {
        let path = Self.repo + "/seeds/parlamint-gb-sample/ParlaMint-GB_2017-09-07-commons.xml"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try XCTUnwrap(ReaderRegistry.reader(for: data, fileName: (path as NSString).lastPathComponent))
        XCTAssertEqual(reader.format, "parlamint-tei")
        let t = try XCTUnwrap(try reader.read(data, path: path).first)
        XCTAssertEqual(t.transcript.body, "House of Commons")
        XCTAssertEqual(t.transcript.section, "debates")
        XCTAssertEqual(t.transcript.date, "2017-09-07")
        XCTAssertEqual(
            t.speeches.map(\.speaker),
            ["Stephen Nathan Kinnock", "David Michael Davis", "Robert John Blackman", "Marcus Charles Jones"])
        XCTAssertEqual(t.speeches.map { $0.party ?? "" }, ["Labour", "Conservative", "Conservative", "Conservative"])
        XCTAssertEqual(t.speeches.map { $0.speakerID ?? "" }.first, "StephenKinnock")
        XCTAssertEqual(t.speeches.first?.sourceID, "ParlaMint-GB_2017-09-07-commons.u1")
        XCTAssertEqual(t.speeches.first?.headings, ["Membership of the European Economic Area"])
        XCTAssertEqual(t.speeches.last?.paragraphs.count, 3, "one paragraph per <seg>")
        XCTAssertEqual(t.speeches.last?.paragraphs.last, "Question put and agreed to.")
        XCTAssertFalse(t.speeches.contains { $0.text.contains("House adjourned") }, "notes are not speech")
        XCTAssertEqual(ParlParseReaderTests.characters(t), 1102)
    }

    func testWithoutTheTSVTheWhoIDStands() throws {
        let source = Self.repo + "/seeds/parlamint-gb-sample/ParlaMint-GB_2017-09-07-commons.xml"
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let t = try XCTUnwrap(try TEIReader().read(data, path: "/nonexistent/ParlaMint-GB_2017-09-07-commons.xml").first)
        XCTAssertEqual(t.speeches.first?.speaker, "StephenKinnock")
        XCTAssertNil(t.speeches.first?.party)
    }

    func testLoadingTheFolderSkipsTheTSV() throws {
        let store = try Store()
        let report = try Loader(store: store).load([Self.repo + "/seeds/parlamint-gb-sample"])
        XCTAssertEqual(report.transcripts, 1)
        XCTAssertEqual(report.speeches, 4)
        XCTAssertEqual(report.skippedFiles.map { ($0 as NSString).lastPathComponent }, ["ParlaMint-GB_2017-09-07-commons-meta.tsv"])
    }
}
