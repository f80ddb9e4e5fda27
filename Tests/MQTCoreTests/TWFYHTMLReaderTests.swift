import Foundation
import XCTest

@testable import MQTCore

/// TheyWorkForYou web pages: counts over the seed pages (computed independently with Python from
/// the HTML), speaker fields, entities, procedural items, truncation, and the full corpus folder.
final class TWFYHTMLReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private static let seeds = root + "/seeds/twfy-html"
    private let reader = TWFYHTMLReader()

    private func parse(_ name: String) throws -> ParsedTranscript {
        let path = Self.seeds + "/" + name
        let parsed = try reader.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        XCTAssertEqual(parsed.count, 1)
        return try XCTUnwrap(parsed.first)
    }

    private func parseFolder(_ folder: String) throws -> [ParsedTranscript] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }.sorted()
        return try names.flatMap { name -> [ParsedTranscript] in
            let path = folder + "/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertEqual(ReaderRegistry.reader(for: data, fileName: name)?.format, "twfy-html", name)
            return try reader.read(data, path: path)
        }
    }

    private func kinds(_ parsed: [ParsedTranscript]) -> [String: Int] {
        Dictionary(grouping: parsed.flatMap(\.speeches), by: \.kind.rawValue).mapValues(\.count)
    }

    private func speakers(_ parsed: [ParsedTranscript]) -> Int {
        Set(parsed.flatMap(\.speeches).map(\.speaker).filter { !$0.isEmpty }).count
    }

    func testSeedPagesCounts() throws {
        let parsed = try parseFolder(Self.seeds)
        XCTAssertEqual(parsed.count, 5)
        XCTAssertEqual(parsed.map(\.speeches.count), [2, 13, 6, 17, 4])
        XCTAssertEqual(kinds(parsed), ["speech": 38, "question": 3, "answer": 1])
        XCTAssertEqual(speakers(parsed), 21)
        XCTAssertEqual(parsed.flatMap(\.speeches).filter { $0.speaker.isEmpty }.count, 4)
    }

    func testTranscriptFieldsComeFromThePage() throws {
        let sp = try parse("sp--2023-02-23.20.4.html").transcript
        XCTAssertEqual(sp.title, "Chinese State Surveillance")
        XCTAssertEqual(sp.body, "Scottish Parliament")
        XCTAssertEqual(sp.section, "sp")
        XCTAssertEqual(sp.date, "2023-02-23")
        XCTAssertEqual(sp.sourceURL, "https://www.theyworkforyou.com/sp/?id=2023-02-23.20.0")
        XCTAssertEqual(sp.format, "twfy-html")
        let pbc = try parse("pbc--standing3627_NATIONALITY_16-0_2021-11-04a.647.6.html").transcript
        XCTAssertEqual([pbc.section, pbc.body, pbc.date], ["standing", "House of Commons", "2021-11-04"])
        let wrans = try parse("wrans--2023-12-12.HL1090.q1.html")
        XCTAssertEqual(wrans.transcript.title, "Visas: British National (Overseas)")
        XCTAssertEqual(wrans.transcript.body, "House of Lords", "HL citation: a Lords written answer")
        XCTAssertEqual(wrans.transcript.section, "lordswrans")
        XCTAssertEqual(wrans.transcript.date, "2023-12-20", "the date it was answered, as the page lists it")
        XCTAssertEqual(wrans.speeches.map(\.kind), [.question, .question, .question, .answer])
        XCTAssertEqual(wrans.speeches[0].headings, ["Home Office", "Visas: British National (Overseas)"])
    }

    func testSpeakerPartyRoleIDAndColumn() throws {
        let old = try parse("debates--1919-03-18a.1898.6.html").speeches[0]
        XCTAssertEqual(old.speaker, "Viscount Curzon")
        XCTAssertEqual(old.speakerID, "21173")
        XCTAssertNil(old.party, "', Battersea South' is a constituency only")
        XCTAssertNil(old.role)
        XCTAssertEqual(old.column, "1898")
        XCTAssertEqual(old.sourceID, "1919-03-18a.1898.6")
        XCTAssertEqual(old.url, "https://www.theyworkforyou.com/debates/?id=1919-03-18a.1898.6")
        XCTAssertTrue(old.text.hasPrefix("54. asked the Prime Minister whether he is prepared"), old.text)
        let ni = try parse("ni--2010-12-13.6.33.html").speeches
        XCTAssertEqual(ni.first { $0.speaker == "Mickey Brady" }?.party, "Sinn Féin")
        XCTAssertEqual(ni[0].time, "14:30:00", "2:30 on a page that says the sitting began at 2:30 pm")
        let answer = try parse("wrans--2023-12-12.HL1090.q1.html").speeches[3]
        XCTAssertEqual(answer.speaker, "Lord Sharpe of Epsom")
        XCTAssertNil(answer.party)
        XCTAssertEqual(answer.role, "The Parliamentary Under-Secretary of State for the Home Department")
    }

    func testPositionIsPartyOrRole() {
        XCTAssertTrue(TWFYHTMLReader.partyAndRole("Labour, Wirral South") == ("Labour", nil))
        XCTAssertTrue(TWFYHTMLReader.partyAndRole("Mayor of London") == (nil, "Mayor of London"))
        XCTAssertTrue(TWFYHTMLReader.partyAndRole("Bishop") == ("Bishop", nil))
        XCTAssertTrue(TWFYHTMLReader.partyAndRole(", Battersea South") == (nil, nil))
        XCTAssertTrue(
            TWFYHTMLReader.partyAndRole("Liberal Democrat Spokesperson (Defence)") == (nil, "Liberal Democrat Spokesperson (Defence)"))
    }

    func testASentenceWithAnEntityAndALink() throws {
        let first = try parse("sp--2023-02-23.20.4.html").speeches[0]
        XCTAssertEqual(first.speaker, "Liam McArthur")
        XCTAssertEqual(first.party, "Liberal Democrat")
        XCTAssertEqual(
            first.paragraphs[0],
            "The next item of business is a members’ business debate on motion S6M-07832, in the name of Alex Cole-Hamilton, on Chinese state surveillance.")
        XCTAssertEqual(first.paragraphs[1], "Motion debated,")
    }

    func testProceduralItemsAreKeptWithoutASpeaker() throws {
        let pbc = try parse("pbc--standing3627_NATIONALITY_16-0_2021-11-04a.647.6.html").speeches
        XCTAssertEqual(pbc.map(\.speaker), ["", "", "", "Tom Pursglove", "Stuart McDonald", ""])
        XCTAssertEqual(pbc[5].text, "Clause, by leave, withdrawn.")
        let chair = try parse("sp--2023-02-23.20.4.html").speeches[11]
        XCTAssertEqual(chair.speaker, "The Deputy Presiding Officer", "named by <p class=\"unknownspeaker\">")
        XCTAssertEqual(chair.text, "I invite Elena Whitham to respond to the debate.")
    }

    func testATruncatedPageIsAnError() throws {
        let path = Self.seeds + "/sp--2023-02-23.20.4.html"
        let data = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(50_000)
        XCTAssertThrowsError(try reader.read(Data(data), path: "sp.html")) { error in
            XCTAssertEqual("\(error)", "sp.html:577:2022: the page ends before </html> (is the file truncated?)")
        }
    }

    func testLoadsIntoTheStore() throws {
        let store = try Store()
        let report = try Loader(store: store).load([Self.seeds])
        XCTAssertEqual(report.failures.map(\.error), [])
        XCTAssertEqual(report.transcripts, 5)
        XCTAssertEqual(report.speeches, 42)
    }

    func testFullCorpusFolder() throws {
        let folder = Self.root + "/../shared/corpora/twfy-html-pages"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("\(folder) is absent: the full TheyWorkForYou page set is not on this machine")
        }
        let parsed = try parseFolder(folder)
        XCTAssertEqual(parsed.count, 13)
        XCTAssertEqual(parsed.reduce(0) { $0 + $1.speeches.count }, 251, "README: 251 debate-speech blocks")
        XCTAssertEqual(kinds(parsed), ["speech": 239, "question": 9, "answer": 3])
        XCTAssertEqual(speakers(parsed), 87)
        XCTAssertEqual(parsed.flatMap(\.speeches).filter { $0.speaker.isEmpty }.count, 19)
    }
}
