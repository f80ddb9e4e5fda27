import Foundation
import XCTest

@testable import MQTCore

/// za-hansard question papers: counts (computed with Python from the JSON), fields, errors.
final class ZAQuestionsReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private static let seeds = root + "/seeds/za-questions"
    private let reader = ZAQuestionsReader()

    private func parseFolder(_ folder: String) throws -> [ParsedTranscript] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        return try names.flatMap { name -> [ParsedTranscript] in
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            XCTAssertEqual(ReaderRegistry.reader(for: data, fileName: name)?.format, "za-questions", name)
            return try reader.read(data, path: name)
        }
    }

    func testSeedCounts() throws {
        let parsed = try parseFolder(Self.seeds)
        XCTAssertEqual(parsed.count, 11, "one transcript per paper and date")
        let speeches = parsed.flatMap(\.speeches)
        XCTAssertEqual(speeches.count, 37)
        XCTAssertTrue(speeches.allSatisfy { $0.kind == .question })
        XCTAssertEqual(Set(speeches.map(\.speaker)).count, 13)
    }

    func testQuestionFields() throws {
        let path = Self.seeds + "/expected_json_data_for_548302_1.json"
        let parsed = try reader.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        XCTAssertEqual(parsed.map(\.transcript.date), ["2013-11-01", "2013-10-25"])
        XCTAssertEqual(parsed.map(\.speeches.count), [1, 3])
        let transcript = parsed[0].transcript
        XCTAssertEqual(transcript.title, "Questions for written reply, National Council of Provinces")
        XCTAssertEqual([transcript.body, transcript.section], ["National Council of Provinces", "ncopwrans"])
        let question = parsed[0].speeches[0]
        XCTAssertEqual(question.sourceID, "CW647E")
        XCTAssertEqual(question.speaker, "D A Worth")
        XCTAssertEqual(question.party, "DA", "DA-FS: party, then province")
        XCTAssertEqual(question.headings, ["Minister of Public Works"])
        XCTAssertEqual(question.paragraphs[0], "437. Mr D A Worth (DA-FS) to ask the Minister of Public Works:")
        XCTAssertTrue(question.paragraphs[1].hasPrefix("Whether his department will repair the damaged concrete"))
        XCTAssertEqual(question.url, "http://www.parliament.gov.za/live/commonrepository/Processed/20131107/548302_1.pdf")
    }

    func testErrors() throws {
        let path = Self.seeds + "/expected_json_data_for_548302_1.json"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try reader.read(data.prefix(1_000), path: "q.json")) { error in
            XCTAssertEqual("\(error)", "q.json:26:306: the JSON ends too early (is the file truncated?)")
        }
        let shapes = Data("[\n {\"date\": \"2013-11-01\", \"speeches\": []},\n {\"date\": \"2013-11-01\"}\n]".utf8)
        XCTAssertThrowsError(try reader.read(shapes, path: "q.json")) { error in
            XCTAssertEqual("\(error)", "q.json:2:2: question 1 has no speeches entry with text")
        }
    }

    func testFullCorpusFolder() throws {
        let folder = Self.root + "/../shared/corpora/za-hansard/questions-json"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("\(folder) is absent: the za-hansard question papers are not on this machine")
        }
        let parsed = try parseFolder(folder)
        XCTAssertEqual(parsed.flatMap(\.speeches).count, 390, "README: 390 written questions")
        XCTAssertEqual(parsed.count, 19)
        XCTAssertEqual(Set(parsed.flatMap(\.speeches).map(\.speaker)).count, 123)
    }
}
