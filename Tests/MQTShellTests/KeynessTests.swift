import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `keyness`: G² and log ratio by hand on a fixture, and against an independent count on the seed.
final class KeynessTests: XCTestCase {
    /// Ann: tax tax tax cut (N1 = 4); Cy: tax the plan now (N2 = 4).
    private func taxSession() throws -> Session {
        try fixtureSession([("Ann Bee", "Labour", "Tax tax tax cut."), ("Cy Dee", "Conservative", "Tax the plan now.")], test: self)
    }

    /// tax: a = 3, b = 1; table 3 1 / 1 3, every E = 4 × 4 / 8 = 2;
    ///   G² = 2 (3 ln 1.5 + ln 0.5 + ln 0.5 + 3 ln 1.5) = 2 (2.432790 − 1.386294) = 2.092992 → 2.09;
    ///   log ratio = log2((3/4) / (1/4)) = log2 3 = 1.58.
    /// cut: a = 1, b = 0; table 1 0 / 3 4, E = 0.5, 0.5, 3.5, 3.5;
    ///   G² = 2 (ln 2 + 0 + 3 ln(3/3.5) + 4 ln(4/3.5)) = 2 (0.693147 − 0.462452 + 0.534125) = 1.529640 → 1.53;
    ///   log ratio = log2((1/4) / (0.5/4)) = 1 (0.5 stands for the zero b).
    func testHandComputedValuesOnAFixture() throws {
        let session = try taxSession()
        XCTAssertEqual(session.execute("keyness speaker:bee --min-count 1").output, """
            word  count  ref count  per million  ref per million    G²  log ratio
            tax       3          1    750000.00        250000.00  2.09       1.58
            cut       1          0    250000.00             0.00  1.53       1.00
            """)
        // The other way round, tax is underused: the same G², negative, ranked last.
        XCTAssertEqual(session.execute("keyness speaker:dee --min-count 1").output, """
            word  count  ref count  per million  ref per million     G²  log ratio
            now       1          0    250000.00             0.00   1.53       1.00
            plan      1          0    250000.00             0.00   1.53       1.00
            the       1          0    250000.00             0.00   1.53       1.00
            tax       1          3    250000.00        750000.00  -2.09      -1.58
            """)
        // An explicit reference, a kept set and a piped set give the same table as the default.
        let expected = session.execute("keyness speaker:bee --min-count 1 --format json").output
        XCTAssertEqual(session.execute("keyness speaker:bee --min-count 1 --reference speaker:dee --format json").output, expected)
        XCTAssertNil(session.execute("let ann = search speaker:bee").error)
        XCTAssertNil(session.execute("let cy = search speaker:dee").error)
        XCTAssertEqual(session.execute("keyness $ann --min-count 1 --reference $cy --format json").output, expected)
        XCTAssertEqual(session.execute("search speaker:bee | keyness --min-count 1 --format json").output, expected)
        // --min-count counts in the target; the same set as reference scores 0 (never -0.00).
        XCTAssertEqual(session.execute("keyness speaker:bee --reference speaker:bee --format csv").output, """
            word,count,ref_count,per_million,ref_per_million,g2,log_ratio\r\ntax,3,3,750000.00,750000.00,0.00,0.00
            """)
    }

    func testErrorsNameWhatIsWrong() throws {
        let session = try taxSession()
        XCTAssertEqual(session.execute("keyness").error, "error: keyness needs a TARGET: a query, $NAME or a piped set of speeches")
        XCTAssertEqual(session.execute("keyness $nope").error, "error: no result named '$nope' (keep one with: let nope = COMMAND)")
        XCTAssertEqual(
            session.execute("keyness $ --top 1").error,
            "error: '$' is not a kept result: give $NAME (keep one with: let NAME = COMMAND) or a query")
        XCTAssertNil(session.execute("let t = stats").error)
        XCTAssertEqual(session.execute("keyness $t").error, "error: $t is a table, not a set of speeches")
        XCTAssertEqual(
            session.execute("keyness speaker:bee OR speaker:dee").error,
            "error: the reference has no words to compare with (the target is the whole corpus? give --reference)")
        XCTAssertEqual(session.execute("keyness speaker:bee --min-count 0").error, "error: --min-count takes a whole number from 1, not '0'")
        XCTAssertEqual(session.execute("keyness speaker:nobody").output, "the target has no words")
        XCTAssertEqual(session.execute("keyness speaker:bee --min-count 9").output, "no word occurs 9 times or more in the target")
    }

    /// On the seed, every word of Desai's speeches against Khan's (the rest of the corpus), counted
    /// with the tests' own word loop; G² by the closed form 2 (Σ O ln O − Σ R ln R − Σ C ln C + N ln N).
    func testTheSeedAgreesWithAnIndependentComputation() throws {
        let session = try seededSession()
        for (target, rest) in [("speaker:desai", "speaker:khan"), ("prevent", "-prevent")] {
            var a: [String: Int] = [:], b: [String: Int] = [:]
            for text in try textsOfSet(session, target) { for word in independentWords(text) { a[word, default: 0] += 1 } }
            for text in try textsOfSet(session, rest) { for word in independentWords(text) { b[word, default: 0] += 1 } }
            let n1 = Double(a.values.reduce(0, +)), n2 = Double(b.values.reduce(0, +))
            XCTAssertGreaterThan(n2, 100)
            func xlogx(_ x: Double) -> Double { x > 0 ? x * log(x) : 0 }
            let expected = a.filter { $0.value >= 2 }.map { word, count -> (String, Int, Int, Double, Double) in
                let (o11, o12) = (Double(count), Double(b[word] ?? 0))
                let (o21, o22) = (n1 - o11, n2 - o12)
                let g2 = 2 * (xlogx(o11) + xlogx(o12) + xlogx(o21) + xlogx(o22) - xlogx(n1) - xlogx(n2)
                    - xlogx(o11 + o12) - xlogx(o21 + o22) + xlogx(n1 + n2))
                let signed = o11 / n1 < o12 / n2 ? -g2 : g2
                return (word, count, b[word] ?? 0, signed, log2((o11 / n1) / ((o12 == 0 ? 0.5 : o12) / n2)))
            }.sorted { $0.3 != $1.3 ? $0.3 > $1.3 : $0.0 < $1.0 }
            let rows = try jsonRows(session, "keyness \(target) --top 0 --min-count 2 --format json")
            XCTAssertEqual(rows.count, expected.count, target)
            for (row, want) in zip(rows, expected) {
                XCTAssertEqual(row["word"] as? String, want.0, target)
                XCTAssertEqual(row["count"] as? Int, want.1, want.0)
                XCTAssertEqual(row["ref_count"] as? Int, want.2, want.0)
                XCTAssertEqual(try XCTUnwrap(row["g2"] as? Double), want.3, accuracy: 0.0051, want.0)
                XCTAssertEqual(try XCTUnwrap(row["log_ratio"] as? Double), want.4, accuracy: 0.0051, want.0)
                XCTAssertEqual(try XCTUnwrap(row["per_million"] as? Double), Double(want.1) * 1e6 / n1, accuracy: 0.0051, want.0)
                XCTAssertEqual(try XCTUnwrap(row["ref_per_million"] as? Double), Double(want.2) * 1e6 / n2, accuracy: 0.0051, want.0)
            }
        }
    }
}
