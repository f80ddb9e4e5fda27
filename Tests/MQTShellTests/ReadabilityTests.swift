import Foundation
import MQTKit
import MQTPlugins
import StatsPlugin
import XCTest
@testable import MQTShell

/// `readability`: the syllable heuristic word by word, Flesch scores by hand on a fixture, and the
/// seed against an independent implementation.
final class ReadabilityTests: XCTestCase {
    /// Counted by hand with the documented rules: vowel groups (y a vowel except first), less a
    /// silent final e / -ed / -es. The rules miss some (café is 2, rhythm 2): the values are the rules'.
    func testSyllablesOfWordsCountedByHand() {
        let expected: [String: Int] = [
            "the": 1, "cat": 1, "make": 1, "table": 2, "agree": 2, "walked": 1, "wanted": 2, "needed": 2,
            "makes": 1, "boxes": 2, "changes": 2, "government": 3, "radicalisation": 6, "yes": 1, "by": 1,
            "Yorkshire": 2, "rhythm": 1, "café": 1, "people": 2, "used": 1, "does": 1, "bed": 1, "a": 1,
            "strengths": 1, "mp3": 1, "2021": 0, "": 0,
        ]
        for (word, syllables) in expected {
            XCTAssertEqual(SyllableCounter.syllables(in: word), syllables, word)
        }
        XCTAssertEqual(
            SyllableCounter.words(in: "The Government’s plan, don't-stop: £1.4 million in 2021 for MP3s 'quoted'."),
            ["the", "governments", "plan", "dont", "stop", "million", "in", "for", "mp3s", "quoted"])
    }

    /// The one-pass count readability uses gives what the word list and the word counter give.
    func testTheOnePassCountAgreesWithWordByWordCounting() throws {
        let session = try seededSession()
        let texts = try textsOfSet(session, "") + ["Café’s naïve ÉCOLE d'été 1.4 don''t O'Brien' Straße ΑΘΗΝΑ e\u{301}te"]
        for text in texts {
            for sentence in SentenceSplitter.sentences(in: text) {
                let words = SyllableCounter.words(in: sentence)
                let counts = SyllableCounter.counts(in: sentence)
                XCTAssertEqual(counts.words, words.count, sentence)
                XCTAssertEqual(counts.syllables, words.reduce(0) { $0 + SyllableCounter.syllables(in: $1) }, sentence)
            }
        }
    }

    /// Ann: "The cat sat. We agree to make a table." 2 sentences, 9 words; syllables
    ///   the 1, cat 1, sat 1, we 1, agree 2, to 1, make 1, a 1, table 2 = 11.
    ///   ease = 206.835 − 1.015 × 9/2 − 84.6 × 11/9 = 206.835 − 4.5675 − 103.4 = 98.8675 → 98.9;
    ///   grade = 0.39 × 4.5 + 11.8 × 11/9 − 15.59 = 1.755 + 14.4222 − 15.59 = 0.5872 → 0.6.
    /// Cy: "Radicalisation remains significant in 2021." 1 sentence, 4 words (2021 is not one);
    ///   radicalisation 6, remains 2, significant 4, in 1 = 13;
    ///   ease = 206.835 − 1.015 × 4 − 84.6 × 13/4 = 206.835 − 4.06 − 274.95 = −72.175 → −72.2;
    ///   grade = 0.39 × 4 + 11.8 × 3.25 − 15.59 = 1.56 + 38.35 − 15.59 = 24.32 → 24.3.
    func testFleschScoresByHandOnAFixture() throws {
        let session = try fixtureSession([
            ("Ann Bee", "Labour", "The cat sat. We agree to make a table."),
            ("Cy Dee", "Conservative", "Radicalisation remains significant in 2021."),
        ], test: self)
        // The numbers, not the bars: the table format without its chart.
        XCTAssertEqual(session.execute("set chart off").transcript, "")
        XCTAssertEqual(session.execute("readability").output, """
            speaker  words  sentences  syllables  reading ease  grade
            Ann Bee      9          2         11          98.9    0.6
            Cy Dee       4          1         13         -72.2   24.3
            """)
        XCTAssertEqual(session.execute("readability speaker:dee --by party --format csv").output,
            "party,words,sentences,syllables,reading_ease,grade\r\nConservative,4,1,13,-72.2,24.3")
        XCTAssertEqual(session.execute("readability zebra").output, "no speeches match")
        XCTAssertEqual(session.execute("readability --by colour").error?.hasPrefix("error: --by takes one of speaker, party"), true)
    }

