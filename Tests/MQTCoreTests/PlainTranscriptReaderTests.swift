import Foundation
import XCTest

@testable import MQTCore

/// Plain `Speaker: text` transcripts in the London Assembly's layout. The fixture in seeds/plain is
/// constructed (the seed transcript's text re-set in that layout, see seeds/README.md); the other
/// inputs here are synthetic, with made-up names.
final class PlainTranscriptReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private static let fixture = root + "/seeds/plain/mqt-prevent-in-london-2021-11-29.txt"
    private static let seed = root + "/seeds/prevent-in-london-2021-11-29.txt"
    private let reader = PlainTranscriptReader()

    private func read(_ text: String) throws -> ParsedTranscript {
        let parsed = try reader.read(Data(text.utf8), path: "x.txt")
        return try XCTUnwrap(parsed.first)
    }

    func testTheFixtureReadsAsTheSeedDoes() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture))
        XCTAssertEqual(ReaderRegistry.reader(for: data, fileName: "mqt.txt")?.format, "plain-transcript")
        let parsed = try reader.read(data, path: Self.fixture)
        XCTAssertEqual(parsed.count, 1)
        let transcript = parsed[0].transcript
        XCTAssertEqual(transcript.title, "London Assembly Mayor’s Question Time")
        XCTAssertEqual([transcript.body, transcript.section, transcript.date], ["London Assembly", "lmqs", "2021-11-29"])
        let speeches = parsed[0].speeches
        XCTAssertEqual(speeches.map(\.kind), [.question, .answer, .question, .answer, .question, .answer, .question])
        XCTAssertEqual(Set(speeches.map(\.speaker)), ["Unmesh Desai", "Sadiq Khan"])
        XCTAssertEqual(speeches[1].role, "Mayor of London")
        XCTAssertNil(speeches[0].role)
        XCTAssertTrue(speeches.allSatisfy { $0.headings == ["Prevent in London"] })
        XCTAssertEqual(speeches.map(\.paragraphs.count), [1, 4, 2, 3, 2, 4, 1])

        let seedData = try Data(contentsOf: URL(fileURLWithPath: Self.seed))
        XCTAssertEqual(ReaderRegistry.reader(for: seedData, fileName: "seed.txt")?.format, "twfy-text")
        let seed = try TWFYTextReader().read(seedData, path: Self.seed)[0].speeches
        let seedTexts = seed.map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        XCTAssertEqual(speeches.map(\.text), seedTexts, "the seed's words; no-break spaces read as spaces")
    }

    func testLabels() throws {
        let chair = try XCTUnwrap(PlainTurnLabel(line: "Caroline Pidgeon MBE AM (Deputy Chair): Thank you."))
        XCTAssertEqual(chair, PlainTurnLabel(line: "Caroline Pidgeon MBE AM (Deputy Chair):  Thank you."))
        XCTAssertEqual([chair.name, chair.role, chair.rest], ["Caroline Pidgeon", "Deputy Chair", "Thank you."])
        XCTAssertNil(chair.party)
        let mayor = try XCTUnwrap(PlainTurnLabel(line: "Sadiq Khan (Mayor of London): Yes."))
        XCTAssertEqual([mayor.name, mayor.role], ["Sadiq Khan", "Mayor of London"])
        let member = try XCTUnwrap(PlainTurnLabel(line: "Unmesh Desai AM:"))
        XCTAssertEqual(member.name, "Unmesh Desai")
        XCTAssertNil(member.role)
        XCTAssertEqual(member.rest, "")
        XCTAssertNil(PlainTurnLabel(line: "Len Duvall (AM): Right.")?.role, "(AM) is letters, not a role")
        XCTAssertEqual(PlainTurnLabel(line: "Ann Example (Labour): Right.")?.party, "Labour")
        XCTAssertEqual(PlainTurnLabel(line: "Dr Ann van der Example AM: Right.")?.name, "Dr Ann van der Example")
        XCTAssertNil(PlainTurnLabel(line: "Mr Mayor: that is not a label."))
        XCTAssertNil(PlainTurnLabel(line: "Note (important): not a name."))
        XCTAssertNil(PlainTurnLabel(line: "We met at 10:30 AM: not a label."))
        XCTAssertNil(PlainTurnLabel(line: "Thank you, Chair AM: no."))
    }

    func testQuestionLinesWrappedLinesAndTheChair() throws {
        let parsed = try read(
            """
            Appendix 2
            London Assembly (Mayor’s Question Time) – 17 November 2010

            Ann Example OBE AM (Chair): We start with
            the first question.

            2010/0001 - Buses at night Dr Ben Sample AM

            Will you run more night buses?

            Carl Mayorson MP (Mayor of London): Yes.

            Ben Sample AM: When?
            Carl Mayorson MP (Mayor of London): Soon.

            3739/2010 - Tax
            Dee Sample

            Which matters more?
            """)
        XCTAssertEqual(parsed.transcript.title, "London Assembly (Mayor’s Question Time)")
        XCTAssertEqual(parsed.transcript.date, "2010-11-17")
        let speeches = parsed.speeches
        XCTAssertEqual(speeches.map(\.speaker), ["Ann Example", "Dr Ben Sample", "Carl Mayorson", "Ben Sample", "Carl Mayorson", "Dee Sample"])
        XCTAssertEqual(speeches.map(\.kind), [.speech, .question, .answer, .question, .answer, .question])
        XCTAssertEqual(speeches[0].text, "We start with the first question.")
        XCTAssertEqual(speeches[0].headings, [])
        XCTAssertEqual(speeches[1].headings, ["Buses at night"])
        XCTAssertEqual(speeches[5].headings, ["Tax"])
        XCTAssertEqual(speeches[5].text, "Which matters more?")
    }

    func testOtherMeetingsAndErrors() throws {
        let committee = try read(
            """
            Select Committee, House of Commons – 2 March 2022

            Ann Example MP (Chair): Welcome.

            Ben Sample MP: Thank you.
            """)
        XCTAssertEqual([committee.transcript.body, committee.transcript.section], ["House of Commons", "debates"])
        XCTAssertEqual(committee.transcript.title, "Select Committee, House of Commons")
        XCTAssertEqual(committee.speeches.map(\.kind), [.speech, .speech], "questions and answers only at MQT")
        XCTAssertThrowsError(try read("Ann Example AM: Hello.\n\nBen Sample AM: Hi.\n")) { error in
            XCTAssertEqual(
                "\(error)",
                "x.txt:1:1: no date in the header (expected a line such as 'Mayor’s Question Time – 18 July 2019')")
        }
        XCTAssertThrowsError(try reader.read(Data([0x41, 0xFF, 0x3A]), path: "x.txt")) { error in
            XCTAssertEqual("\(error)", "x.txt:1:2: not valid UTF-8 (byte 0xFF)")
        }
    }

    func testLoadsIntoTheStore() throws {
        let store = try Store()
        let report = try Loader(store: store).load([Self.root + "/seeds/plain"])
        XCTAssertEqual(report.failures.map(\.error), [])
        XCTAssertEqual([report.transcripts, report.speeches], [1, 7])
    }
}
