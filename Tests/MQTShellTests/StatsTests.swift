import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `stats` and `speakers` agree with figures computed here from the texts, by code of this test's
/// own: a word loop with apostrophes joining, a sentence rule as a regular expression, a median by
/// sorting, and every period between the first and last filled in.
final class StatsTests: XCTestCase {
    /// Words as `stats` counts them: runs of letters, digits and marks; an apostrophe between two
    /// such characters joins them.
    static func wordCount(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        func isWord(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
        }
        var count = 0
        var inWord = false
        for (i, s) in scalars.enumerated() {
            if isWord(s) {
                if !inWord { count += 1 }
                inWord = true
            } else if (s == "'" || s == "’") && inWord && i + 1 < scalars.count && isWord(scalars[i + 1]) {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "hon", "rt", "prof", "sir", "gen", "col", "lt", "capt", "rev", "cllr",
        "e.g", "i.e", "etc", "cf", "vs", "v", "co", "ltd", "jr", "sr", "art", "para", "paras", "sec", "cl", "vol", "p",
        "pp", "op", "cit",
    ]

    static let citationAbbreviations: Set<String> = ["c", "cc", "cols", "s", "ss", "ch", "fig", "figs", "q", "qq", "vols"]
    static let openers: Set<String> = [
        "the", "a", "an", "as", "from", "it", "this", "that", "these", "those", "in", "on", "we", "i", "he", "she",
        "they", "there", "but", "and", "if", "what", "when", "however", "so", "our", "my", "his", "her", "their",
    ]

    /// Sentences by a regular expression over each paragraph (a table's: its non-blank lines): an
    /// end mark, closers, white space, and a capital, digit, currency sign or opener next; not after
    /// an abbreviation, another full stop, capitals each with a full stop (unless an opener
    /// follows), or a citation's
    /// abbreviation before a number (a digit, after a currency sign or up to three capitals).
    static func sentenceCount(_ text: String) -> Int {
        let end = try! NSRegularExpression(pattern: #"[.!?]["'’”)\]]*\s+(?=[\p{Lu}\p{N}"'‘“(£$€])"#)
        let before = try! NSRegularExpression(pattern: #"[\p{L}.]*$"#)
        let initials = try! NSRegularExpression(pattern: #"^(\p{Lu}\.)*\p{Lu}$"#)
        var count = 0
        for paragraph in text.components(separatedBy: "\n\n") {
            if paragraph.contains("|") {
                count += paragraph.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
                continue
            }
            let ns = paragraph as NSString
            var start = 0
            for match in end.matches(in: paragraph, range: NSRange(location: 0, length: ns.length)) {
                let upTo = match.range.location + match.range.length
                if ns.substring(with: NSRange(location: match.range.location, length: 1)) == "." {
                    let head = ns.substring(to: match.range.location)
                    let word = (head as NSString).substring(with: before.firstMatch(in: head, range: NSRange(location: 0, length: (head as NSString).length))!.range)
                    let rest = ns.substring(from: upTo)
                    let nextIsDigit = rest.range(of: #"^([£$€]|\p{Lu}{1,3} ?)?\p{N}"#, options: .regularExpression) != nil
                    let next = ns.substring(from: upTo).prefix { $0.isLetter }.lowercased()
                    let initial = initials.firstMatch(in: word, range: NSRange(location: 0, length: (word as NSString).length)) != nil
                    if head.hasSuffix(".") || (initial && !openers.contains(next))
                        || abbreviations.contains(word.lowercased()) || (nextIsDigit && citationAbbreviations.contains(word.lowercased()))
                    {
                        continue
                    }
                }
                if !ns.substring(with: NSRange(location: start, length: upTo - start)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { count += 1 }
                start = upTo
            }
            if !ns.substring(from: start).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { count += 1 }
        }
        return count
    }

    static func median(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        let n = sorted.count
        let middle = n % 2 == 1 ? Double(sorted[n / 2]) : Double(sorted[n / 2 - 1] + sorted[n / 2]) / 2
        return Int(middle.rounded(.toNearestOrAwayFromZero))
    }

    static func rows(_ json: String) throws -> [[String: Any]] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    /// Over every fixture (1919 to 2024): one row per year in order, empty years as zeros, and
    /// each year's figures as computed here.
    func testEveryYearAgreesWithFiguresComputedFromTheTexts() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        var lengths: [Int: [Int]] = [:], sentences: [Int: Int] = [:], dates: [Int: [String]] = [:]
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            guard let year = Int(speech.date.prefix(4)) else { return true }
            lengths[year, default: []].append(Self.wordCount(speech.text))
            sentences[year, default: 0] += Self.sentenceCount(speech.text)
            dates[year, default: []].append(speech.date)
            return true
        }
        let total = lengths.values.joined().reduce(0, +)
        let rows = try Self.rows(session.execute("stats --by year --format json").output)
        XCTAssertEqual(rows.compactMap { $0["year"] as? String }, (1919...2024).map(String.init))
        for row in rows {
            let year = try XCTUnwrap(Int(row["year"] as? String ?? ""))
            guard let words = lengths[year] else {
                XCTAssertEqual(row["speeches"] as? Int, 0, "\(year)")
                XCTAssertTrue(row["mean_words"] is NSNull && row["first_date"] is NSNull, "\(year): an empty year has no mean, no dates")
                continue
            }
            let sum = words.reduce(0, +)
            XCTAssertEqual(row["speeches"] as? Int, words.count, "\(year)")
            XCTAssertEqual(row["words"] as? Int, sum, "\(year)")
            XCTAssertEqual(row["sentences"] as? Int, sentences[year], "\(year)")
            XCTAssertEqual(row["mean_words"] as? Int, Int((Double(sum) / Double(words.count)).rounded()), "\(year)")
            XCTAssertEqual(row["median_words"] as? Int, Self.median(words), "\(year)")
            XCTAssertEqual(row["share_percent"] as? Double ?? -1, (Double(sum) * 1000 / Double(total)).rounded() / 10, accuracy: 1e-9, "\(year)")
            XCTAssertEqual(row["first_date"] as? String, dates[year]?.min(), "\(year)")
            XCTAssertEqual(row["last_date"] as? String, dates[year]?.max(), "\(year)")
        }
    }

    /// The seed by hand: Khan's speeches have 329, 210 and 404 words (median 329, mean 314.3);
    /// Desai's 17, 116, 173 and 17 (median (17 + 116) / 2 = 66.5, rounded to 67; mean 80.75).
    func testTheSeedByHand() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("speakers --format csv").output,
            "speaker,party_or_role,turns,words,share_percent,mean_words,median_words,first_date,last_date\r\n"
                + "Sadiq Khan,Mayor of London,3,943,74.5,314,329,2021-11-29,2021-11-29\r\n"
                + "Unmesh Desai,Labour,4,323,25.5,81,67,2021-11-29,2021-11-29")
        // cricket: Khan's 404-word answer of his 943 words, Desai's 173 of 323, per thousand.
        XCTAssertEqual(
            session.execute("stats cricket --per thousand --format csv").output,
            "speaker,speeches,words,sentences,mean_words,median_words,share_percent,first_date,last_date,per_thousand\r\n"
                + "Sadiq Khan,1,404,22,404,404,70.0,2021-11-29,2021-11-29,428.4\r\n"
                + "Unmesh Desai,1,173,7,173,173,30.0,2021-11-29,2021-11-29,535.6")
    }

    func testSpeakersBySpeakerAgreesWithTheTexts() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load parlparse-2009").error)
        var lengths: [String: [Int]] = [:]
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            lengths[speech.speaker, default: []].append(Self.wordCount(speech.text))
            return true
        }
        let rows = try Self.rows(session.execute("speakers --format json").output)
        XCTAssertEqual(rows.count, lengths.count)
        for row in rows {
            let name = try XCTUnwrap(row["speaker"] as? String)
            let words = try XCTUnwrap(lengths[name == "(none)" ? "" : name], name)
            XCTAssertEqual(row["turns"] as? Int, words.count, name)
            XCTAssertEqual(row["words"] as? Int, words.reduce(0, +), name)
            XCTAssertEqual(row["median_words"] as? Int, Self.median(words), name)
        }
        let wordsInOrder = rows.compactMap { $0["words"] as? Int }
        XCTAssertEqual(wordsInOrder, wordsInOrder.sorted(by: >), "most words first")
    }

    /// `help words` states the seed's two word counts; they are what `info` and `freq` count.
    func testHelpWordsStatesTheSeedsCounts() throws {
        let session = try seededSession()
        let help = session.execute("help words").output
        XCTAssertTrue(help.hasPrefix("How mqt counts words and sentences\n"), help)
        XCTAssertTrue(help.contains("the seed's 1,266 counted words\nare 1,273 index words"), help)
        XCTAssertTrue(session.execute("info --format json").output.contains(#""words": 1266,"#))
        let index = try Self.rows(session.execute("freq --top 0 --stopwords none --format json").output)
        XCTAssertEqual(index.compactMap { $0["count"] as? Int }.reduce(0, +), 1273)
    }

    func testBadGroupIsNamed() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("speakers --by kind").transcript,
            "error: --by takes one of speaker, party, role, not 'kind'\n  speakers --by kind\n                ^^^^")
    }
}
