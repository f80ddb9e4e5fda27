import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `dispersion`: D and DP worked by hand on three transcripts, and on the seed the same as an
/// implementation written here (its own tokenizer, phrase matching and formulas), plot included.
final class DispersionTests: XCTestCase {
    /// Three transcripts loaded out of date order (C, A, B), so corpus order must sort them:
    /// A (2020-01-01) 10 words with x at 0 and 1; B (2020-02-01) 20 words, none x; C (2020-03-01)
    /// 30 words, x last.
    func threeParts() throws -> Session {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-dispersion-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        func record(_ transcript: Int, _ date: String, _ text: String) -> String {
            """
            {"transcript_id": \(transcript), "title": "T\(transcript)", "body": "Test", "section": "debates", "date": "\(date)", \
            "format": "twfy-text", "id": "t\(transcript).1", "seq": 1, "speaker": "S\(transcript)", "kind": "speech", "headings": [], \
            "text": "\(text)"}
            """
        }
        let filler = { (n: Int) in Array(repeating: "filler", count: n).joined(separator: " ") }
        let lines = [
            record(3, "2020-03-01", filler(29) + " x"),
            record(1, "2020-01-01", "x x one two three four five six seven eight"),
            record(2, "2020-02-01", filler(20)),
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/three.jsonl", atomically: true, encoding: .utf8)
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        XCTAssertNil(session.execute("load three.jsonl").error)
        return session
    }

    /// Sizes s = 10, 20, 30 of 60 words; x hits 2, 0, 1 of f = 3.
    /// DP = ½ (|2/3 − 1/6| + |0 − 1/3| + |1/3 − 1/2|) = ½ (1/2 + 1/3 + 1/6) = 0.5.
    /// Relative frequencies 2/10, 0, 1/30 = 18/90, 0, 3/90; mean 7/90; deviations 11, −7, −4 (/90);
    /// population variance (121 + 49 + 16) / 3 / 8100 = 62/8100, sd √62/90; sd/mean = √62/7;
    /// D = 1 − √62 / (7 √2) = 1 − √31/7 = 1 − 0.795395 = 0.204605.
    /// "x x" occurs once (A, offset 0): all in a part with 1/6 of the words, DP = ½ (5/6 + 1/3 + 1/2)
    /// = 5/6; relative frequencies 1/10, 0, 0, mean 1/30, sd = √((4 + 1 + 1)/3)/30 = √2/30,
    /// sd/mean = √2 = √(n − 1), so D = 0.
    func testHandComputedOnThreeParts() throws {
        let session = try threeParts()
        let expected = """
            [
              {"word": "x", "hits": 3, "range": 2, "juilland_d": 0.205, "gries_dp": 0.500},
              {"word": "x x", "hits": 1, "range": 1, "juilland_d": 0.000, "gries_dp": 0.833},
              {"word": "eight", "hits": 1, "range": 1, "juilland_d": 0.000, "gries_dp": 0.833},
              {"word": "nine", "hits": 0, "range": 0, "juilland_d": null, "gries_dp": null}
            ]
            """
        for part in ["", " --by transcript", " --by month", " --by speech", " --by speaker"] {
            XCTAssertEqual(session.execute("dispersion x \"x x\" Eight nine\(part) --format json").output, expected, part)
        }
        // One part: nothing to compare, so both are null.
        XCTAssertEqual(
            session.execute("dispersion x --by year --format json").output,
            "[\n  {\"word\": \"x\", \"hits\": 3, \"range\": 1, \"juilland_d\": null, \"gries_dp\": null}\n]")
        // Corpus order is by date: x at words 0 and 1 (A) and 59 (C, after B's 20) of 60. At a plot
        // 60 wide (93 − 4 − 4 − 5 − 5 − 5 − 5 × 2) each word is one character.
        XCTAssertNil(session.execute("set width 93").error)
        XCTAssertEqual(session.execute("dispersion x").output, """
            word  hits  range      D     DP  plot
            x        3      2  0.205  0.500  ││\(String(repeating: "·", count: 57))│
            parts: 3 transcripts, 60 words
            """)
        // A query after the words narrows the corpus: without C, x is all in A.
        XCTAssertEqual(
            session.execute("dispersion x -speaker:S3 --format csv").output,
            "word,hits,range,juilland_d,gries_dp\r\nx,2,1,0.000,0.667")
    }

    func testErrorsNameWhatIsWrong() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("dispersion prevent*").error,
            "error: dispersion places words and \"phrases\", not 'prevent*' (no wildcards or word forms)")
        XCTAssertEqual(session.execute("dispersion ~prevent").error,
            "error: dispersion places words and \"phrases\", not '~prevent' (no wildcards or word forms)")
        XCTAssertEqual(
            session.execute("dispersion speaker:Khan").error,
            "error: dispersion needs a WORD or \"phrase\" before the query, as in: dispersion prevent speaker:Khan")
        XCTAssertEqual(session.execute("dispersion \"!!\" prevent").error, "error: '\"!!\"' has no words to place")
        XCTAssertEqual(session.execute("dispersion prevent --by week").error?.components(separatedBy: "\n").first,
            "error: --by takes one of transcript, speech, speaker, year, month, not 'week'")
        XCTAssertEqual(session.execute("dispersion prevent speaker:nobody").output, "no words in these speeches")
    }
}
