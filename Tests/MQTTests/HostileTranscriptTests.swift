import Foundation
import XCTest

/// A transcript written to attack whoever reads it: control characters that would set the
/// terminal's title or clear its screen, and cells a spreadsheet would run as formulas.
final class HostileTranscriptTests: XCTestCase {
    /// Two speeches: ESC ] 0 ; ... BEL (set the title), ESC [ 2 J (clear the screen), backspaces,
    /// the one-character C1 CSI (U+009B) and DEL; a party of `=cmd|...` and one of `-Labour`.
    static let jsonLines = #"""
        {"transcript_id":1,"title":"A \u001b[2Jdebate","date":"2021-11-29","id":"1","speaker":"Ann \u001b]0;pwned\u0007Example","party":"=cmd|' /C calc'!A0","text":"A question \u001b[2J about buses\b\b and \u009b31m trams.\n\nSecond\tparagraph."}
        {"transcript_id":1,"title":"A \u001b[2Jdebate","date":"2021-11-29","id":"2","speaker":"Bob Example","party":"-Labour","text":"An answer about buses\u007f."}

        """#

    private func folderWithTranscript() throws -> String {
        let folder = try temporaryFolder()
        try Self.jsonLines.write(toFile: folder + "/hostile.jsonl", atomically: true, encoding: .utf8)
        return folder
    }

    /// Scalars a terminal acts on (C0 but tab and line feed, DEL, C1).
    private func controls(_ text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars).filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value) }
    }

    func testShowSearchAndSpeakersShowControlCharactersInsteadOfObeyingThem() throws {
        let folder = try folderWithTranscript()
        let show = try runMQT(["-c", "show 1", "hostile.jsonl"], directory: folder)
        XCTAssertEqual(show.stdout, """
            1
            , , 2021-11-29: A ␛[2Jdebate
            Ann ␛]0;pwned␇Example (=cmd|' /C calc'!A0), speech

            A question ␛[2J about buses␈␈ and \u{FFFD}31m trams.

            Second\tparagraph.

            """)
        for command in ["search buses", "speakers", "kwic buses", "count buses --by speaker", "search buses --format csv", "search buses --format json", "search buses --format markdown", "search buses --format plain"] {
            let result = try runMQT(["-c", command, "hostile.jsonl"], directory: folder, environment: ["COLUMNS": "200"])
            XCTAssertEqual(result.status, 0, command)
            XCTAssertFalse(result.stdout.isEmpty, command)
            XCTAssertEqual(controls(result.stdout.replacingOccurrences(of: "\r\n", with: "\n")), [], "\(command): \(result.stdout)")
        }
        let error = try runMQT(["-c", "show \"\u{1B}[2J\"", "hostile.jsonl"], directory: folder)
        XCTAssertEqual(controls(error.stderr), [], error.stderr)
    }

    func testAFailingScriptsDiffShowsControlCharacters() throws {
        let folder = try temporaryFolder()
        try "mqt> set width \u{1B}]0;pwned\u{07}\nexpected \u{1B}[2J\n".write(toFile: folder + "/s.mqt", atomically: true, encoding: .utf8)
        let result = try runMQT(["test", "s.mqt"], directory: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(controls(result.stdout), [], result.stdout)
        XCTAssertTrue(result.stdout.contains("  s.mqt:1: mqt> set width ␛]0;pwned␇\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("expected ␛[2J"), result.stdout)
    }

    func testExcelCSVPutsAQuoteBeforeCellsASpreadsheetWouldRun() throws {
        let folder = try folderWithTranscript()
        let result = try runMQT(
            [
                "-c", "export speeches.csv --excel --no-provenance",
                "-c", "speakers | export speakers.csv --excel --no-provenance",
                "-c", "export plain.csv --no-provenance",
                "hostile.jsonl",
            ], directory: folder)
        XCTAssertEqual(result.stderr, "")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/speeches.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte order mark")
        let speeches = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(speeches.contains(",'=cmd|' /C calc'!A0,"), speeches)
        XCTAssertTrue(speeches.contains(",'-Labour,"), speeches)
        // Without --excel the cells are as stored.
        let plain = try String(contentsOfFile: folder + "/plain.csv", encoding: .utf8)
        XCTAssertTrue(plain.contains(",=cmd|' /C calc'!A0,") && plain.contains(",-Labour,"), plain)
        // A table: text cells get the quote, numbers stay numbers.
        let speakers = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/speakers.csv")), as: UTF8.self)
            .components(separatedBy: "\r\n")
        XCTAssertEqual(speakers.first, "\u{FEFF}speaker,party_or_role,turns,words,share_percent,mean_words,median_words,first_date,last_date")
        XCTAssertEqual(speakers.dropFirst().first, "Ann ␛]0;pwned␇Example,'=cmd|' /C calc'!A0,1,10,71.4,10,10,2021-11-29,2021-11-29")
    }
}
