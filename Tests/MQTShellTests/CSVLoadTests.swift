import Foundation
import MQTCore
import MQTPlugins
import MQTShell
import XCTest

/// `load FILE.csv` and `.tsv`: one speech per row, columns by name or `--columns`, quoted line
/// breaks, clear errors, and mqt's own exports loading back as the same corpus.
final class CSVLoadTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func session() throws -> Session { try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder.path) }

    /// Every speech with what the round trip must keep, in a stable order.
    func corpus(_ session: Session, text: String = "text") -> [String] {
        session.execute(
            "sql SELECT speech_id, date, section, body, speaker, party, role, kind, words, \(text) FROM speeches ORDER BY date, speech_id, seq --format tsv"
        ).output.components(separatedBy: "")
    }

    func testMQTsOwnExportsLoadBackAsTheSameCorpus() throws {
        let original = try session()
        XCTAssertNil(original.execute("load \(repositoryRoot)/seeds").error)
        XCTAssertNil(original.execute("export \(folder.path)/all.csv").error)
        XCTAssertNil(original.execute("export \(folder.path)/all.tsv").error)
        let speeches = original.execute("sql SELECT count(*) FROM speeches --format tsv").output
        XCTAssertEqual(speeches, "count(*)\n765")

        let fromCSV = try session()
        XCTAssertEqual(fromCSV.execute("load all.csv").output, "loaded 104 transcripts: 765 speeches by 251 speakers")
        XCTAssertEqual(corpus(fromCSV), corpus(original))
        // Loaded twice: the same content is stored once.
        XCTAssertEqual(fromCSV.execute("load all.csv").output, "loaded 0 transcripts (1 file unchanged)")

        // TSV has no line breaks in a field: the text comes back with its paragraphs joined by
        // spaces, and the same words.
        let fromTSV = try session()
        XCTAssertEqual(fromTSV.execute("load all.tsv").output, "loaded 104 transcripts: 765 speeches by 251 speakers")
        XCTAssertEqual(corpus(fromTSV, text: "length(text) > 0"), corpus(original, text: "length(text) > 0"))
    }

    func testColumnsByCommonNamesQuotedParagraphsAndNotes() throws {
        _ = try write(
            "debate.csv",
            "\u{FEFF}Speech,NAME,Party,Date\r\n\"First paragraph, with a comma.\r\n\r\nSecond \"\"quoted\"\" one.\",Ann Smith,Labour,2024-03-01\r\n"
                + "Short reply.,Bob Jones,,2024-03-01T10:00:00\r\n,Nobody,,2024-03-01\r\nNo date here.,Cy,,1 March\r")
        let session = try session()
        // Row 1 is the header; the quoted field spans lines 2 to 4, so the rows left out are on 6 and 7.
        XCTAssertEqual(
            session.execute("load debate.csv").transcript,
            """
            loaded 1 transcript: 2 speeches by 2 speakers
            note: debate.csv:6: no text; row left out
            note: debate.csv:7: date '1 March' is not YYYY-MM-DD; row left out
            """)
        XCTAssertEqual(
            session.execute("sql SELECT t.title, t.section, t.format, s.speaker, s.party, s.date, s.words, s.text FROM speeches s JOIN transcripts t ON t.id = s.transcript_id --format json").output,
            """
            [
              {"title": "debate", "section": "transcript", "format": "csv", "speaker": "Ann Smith", "party": "Labour", "date": "2024-03-01", "words": 8, "text": "First paragraph, with a comma.\\n\\nSecond \\"quoted\\" one."},
              {"title": "debate", "section": "transcript", "format": "csv", "speaker": "Bob Jones", "party": null, "date": "2024-03-01", "words": 2, "text": "Short reply."}
            ]
            """)
        // By hand: First paragraph with a comma / Second quoted one is 5 + 3 = 8 counted words, and
        // the blank line between the two paragraphs (kept from inside the quotes) ends a sentence.
        XCTAssertEqual(session.execute("sql SELECT sentences FROM speeches ORDER BY id LIMIT 1 --format tsv").output, "sentences\n2")
    }

    func testOtherColumnsByNameAndClearErrors() throws {
        _ = try write("tab.tsv", "Transcript\tMP\tDay\tHouse\nWe agree.\tDee\t2020-01-02\tlords")
        let session = try session()
        XCTAssertEqual(
            session.execute("load tab.tsv").error,
            "error: tab.tsv:1: no text column (text, speech or body); name it with --columns text=COLUMN")
        XCTAssertEqual(
            session.execute("load tab.tsv --columns text=Transcript,speaker=MP").error,
            "error: tab.tsv:1: no date column (date); name it with --columns date=COLUMN")
        XCTAssertEqual(
            session.execute("load tab.tsv --columns text=Transcript,speaker=MP,date=Daye").error,
            "error: tab.tsv:1: no column 'Daye' (for date) in the header: Transcript, MP, Day, House")
        XCTAssertEqual(
            session.execute("load tab.tsv --columns words=Transcript").error,
            "error: --columns takes FIELD=COLUMN pairs, FIELD one of \(SpeechColumns.fields.joined(separator: ", ")), not 'words=Transcript'")
        XCTAssertEqual(
            session.execute("load tab.tsv --columns text=transcript,speaker=MP,date=Day,section=House").output,
            "loaded 1 transcript: 1 speech by 1 speaker")
        XCTAssertEqual(
            session.execute("sql SELECT body, section, speaker, text FROM speeches --format tsv").output,
            "body\tsection\tspeaker\ttext\nHouse of Lords\tlords\tDee\tWe agree.")
    }

    func testAFolderSkipsCSVsThatAreNotSpeeches() throws {
        _ = try write("people.csv", "name,party\nAnn,Labour")
        _ = try write("speeches.csv", "text,speaker,date\nHello.,Ann,2024-01-01")
        let session = try session()
        XCTAssertEqual(
            session.execute("load \(folder.path)").output,
            "loaded 1 transcript: 1 speech by 1 speaker (1 file skipped, not transcripts: people.csv)")
    }

    func testALargeFileIsStoredInParts() throws {
        // 1,200 transcripts (one a day) of one 4 KB speech: 4.8 MB, more than one 4 MB part.
        let paragraph = String(repeating: "word ", count: 800)
        var text = "text,speaker,date,title\n"
        for day in 0..<1200 {
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 0))!
            text += "\(paragraph)\(day),Speaker \(day % 7),\(ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])),Day \(day)\n"
        }
        _ = try write("big.csv", text)
        let session = try session()
        XCTAssertEqual(session.execute("load big.csv").output, "loaded 1200 transcripts: 1200 speeches by 7 speakers")
        XCTAssertEqual(session.execute("sql SELECT sum(words) FROM speeches --format tsv").output, "sum(words)\n\(1200 * 801)")
        XCTAssertEqual(session.execute("load big.csv").output, "loaded 0 transcripts (1 file unchanged)")
    }
}
