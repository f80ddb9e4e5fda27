import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// Export to JSON Lines, load into a new store: the same corpus (transcripts, speeches, speakers,
/// words, texts). Also the reader's grouping and its errors.
final class JSONLinesRoundTripTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private let reader = JSONLinesReader()

    /// Everything a corpus is, in a stable order, as text.
    private func snapshot(_ store: Store) throws -> [[String]] {
        try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.title, t.body, t.section, t.date, t.source_url, t.format, t.version_key, t.version,
                      s.speech_id, s.seq, s.speaker, s.speaker_id, s.party, s.role, s.kind, s.time, s.colnum, s.url,
                      s.heading, s.subheading, s.headings, s.text, s.words, s.date, s.section, s.body
                    FROM speeches s JOIN transcripts t ON t.id = s.transcript_id
                    ORDER BY t.date, t.title, t.source_url, t.format, s.seq, s.speech_id
                    """
            ).map { row in row.databaseValues.map { $0.isNull ? "NULL" : "\($0)" } }
        }
    }

    private func export(_ store: Store, rowIDs: [Int64]? = nil) throws -> String {
        var lines: [String] = []
        try store.exportSpeeches(rowIDs: rowIDs) { lines.append($0.jsonLine) }
        return lines.joined(separator: "\n") + "\n"
    }

    func testRoundTripKeepsTheCorpus() throws {
        let store = try Store()
        let seeds = Self.root + "/seeds"
        let report = try Loader(store: store).load([
            seeds + "/prevent-in-london-2021-11-29.txt", seeds + "/plain", seeds + "/twfy-html",
            seeds + "/twfy-api-json", seeds + "/za-questions",
        ])
        XCTAssertEqual(report.failures.map(\.error), [])
        let text = try export(store)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.jsonl")
        try Data(text.utf8).write(to: file)
        XCTAssertEqual(ReaderRegistry.reader(for: Data(text.utf8), fileName: "corpus.jsonl")?.format, "jsonl")

        let copy = try Store()
        let second = try Loader(store: copy).load([file.path])
        XCTAssertEqual(second.failures.map(\.error), [])
        let original = try store.summary()
        let loaded = try copy.summary()
        XCTAssertEqual(loaded.total.transcripts, original.total.transcripts)
        XCTAssertEqual(loaded.total.speeches, original.total.speeches)
        XCTAssertEqual(loaded.total.speakers, original.total.speakers)
        XCTAssertEqual(loaded.total.words, original.total.words)
        XCTAssertEqual(loaded.total.kinds, original.total.kinds)
        XCTAssertEqual(loaded.sections, original.sections)
        XCTAssertEqual(try snapshot(copy), try snapshot(store))
        XCTAssertEqual(original.total.transcripts, 1 + 1 + 5 + 77 + 11)
        func withoutIDs(_ text: String) -> [String] {
            text.split(separator: "\n").map { $0.replacingOccurrences(of: #"^\{"transcript_id": \d+, "#, with: "{", options: .regularExpression) }
        }
        XCTAssertEqual(withoutIDs(try export(copy)), withoutIDs(text), "exporting the copy gives the same file, ids aside")
        XCTAssertEqual(try Loader(store: copy).load([file.path]).unchangedFiles, [file.path], "loading twice is a no-op")
    }

    func testASubsetKeepsItsOrder() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        let ids = try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM speeches ORDER BY seq DESC LIMIT 3") }
        var seqs: [Int] = []
        let count = try store.exportSpeeches(rowIDs: ids) { seqs.append($0.seq) }
        XCTAssertEqual(count, 3)
        XCTAssertEqual(seqs, [7, 6, 5])
    }

    func testTheShapeOfALine() throws {
        let speech = ExportedSpeech(
            transcriptID: 3, title: "T \"q\"", body: "London Assembly", section: "lmqs", date: "2021-11-29", sourceURL: nil,
            format: "twfy-text", id: "x.1", seq: 1, speaker: "Sadiq Khan", speakerID: nil, party: nil,
            role: "Mayor of London", kind: "answer", time: nil, column: nil, url: nil, headings: ["A", "B"],
            text: "One.\n\nTwo\tthree.")
        XCTAssertEqual(
            speech.jsonLine,
            #"{"transcript_id": 3, "title": "T \"q\"", "body": "London Assembly", "section": "lmqs", "date": "2021-11-29", "source_url": null, "format": "twfy-text", "version_key": null, "version": null, "id": "x.1", "seq": 1, "speaker": "Sadiq Khan", "speaker_id": null, "party": null, "role": "Mayor of London", "kind": "answer", "time": null, "column": null, "url": null, "headings": ["A", "B"], "text": "One.\n\nTwo\tthree."}"#
        )
        let parsed = try reader.read(Data((speech.jsonLine + "\n").utf8), path: "x.jsonl")
        XCTAssertEqual(parsed.count, 1)
        XCTAssertEqual(parsed[0].speeches[0].paragraphs, ["One.", "Two\tthree."])
        XCTAssertEqual(parsed[0].speeches[0].kind, .answer)
        XCTAssertEqual(parsed[0].transcript.format, "twfy-text")
    }

    func testLinesWithoutTranscriptIDsGroupByTheirFields() throws {
        let lines = """
            {"title": "A", "date": "2020-01-01", "speaker": "X", "text": "one", "seq": 2}
            {"title": "B", "date": "2020-01-01", "speaker": "Y", "text": "two"}

            {"title": "A", "date": "2020-01-01", "speaker": "Z", "text": "three", "seq": 1}
            """
        let parsed = try reader.read(Data(lines.utf8), path: "x.jsonl")
        XCTAssertEqual(parsed.map(\.transcript.title), ["A", "B"])
        XCTAssertEqual(parsed[0].speeches.map(\.speaker), ["Z", "X"], "in seq order")
    }

    func testErrorsNameTheLine() throws {
        let good = #"{"title": "A", "date": "2020-01-01", "speaker": "X", "text": "one"}"#
        XCTAssertThrowsError(try reader.read(Data((good + "\n{\"title\": \"A\",, }\n").utf8), path: "x.jsonl")) { error in
            XCTAssertEqual("\(error)", "x.jsonl:2:15: not valid JSON: invalid value")
        }
        XCTAssertThrowsError(try reader.read(Data((good + "\n" + String(good.prefix(30))).utf8), path: "x.jsonl")) { error in
            XCTAssertEqual("\(error)", "x.jsonl:2:31: the JSON ends too early (is the file truncated?)")
        }
        let noSpeaker = #"{"title": "A", "date": "2020-01-01", "text": "one"}"#
        XCTAssertThrowsError(try reader.read(Data(noSpeaker.utf8), path: "x.jsonl")) { error in
            XCTAssertEqual("\(error)", "x.jsonl:1:1: field \"speaker\" is missing")
        }
        let badKind = #"{"title": "A", "date": "2020-01-01", "speaker": "X", "text": "one", "kind": "rant"}"#
        XCTAssertThrowsError(try reader.read(Data(badKind.utf8), path: "x.jsonl")) { error in
            XCTAssertEqual(
                "\(error)", "x.jsonl:1:1: kind \"rant\" is not one of speech, question, answer, statement, interjection")
        }
        XCTAssertThrowsError(try reader.read(Data("[1, 2]\n".utf8), path: "x.jsonl")) { error in
            XCTAssertEqual("\(error)", "x.jsonl:1:1: expected one JSON object per line")
        }
    }
}
