import Foundation
import XCTest

@testable import MQTCore

/// TheyWorkForYou API answers: counts over a real subset of rows (expected values computed with
/// Python from the JSON), Mayor's Questions, entities, headings, rows of another shape, errors.
final class TWFYJSONReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private static let seed = root + "/seeds/twfy-api-json/gethansard-hong-kong-subset.json"
    private let reader = TWFYJSONReader()

    private func seedResult() throws -> TWFYJSONResult {
        try reader.parse(Data(contentsOf: URL(fileURLWithPath: Self.seed)), path: Self.seed)
    }

    private func speech(_ gid: String, in result: TWFYJSONResult) throws -> (Transcript, Speech) {
        for parsed in result.transcripts {
            if let speech = parsed.speeches.first(where: { $0.sourceID == gid }) { return (parsed.transcript, speech) }
        }
        throw NSError(domain: "TWFYJSONReaderTests: no speech \(gid)", code: 1)
    }

    private func kinds(_ transcripts: [ParsedTranscript]) -> [String: Int] {
        Dictionary(grouping: transcripts.flatMap(\.speeches), by: \.kind.rawValue).mapValues(\.count)
    }

    func testSeedSubsetCounts() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.seed))
        XCTAssertEqual(ReaderRegistry.reader(for: data, fileName: "x.json")?.format, "twfy-api-json")
        let result = try seedResult()
        XCTAssertEqual(result.rows, 93)
        XCTAssertEqual(result.headingRows, 12)
        XCTAssertEqual(result.duplicateGIDs, ["2023-12-19c.2157.2", "2023-12-18c.1125.2", "2023-12-13c.941.1"])
        XCTAssertEqual(result.transcripts.count, 77)
        XCTAssertEqual(result.speeches, 77)
        XCTAssertEqual(kinds(result.transcripts), ["speech": 46, "answer": 22, "question": 9])
        let names = Set(result.transcripts.flatMap(\.speeches).map(\.speaker).filter { !$0.isEmpty })
        XCTAssertEqual(names.count, 40)
    }

    func testTheCalendarRowIsReportedNotGuessed() throws {
        let result = try seedResult()
        XCTAssertEqual(
            result.skippedRows,
            [
                "row 39 (gid 44006) has major \"F\", not a Hansard section: Sino-British relations following the anniversary of the Tiananmen Square massacre, and the recent suppression of peaceful demonstrations in Hong Kong"
            ])
    }

    func testLondonMayorsQuestions() throws {
        let lmqs = try seedResult().transcripts.filter { $0.transcript.section == "lmqs" }
        XCTAssertEqual(lmqs.count, 17)
        XCTAssertTrue(lmqs.allSatisfy { $0.transcript.body == "London Assembly" })
        let speeches = lmqs.flatMap(\.speeches)
        let answers = speeches.filter { $0.kind == .answer }
        XCTAssertEqual(answers.count, 16)
        XCTAssertEqual(Set(answers.map(\.speaker)), ["Sadiq Khan"])
        XCTAssertEqual(Set(answers.map(\.role)), ["Mayor of London"])
        XCTAssertEqual(Set(answers.map(\.party)), ["Labour"])
        XCTAssertEqual(Set(answers.map(\.speakerID)), ["11878"])
        let questions = speeches.filter { $0.kind == .question }
        XCTAssertEqual(questions.map(\.speaker), ["Siân Berry"])
        XCTAssertEqual(questions.map(\.sourceID), ["2019-09-17.17413.q0"])
        XCTAssertEqual(questions[0].headings, ["Policing the DSEI arms fair 2019 (2)"])
    }

    func testEntitiesHeadingsAndTitle() throws {
        let result = try seedResult()
        let (transcript, answer) = try speech("2022-07-26.2473.r0", in: result)
        XCTAssertEqual(
            answer.paragraphs[0],
            "Thrive LDN has initiated and supported London’s public mental health response to recent geopolitical crises and resulting displacements, collaborating across the health and social care system, Greater London Authority and displaced communities themselves.")
        XCTAssertEqual(answer.headings, ["Thrive LDN and Mental Health Support for Refugees"])
        XCTAssertEqual(transcript.title, "Thrive LDN and Mental Health Support for Refugees")
        XCTAssertEqual(transcript.date, "2022-07-26")
        XCTAssertEqual(transcript.format, "twfy-api-json")
        XCTAssertEqual(answer.url, "https://www.theyworkforyou.com/london/?id=2022-07-26.2473.h#g2473.r0")
        let (lords, question) = try speech("2023-12-18.HL1246.q0", in: result)
        XCTAssertEqual(lords.body, "House of Lords")
        XCTAssertEqual(lords.section, "lordswrans")
        XCTAssertEqual(lords.date, "2024-01-08", "hdate, the day it was answered")
        XCTAssertEqual(question.kind, .question)
        XCTAssertEqual(question.headings, ["Foreign, Commonwealth and Development Office", "Jimmy Lai"])
        let (_, old) = try speech("1919-03-18a.1898.6", in: result)
        XCTAssertTrue(old.text.hasPrefix("54. asked the Prime Minister whether"), old.text)
        XCTAssertEqual(old.headings, ["Oral Answers to Questions — Army of Occupation", "Naval Bases (Governorships)."])
    }

    func testHeadingRowCarryingAQuestionAndUnnamedSpeakers() throws {
        let result = try seedResult()
        let (_, heading) = try speech("2023-12-05.HL854.h", in: result)
        XCTAssertEqual(heading.kind, .question, "a written-answers heading hit shows its first question")
        XCTAssertEqual(heading.speaker, "Lord Alton of Liverpool")
        XCTAssertEqual(heading.party, "Crossbench")
        let (_, witness) = try speech("standing4840_FINANCIAL_01-0_2022-10-19a.11.6", in: result)
        XCTAssertEqual(witness.speaker, "Victoria Saporta")
        XCTAssertTrue(witness.text.hasPrefix("Singapore has one."), witness.text)
    }

    func testATruncatedFileIsAnError() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.seed)).prefix(20_000)
        XCTAssertThrowsError(try reader.read(Data(data), path: "page.json")) { error in
            XCTAssertEqual("\(error)", "page.json:236:859: the JSON ends too early (is the file truncated?)")
        }
    }

    func testABrokenValueIsAnErrorAtItsPlace() throws {
        var text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: "\"hdate\": \"2024-01-09\""))
        text.replaceSubrange(range, with: "\"hdate\": 2024-01-09\"")
        XCTAssertThrowsError(try reader.read(Data(text.utf8), path: "page.json")) { error in
            XCTAssertEqual("\(error)", "page.json:14:26: not valid JSON: invalid value")
        }
        XCTAssertThrowsError(try reader.read(Data("{\"info\": {}}".utf8), path: "other.json")) { error in
            XCTAssertEqual(
                "\(error)", "other.json:1:1: expected a TheyWorkForYou API answer: an object with a \"rows\" array")
        }
    }

    func testFullCorpusFolder() throws {
        let folder = Self.root + "/../shared/corpora/twfy-api-json"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("\(folder) is absent: the full TheyWorkForYou API pages are not on this machine")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        let results = try names.map { name in
            try reader.parse(Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)), path: name)
        }
        XCTAssertEqual(results.reduce(0) { $0 + $1.rows }, 2_287, "README: 2,287 rows")
        XCTAssertEqual(results.flatMap(\.skippedRows).count, 1, "the major F calendar row")
        XCTAssertEqual(results.flatMap(\.duplicateGIDs).count, 3)
        XCTAssertEqual(results.reduce(0) { $0 + $1.headingRows }, 144)
        let transcripts = results.flatMap(\.transcripts)
        XCTAssertEqual(transcripts.count, 2_139)
        XCTAssertEqual(kinds(transcripts), ["speech": 1_201, "question": 718, "answer": 220])
        XCTAssertEqual(Set(transcripts.flatMap(\.speeches).map(\.speaker).filter { !$0.isEmpty }).count, 733)
        let lmqs = transcripts.filter { $0.transcript.section == "lmqs" }.flatMap(\.speeches)
        XCTAssertEqual(lmqs.count, 17, "README: 17 London Mayor's Questions rows")
        XCTAssertEqual(lmqs.filter { $0.kind == .question }.map(\.speaker), ["Siân Berry"])
        XCTAssertEqual(lmqs.filter { $0.kind == .answer && $0.speaker == "Sadiq Khan" }.count, 16)
    }
}