    /// A speech of numbers only has no words: its row has no scores (null), not NaN.
    /// Yes: 1 word, 1 sentence, 1 syllable: 206.835 − 1.015 − 84.6 = 121.2; 0.39 + 11.8 − 15.59 = −3.4.
    func testAGroupWithoutWordsHasNoScores() throws {
        let session = try fixtureSession([("Ann Bee", "Labour", "2021. 2022."), ("Cy Dee", "Labour", "Yes.")], test: self)
        XCTAssertEqual(session.execute("readability --format csv").output,
            "speaker,words,sentences,syllables,reading_ease,grade\r\nCy Dee,1,1,1,121.2,-3.4\r\nAnn Bee,0,0,0,,")
    }

    /// Independent syllables: regular expressions over the folded letters.
    private func syllables(_ word: String) -> Int {
        var letters = word.lowercased().filter(\.isLetter)
        if letters.isEmpty { return 0 }
        if letters.hasPrefix("y") { letters = "Y" + letters.dropFirst() }
        var count = letters.matches(of: /[aeiouy]+/).count
        if count > 1 {
            let silentE = letters.wholeMatch(of: /.*[^aeiouy]e/) != nil && letters.wholeMatch(of: /.*[^aeiouy]le/) == nil
            if silentE || letters.wholeMatch(of: /.*[^aeiouytd]ed/) != nil || letters.wholeMatch(of: /.*[^aeiouycghsxz]es/) != nil {
                count -= 1
            }
        }
        return max(1, count)
    }

    /// Independent words: split at anything but letters, digits, marks and inner apostrophes.
    private func words(_ text: String) -> [String] {
        var joined = text
        while let match = joined.firstMatch(of: /([\p{L}\p{N}])['’]([\p{L}\p{N}])/) {
            joined.replaceSubrange(match.range, with: String(match.output.1) + String(match.output.2))
        }
        let runs = joined.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { $0.lowercased() }
        return runs.filter { run in run.contains { $0.isLetter } }
    }

    func testTheSeedAgreesWithAnIndependentImplementation() throws {
        let session = try seededSession()
        for speaker in ["Sadiq Khan", "Unmesh Desai"] {
            var (w, s, y) = (0, 0, 0)
            for text in try textsOfSet(session, "speaker:\"\(speaker)\"") {
                for sentence in SentenceSplitter.sentences(in: text) {
                    let found = words(sentence)
                    if found.isEmpty { continue }
                    s += 1
                    w += found.count
                    y += found.map(syllables).reduce(0, +)
                }
            }
            let row = try XCTUnwrap(try jsonRows(session, "readability --format json").first { $0["speaker"] as? String == speaker })
            XCTAssertEqual(row["words"] as? Int, w, speaker)
            XCTAssertEqual(row["sentences"] as? Int, s, speaker)
            XCTAssertEqual(row["syllables"] as? Int, y, speaker)
            let (ws, sw) = (Double(w) / Double(s), Double(y) / Double(w))
            XCTAssertEqual(try XCTUnwrap(row["reading_ease"] as? Double), 206.835 - 1.015 * ws - 84.6 * sw, accuracy: 0.051, speaker)
            XCTAssertEqual(try XCTUnwrap(row["grade"] as? Double), 0.39 * ws + 11.8 * sw - 15.59, accuracy: 0.051, speaker)
        }
    }
}
