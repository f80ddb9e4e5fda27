import Foundation
import XCTest

@testable import MQTCore

/// Akoma Ntoso debate records. Expected numbers come from python3 (`bench/load-reference-counts.py`).
final class AkomaNtosoReaderTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func read(_ path: String) throws -> ParsedTranscript {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try XCTUnwrap(ReaderRegistry.reader(for: data, fileName: (path as NSString).lastPathComponent))
        XCTAssertEqual(reader.format, "akoma-ntoso")
        return try XCTUnwrap(try reader.read(data, path: path).first)
    }

    func testOireachtasSpeakersQuestionsAndNestedHeadings() throws {
        let t = try Self.read(Self.repo + "/seeds/akoma-ntoso/oireachtas/dail-2020-07-30.akn.xml")
        XCTAssertEqual(t.transcript.body, "Dáil Éireann")
        XCTAssertEqual(t.transcript.section, "dail")
        XCTAssertEqual(t.transcript.date, "2020-07-30")
        let kinds = t.speeches.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
        XCTAssertEqual(kinds, [.speech: 102, .question: 13])
        XCTAssertEqual(Set(t.speeches.map(\.speaker)).count, 24)
        XCTAssertEqual(ParlParseReaderTests.characters(t), 103613)

        let first = try XCTUnwrap(t.speeches.first)
        XCTAssertEqual(first.sourceID, "/akn/ie/debateRecord/dail/2020-07-30/debate#spk_1")
        XCTAssertEqual(first.speaker, "Robert Troy")
        XCTAssertEqual(first.speakerID, "Robert-Troy.D.2011-03-09")
        XCTAssertEqual(first.role, "Minister of State at the Department of Business, Enterprise and Innovation")
        XCTAssertEqual(first.time, "09:30:00")
        XCTAssertEqual(first.headings, ["Companies (Miscellaneous Provisions) (Covid-19) Bill 2020: Second Stage"])
        XCTAssertEqual(first.paragraphs.first, "I move: \"That the Bill be now a Second Time.\"")

        let chair = try XCTUnwrap(t.speeches.first { $0.sourceID?.hasSuffix("#spk_2") == true })
        XCTAssertEqual(chair.speaker, "Catherine Connolly", "by= names the person")
        XCTAssertEqual(chair.role, "An Leas-Cheann Comhairle", "the chair's role as written in <from>")

        let question = try XCTUnwrap(t.speeches.first { $0.kind == .question })
        XCTAssertEqual(question.speaker, "Donnchadh Ó Laoghaire")
        XCTAssertEqual(
            question.headings, ["Ceisteanna ar Sonraíodh Uain Dóibh - Priority Questions", "State Examinations"])
        XCTAssertTrue(question.text.hasPrefix("1. Deputy Donnchadh Ó Laoghaire asked the Minister for Education"))
    }

    func testZAHansardFlavourResolvesIDReferences() throws {
        let t = try Self.read(Self.repo + "/seeds/akoma-ntoso/za-hansard/502914_1.xml")
        XCTAssertEqual(t.transcript.body, "Parliament of South Africa")
        XCTAssertEqual(t.transcript.date, "2013-02-14")
        XCTAssertEqual(
            t.speeches.map(\.speaker),
            ["The SPEAKER", "The PRESIDENT OF THE REPUBLIC", "The SPEAKER", "The CHAIRPERSON OF THE NCOP"])
        XCTAssertEqual(t.speeches.map { $0.speakerID ?? "" }.first, "the-speaker")
        XCTAssertEqual(t.speeches[1].headings, ["PROCEEDINGS AT JOINT SITTING", "ADDRESS BY PRESIDENT OF THE REPUBLIC"])
        XCTAssertEqual(ParlParseReaderTests.characters(t), 33034)
    }

    func testFullCorporaMatchTheReadme() throws {
        let corpora = Self.repo + "/../shared/corpora"
        guard FileManager.default.fileExists(atPath: corpora + "/za-hansard") else {
            throw XCTSkip("../shared/corpora is absent: full-corpus counts not checked")
        }
        let store = try Store()
        let report = try Loader(store: store).load([corpora + "/oireachtas-akn-2020", corpora + "/za-hansard/akn"])
        XCTAssertEqual(report.failures.count, 0, "\(report.failures)")
        let (_, sections) = try store.summary()
        let dail = try XCTUnwrap(sections.first { $0.section == "dail" })
        XCTAssertEqual(dail.kinds, ["speech": 736, "question": 13], "README: 736 speeches, 13 PQs")
        XCTAssertEqual(dail.speakers, 81)
        let za = sections.filter { ["na", "joint"].contains($0.section ?? "") }
        XCTAssertEqual(za.reduce(0) { $0 + $1.speeches }, 312, "README: 312 speeches in 6 files")
        XCTAssertEqual(za.reduce(0) { $0 + $1.transcripts }, 6)
    }
}
