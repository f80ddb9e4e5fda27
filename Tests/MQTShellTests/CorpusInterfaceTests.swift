import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// The corpus interface as plugins use it, on every fixture in seeds/.
final class CorpusInterfaceTests: XCTestCase {
    /// Word frequencies come from the index's vocabulary for the whole corpus and from the texts
    /// for a narrower set: both must count words alike, so a set of every speech gives the same.
    func testTermFrequenciesAgreeBetweenTheIndexAndTheTexts() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        let corpus = session.corpus
        var rows: [Int64] = []
        try corpus.forEachSpeech(in: corpus.everything) { rows.append($0.rowID); return true }
        let fromIndex = try corpus.termFrequencies(in: corpus.everything)
        let fromTexts = try corpus.termFrequencies(in: corpus.set(of: rows))
        XCTAssertGreaterThan(fromIndex.count, 5000)
        XCTAssertEqual(fromIndex.count, fromTexts.count)
        XCTAssertEqual(fromIndex.first(where: { $0.term == "government" }), fromTexts.first(where: { $0.term == "government" }))
        XCTAssertEqual(Set(fromIndex.map(\.term)).symmetricDifference(fromTexts.map(\.term)), [])
        let differing = zip(fromIndex, fromTexts).filter { $0 != $1 }.prefix(5).map { "\($0) vs \($1)" }
        XCTAssertEqual(differing, [])
    }

    /// A set's size, counts and streamed speeches agree, and a narrower set is within the wider one.
    func testASetIsTheSameWhicheverWayItIsRead() throws {
        let session = try seededSession()
        let corpus = session.corpus
        let prevent = try corpus.select("prevent", within: nil)
        var streamed: [Int64] = []
        try corpus.forEachSpeech(in: prevent) { streamed.append($0.rowID); return true }
        XCTAssertEqual(try corpus.size(of: prevent), 4)
        XCTAssertEqual(streamed.count, 4)
        XCTAssertEqual(try corpus.count(prevent).speeches, 4)
        XCTAssertEqual(try corpus.sizes(of: prevent, by: .speaker).map(\.speeches).reduce(0, +), 4)
        let khan = try corpus.select("speaker:Khan", within: prevent)
        XCTAssertEqual(try corpus.count(khan), SearchTotals(speeches: 2, hits: 6))
        XCTAssertEqual(khan.query, "prevent")
        var narrowed: [Int64] = []
        try corpus.forEachSpeech(in: khan) { narrowed.append($0.rowID); return true }
        XCTAssertTrue(Set(narrowed).isSubset(of: streamed))
        XCTAssertThrowsError(try corpus.select("(prevent", within: nil)) { error in
            XCTAssertEqual((error as? PositionedError)?.message, "unbalanced bracket in query")
        }
    }
}
