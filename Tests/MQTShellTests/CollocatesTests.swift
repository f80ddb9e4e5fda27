import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `collocates`: the four measures by hand on a fixture, and against an independent count on the seed.
final class CollocatesTests: XCTestCase {
    /// Ann: red cat red dog; Cy: blue cat. N = 6, f(cat) = 2, f(red) = 2, f(blue) = 1, f(dog) = 1.
    private func catSession() throws -> Session {
        try fixtureSession([("Ann Bee", "Labour", "Red cat red dog."), ("Cy Dee", "Conservative", "Blue cat.")], test: self)
    }

    /// Window 1,1 (S = 2): red stands next to cat twice, blue once. E(red) = 2 × 2 × 2 / 6 = 1.333,
    /// E(blue) = 2 × 1 × 2 / 6 = 0.667.
    /// MI: log2(2 / 1.333) = log2(1 / 0.667) = log2 1.5 = 0.58 (a tie: more observed first).
    /// t: red (2 − 1.333) / √2 = 0.47; blue (1 − 0.667) / 1 = 0.33.
    /// Dice: red 2 × 2 / (2 + 2) = 1; blue 2 × 1 / (2 + 1) = 0.667.
    /// G², red: table 2 2 / 0 2 (f(node) × S − O = 2, f(coll) − O = 0, 6 − 4 − 2 + 2 = 2), E = 1.333
    ///   2.667 / 0.667 1.333: 2 (2 ln 1.5 + 2 ln 0.75 + 2 ln 1.5) = 2 × 1.046496 = 2.09.
    /// G², blue: table 1 3 / 0 2, E = 0.667 3.333 / 0.333 1.667:
    ///   2 (ln 1.5 + 3 ln 0.9 + 2 ln 1.2) = 2 (0.405465 − 0.316082 + 0.364643) = 0.91.
    func testHandComputedMeasuresOnAFixture() throws {
        let session = try catSession()
        // The numbers, not the bars: the table format without its chart.
        XCTAssertEqual(session.execute("set chart off").transcript, "")
        XCTAssertEqual(session.execute("collocates cat --window 1,1 --min-count 1").output, """
            collocate  observed  expected    G²  frequency
            red               2      1.33  2.09          2
            blue              1      0.67  0.91          1
            """)
        XCTAssertEqual(session.execute("collocates cat --window 1,1 --min-count 1 --measure mi --format csv").output,
            "collocate,observed,expected,mi,frequency\r\nred,2,1.33,0.58,2\r\nblue,1,0.67,0.58,1")
        XCTAssertEqual(session.execute("collocates cat --window 1,1 --min-count 1 --measure t --format csv").output,
            "collocate,observed,expected,t,frequency\r\nred,2,1.33,0.47,2\r\nblue,1,0.67,0.33,1")
        XCTAssertEqual(session.execute("collocates CAT --window 1,1 --min-count 1 --measure dice --format csv").output,
            "collocate,observed,expected,dice,frequency\r\nred,2,1.33,1.000,2\r\nblue,1,0.67,0.667,1")
        // Window 2,2: dog is two words right of Ann's cat, once; Cy's cat does not reach into Ann's speech.
        let wide = try jsonRows(session, "collocates cat --window 2,2 --min-count 1 --format json")
        XCTAssertEqual(wide.map { $0["collocate"] as? String }, ["red", "blue", "dog"])
        XCTAssertEqual(wide.map { $0["observed"] as? Int }, [2, 1, 1])
        // Window 0,1 (S = 1): red once. Table 1 1 / 1 3, E = 0.667 1.333 / 1.333 2.667:
        // 2 (ln 1.5 + 2 ln 0.75 + 3 ln 1.125) = 2 (0.405465 − 0.575364 + 0.353348) = 0.37.
        XCTAssertEqual(session.execute("collocates cat --window 0,1 --min-count 1 --format csv").output,
            "collocate,observed,expected,g2,frequency\r\nred,1,0.67,0.37,2")
        // A query narrows the set: in Cy's speech alone N = 2 and f(cat) = 1.
        XCTAssertEqual(session.execute("collocates cat speaker:dee --window 1,1 --min-count 1 --format csv").output,
            "collocate,observed,expected,g2,frequency\r\nblue,1,1.00,0.00,1")
    }

