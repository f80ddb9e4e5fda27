import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `timeline`: every period from the first match to the last, checked against a scan of the texts.
final class TimelineTests: XCTestCase {
    /// Over every fixture in seeds/ (1919 to 2024), `timeline the --by year --per million` has one
    /// row per year, empty years included, and each row agrees with a count made here by streaming
    /// the speeches and splitting their texts with a loop of this test's own.
    func testEveryYearOfTheFixturesAgreesWithAScanOfTheTexts() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        let corpus = session.corpus
        var expected: [Int: (speeches: Int, hits: Int)] = [:]
        var words: [Int: Int] = [:]
        try corpus.forEachSpeech(in: corpus.everything) { speech in
            guard let year = Int(speech.date.prefix(4)) else { return true }
            words[year, default: 0] += Self.wordCount(speech.text)
            let hits = Self.tokens(speech.text).filter { $0 == "the" }.count
            if hits > 0 { expected[year, default: (0, 0)].speeches += 1; expected[year, default: (0, 0)].hits += hits }
            return true
        }
        let outcome = session.execute("timeline the --by year --per million --format json")
        XCTAssertNil(outcome.error)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]])
        let first = try XCTUnwrap(expected.keys.min()), last = try XCTUnwrap(expected.keys.max())
        XCTAssertEqual([first, last], [1919, 2024])
        XCTAssertEqual(rows.compactMap { $0["year"] as? String }, (first...last).map(String.init), "every year, in order")
        for (year, row) in zip(first...last, rows) {
            let want = expected[year] ?? (0, 0)
            XCTAssertEqual(row["speeches"] as? Int, want.speeches, "\(year)")
            XCTAssertEqual(row["hits"] as? Int, want.hits, "\(year)")
            if let spoken = words[year], spoken > 0 {
                let rate = try XCTUnwrap(row["per_million"] as? Double, "\(year)")
                XCTAssertEqual(rate, (Double(want.hits) * 10_000_000 / Double(spoken)).rounded() / 10, accuracy: 1e-9, "\(year)")
            } else {
                XCTAssertTrue(row["per_million"] is NSNull, "\(year): no words, no rate")
            }
        }
        XCTAssertEqual(rows.filter { ($0["speeches"] as? Int) == 0 }.count, 90, "years without a match, 1921 to 1934 among them")
    }

    /// By day, the rows are the calendar days from the first date to the last, as Foundation's
    /// Gregorian calendar counts them (leap days included, 1900 not a leap year).
    func testDaysRunOverEveryCalendarDay() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        let lines = session.execute("timeline --by day --format csv").output.components(separatedBy: "\r\n").dropFirst()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        var day = try XCTUnwrap(formatter.date(from: "1919-03-18"))
        var days: [String] = []
        while formatter.string(from: day) <= "2024-01-09" {
            days.append(formatter.string(from: day))
            day = try XCTUnwrap(calendar.date(byAdding: .day, value: 1, to: day))
        }
        let shown = lines.map { String($0.prefix(10)) }
        XCTAssertEqual(shown.count, 38_284)
        XCTAssertEqual(zip(shown, days).first { $0 != $1 }.map { "\($0) for \($1)" }, nil, "the first day out of step")
        XCTAssertEqual(shown.last, days.last)
        XCTAssertTrue(days.contains("2000-02-29") && !days.contains("1900-02-29"))
    }

    /// The seed is one day: one row whatever the period; a rate is per word of the whole corpus.
    func testTheSeedTranscript() throws {
        let session = try seededSession()
        // The bar takes 80 − (10 + 8 + 4) − 3 × 2 = 52 characters for the largest (and only) row.
        XCTAssertEqual(
            session.execute("timeline prevent --by day").output,
            "day         speeches  hits\n2021-11-29         4    10  " + String(repeating: "█", count: 52))
        XCTAssertEqual(session.execute("timeline prevent --by year --format csv").output, "year,speeches,hits\r\n2021,4,10")
        // 10 hits in 943 + 323 = 1,266 words.
        XCTAssertEqual(
            session.execute("timeline prevent --per million --format json").output,
            "[\n  {\"month\": \"2021-11\", \"speeches\": 4, \"hits\": 10, \"per_million\": 7898.9}\n]")
        XCTAssertEqual(session.execute("timeline nosuchword").output, "no speeches match")
    }

    /// A span of days too long for a table is refused with a way out; by month it is fine.
    func testAHugeSpanOfDaysIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-timeline-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seed = try String(contentsOfFile: repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt", encoding: .utf8)
        try seed.replacingOccurrences(of: "29th November 2021", with: "1st January 1800")
            .write(toFile: folder + "/old.txt", atomically: true, encoding: .utf8)
        try seed.replacingOccurrences(of: "29th November 2021", with: "31st December 2099")
            .write(toFile: folder + "/new.txt", atomically: true, encoding: .utf8)
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        XCTAssertNil(session.execute("load .").error)
        let outcome = session.execute("timeline prevent --by day")
        XCTAssertEqual(
            outcome.error,
            "error: a timeline by day would have 109573 rows (at most 100000); use --by month or --by year")
        let months = session.execute("timeline prevent --format csv").output.components(separatedBy: "\r\n")
        XCTAssertEqual(months.count, 1 + 300 * 12)
        XCTAssertEqual(Array(months.prefix(3)) + months.suffix(1), ["month,speeches,hits", "1800-01,4,10", "1800-02,0,0", "2099-12,4,10"])
    }

    /// Speeches without a date have no period: they are left out, and the note says how many.
    func testSpeechesWithoutADateAreLeftOutAndCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-timeline-undated-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertNil(try seededSession().execute("export \(folder)/seed.jsonl --force").error)
        let records = try String(contentsOfFile: folder + "/seed.jsonl", encoding: .utf8).split(separator: "\n")
        // Every other speech moves to a second transcript without a date; then all of them.
        for (name, undated) in [("half", { (index: Int) in index % 2 == 1 }), ("none", { (_: Int) in true })] {
            var lines: [String] = []
            for (index, line) in records.enumerated() {
                var record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                if undated(index) { record["date"] = ""; record["transcript_id"] = 2; record["title"] = "Undated" }
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
            }
            try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/\(name)/speeches.jsonl", atomically: true, encoding: .utf8)
        }
        let half = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder + "/half")
        XCTAssertNil(half.execute("load speeches.jsonl").error)
        XCTAssertEqual(
            half.execute("timeline prevent").output,
            "month    speeches  hits\n2021-11         2     4  " + String(repeating: "█", count: 80 - 25)
                + "\n2 matching speeches without a date left out")
        let none = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder + "/none")
        XCTAssertNil(none.execute("load speeches.jsonl").error)
        XCTAssertEqual(none.execute("timeline prevent").output, "no dated speeches match (4 matching speeches without a date left out)")
    }

    /// Words as the index splits them: runs of letters, digits and marks, lower-cased.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = [], current = ""
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) { current.unicodeScalars.append(scalar) } else if !current.isEmpty { tokens.append(current.lowercased()); current = "" }
        }
        if !current.isEmpty { tokens.append(current.lowercased()) }
        return tokens
    }

    /// Words as `stats` counts them: the same runs, but an apostrophe between two word characters joins.
    static func wordCount(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0, inWord = false
        for (index, scalar) in scalars.enumerated() {
            let joins = (scalar == "'" || scalar == "\u{2019}") && inWord && index + 1 < scalars.count && isWordScalar(scalars[index + 1])
            if isWordScalar(scalar) || joins {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
