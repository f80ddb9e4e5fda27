import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `lexdiv`: TTR and MATTR by hand on a fixture, and the seed against a brute-force computation.
final class LexdivTests: XCTestCase {
    /// Ann: red cat red dog (4 tokens, 3 types: TTR 0.750); Cy: blue cat (2 tokens, 2 types: 1.000).
    /// Window 3, Ann: [red cat red] 2 types, [cat red dog] 3: MATTR = (2 + 3) / (3 × 2) = 0.833.
    /// Cy has fewer than 3 tokens: MATTR = TTR = 1.000.
    /// Both in one party, Ann's speech first: red cat red dog blue cat, 6 tokens, 4 types (0.667);
    /// windows 2, 3, 3, 3 types: MATTR = 11 / (3 × 4) = 0.917.
    func testHandComputedValuesOnAFixture() throws {
        let session = try fixtureSession([("Ann Bee", "Labour", "Red cat red dog."), ("Cy Dee", "Labour", "Blue cat.")], test: self)
        // The numbers, not the bars: the table format without its chart.
        XCTAssertEqual(session.execute("set chart off").transcript, "")
        XCTAssertEqual(session.execute("lexdiv --window 3").output, """
            speaker  tokens  types    TTR  MATTR
            Ann Bee       4      3  0.750  0.833
            Cy Dee        2      2  1.000  1.000
            """)
        XCTAssertEqual(session.execute("lexdiv --by party --window 3 --format csv").output,
            "party,tokens,types,ttr,mattr\r\nLabour,6,4,0.667,0.917")
        // Window 2: [red cat] [cat red] [red dog] all 2 types: MATTR 1. Window 4 is all of Ann's: TTR.
        XCTAssertEqual(session.execute("lexdiv speaker:bee --window 2 --format csv").output, "speaker,tokens,types,ttr,mattr\r\nAnn Bee,4,3,0.750,1.000")
        XCTAssertEqual(session.execute("lexdiv speaker:bee --window 4 --format csv").output, "speaker,tokens,types,ttr,mattr\r\nAnn Bee,4,3,0.750,0.750")
        XCTAssertEqual(session.execute("lexdiv zebra").output, "no speeches match")
        XCTAssertEqual(session.execute("lexdiv --window 0").error, "error: --window takes a whole number from 1 to 10000000, not '0'")
    }

    /// A speech without words counts no tokens: no ratio (null), not NaN.
    func testAGroupWithoutTokensHasNoRatios() throws {
        let session = try fixtureSession([("Ann Bee", "Labour", "— …"), ("Cy Dee", "Labour", "Yes.")], test: self)
        XCTAssertEqual(session.execute("lexdiv --format csv").output, "speaker,tokens,types,ttr,mattr\r\nCy Dee,1,1,1.000,1.000\r\nAnn Bee,0,0,,")
    }

    /// On the seed, per speaker: the tests' own words, speeches in corpus order, every window's
    /// types counted afresh with a set.
    func testTheSeedAgreesWithABruteForceComputation() throws {
        let session = try seededSession()
        var streams: [String: [String]] = [:]
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            streams[speech.speaker, default: []] += independentWords(speech.text)
            return true
        }
        for window in [1, 50, 100, 500, 2000] {
            let rows = try jsonRows(session, "lexdiv --window \(window) --format json")
            XCTAssertEqual(rows.count, streams.count)
            for row in rows {
                let speaker = try XCTUnwrap(row["speaker"] as? String)
                let tokens = try XCTUnwrap(streams[speaker])
                let ttr = Double(Set(tokens).count) / Double(tokens.count)
                var mattr = ttr
                if tokens.count >= window {
                    let ratios = (0...(tokens.count - window)).map { Double(Set(tokens[$0..<($0 + window)]).count) / Double(window) }
                    mattr = ratios.reduce(0, +) / Double(ratios.count)
                }
                XCTAssertEqual(row["tokens"] as? Int, tokens.count, speaker)
                XCTAssertEqual(row["types"] as? Int, Set(tokens).count, speaker)
                XCTAssertEqual(try XCTUnwrap(row["ttr"] as? Double), ttr, accuracy: 0.00051, speaker)
                XCTAssertEqual(try XCTUnwrap(row["mattr"] as? Double), mattr, accuracy: 0.00051, "\(speaker) window \(window)")
            }
        }
    }
}
