import GRDB
import XCTest
@testable import MQTCore

/// The kept corpus frequencies are the index's, and follow the corpus when it changes.
final class TermCountsTests: XCTestCase {
    static let root = SentenceCountTests.root

    func testKeptCountsAreTheTextsCountsAndFollowALoad() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        XCTAssertEqual(try store.corpusTermFrequencies().reduce(0) { $0 + $1.count }, 1273)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'term_counts_corpus'") }, "7:7")
        _ = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009"])
        var counts = WordCounts()
        try store.forEachText(in: .everything) { counts.add($0) }
        XCTAssertEqual(try store.corpusTermFrequencies(), counts.frequencies, "rebuilt after the load, equal to a scan of every text")
        XCTAssertEqual(try store.corpusTermFrequencies(), counts.frequencies, "and the same when read back")
    }
}