    func testErrorsAndEmptyResults() throws {
        let session = try catSession()
        XCTAssertEqual(session.execute("collocates 'red cat'").error, "error: WORD must be one word (letters, digits and marks), not 'red cat'")
        XCTAssertEqual(session.execute("collocates --window 1,1").error?.hasPrefix("error: missing WORD"), true)
        let window = "words left and right of WORD, 0 to 1000 each, not both 0 (e.g. 5,5)"
        for bad in ["5", "0,0", "-1,2", "a,b", "1,2,3", "1001,0"] {
            XCTAssertEqual(session.execute("collocates cat --window \(bad)").error, "error: --window takes L,R: \(window), not '\(bad)'")
        }
        XCTAssertEqual(session.execute("collocates zebra").output, "'zebra' does not occur in these speeches")
        XCTAssertEqual(session.execute("collocates cat").output, "no word occurs 3 times or more near 'cat'")
    }

    /// On the seed, windows counted by the tests' own loop over their own words, every measure by
    /// its formula; G² by the closed form over the table with negative cells taken as 0.
    func testTheSeedAgreesWithAnIndependentComputation() throws {
        let session = try seededSession()
        let speeches = try textsOfSet(session, "").map(independentWords)
        let n = Double(speeches.reduce(0) { $0 + $1.count })
        var frequency: [String: Int] = [:]
        for words in speeches { for word in words { frequency[word, default: 0] += 1 } }
        func xlogx(_ x: Double) -> Double { x > 0 ? x * log(x) : 0 }
        for (node, left, right) in [("media", 5, 5), ("prevent", 2, 3), ("the", 4, 0), ("cricket", 5, 5)] {
            var observed: [String: Int] = [:]
            for words in speeches {
                for i in words.indices where words[i] == node {
                    for j in max(0, i - left)...min(words.count - 1, i + right) where j != i { observed[words[j], default: 0] += 1 }
                }
            }
            let fNode = Double(frequency[node] ?? 0), span = Double(left + right)
            for measure in ["ll", "mi", "t", "dice"] {
                let expected = observed.map { word, count -> (String, Int, Double, Double) in
                    let (o, fColl) = (Double(count), Double(frequency[word] ?? 0))
                    let e = fNode * fColl * span / n
                    let score: Double
                    switch measure {
                    case "mi": score = log2(o / e)
                    case "t": score = (o - e) / sqrt(o)
                    case "dice": score = 2 * o / (fNode + fColl)
                    default:
                        let cells = [o, fNode * span - o, fColl - o, n - fNode * span - fColl + o].map { max(0, $0) }
                        let total = cells.reduce(0, +)
                        let inner: Double = cells.map(xlogx).reduce(0, +)
                        let rowTerms: Double = xlogx(cells[0] + cells[1]) + xlogx(cells[2] + cells[3])
                        let columnTerms: Double = xlogx(cells[0] + cells[2]) + xlogx(cells[1] + cells[3])
                        let g2 = 2 * (inner - rowTerms - columnTerms + xlogx(total))
                        score = o < e ? -g2 : g2
                    }
                    return (word, count, e, score)
                }.sorted { (a: (String, Int, Double, Double), b: (String, Int, Double, Double)) -> Bool in
                    if a.3 != b.3 { return a.3 > b.3 }
                    return a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
                }
                let line = "collocates \(node) --window \(left),\(right) --measure \(measure) --min-count 1 --top 0 --format json"
                let rows = try jsonRows(session, line)
                XCTAssertEqual(rows.count, expected.count, line)
                XCTAssertGreaterThan(rows.count, 10, line)
                let key = measure == "ll" ? "g2" : measure
                for (row, want) in zip(rows, expected) {
                    XCTAssertEqual(row["collocate"] as? String, want.0, line)
                    XCTAssertEqual(row["observed"] as? Int, want.1, "\(line): \(want.0)")
                    XCTAssertEqual(row["frequency"] as? Int, frequency[want.0], "\(line): \(want.0)")
                    XCTAssertEqual(try XCTUnwrap(row["expected"] as? Double), want.2, accuracy: 0.0051, "\(line): \(want.0)")
                    XCTAssertEqual(try XCTUnwrap(row[key] as? Double), want.3, accuracy: measure == "dice" ? 0.00051 : 0.0051, "\(line): \(want.0)")
                }
            }
        }
    }
}
