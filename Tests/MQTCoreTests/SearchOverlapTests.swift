import Foundation
import XCTest

@testable import MQTCore

/// A hit is a place in the text: terms of one query that find the same words count them once,
/// in `count` and in the spans `kwic` prints.
final class SearchOverlapTests: XCTestCase {
    /// The seed, where every `racis*` is `racism` and every `social` starts `social media`.
    func seedStore() throws -> Store {
        let store = try Store()
        _ = try Loader(store: store).load([SearchCountTests.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        return store
    }

    /// One speech written here: `social` stands alone once, and `social media` twice.
    func smallStore() throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-overlap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("overlap.jsonl")
        let line = #"{"title": "T", "date": "2020-01-01", "speaker": "X", "text": "Social media and social care. Social media again."}"#
        try (line + "\n").write(to: file, atomically: true, encoding: .utf8)
        let store = try Store()
        _ = try Loader(store: store).load([file.path])
        return store
    }

    func totals(_ store: Store, _ query: String) throws -> SearchTotals {
        try store.countMatches(try store.compileQuery(query))
    }

    /// Every span of the concordance, as `token:length`.
    func spans(_ store: Store, _ query: String) throws -> [String] {
        try store.concordanceHits(try store.compileQuery(query)).flatMap(\.spans).map { "\($0.token):\($0.length)" }
    }

    func testAPrefixAndAWordFindingTheSameWordAreOneHit() throws {
        let store = try seedStore()
        XCTAssertEqual(try totals(store, "racism"), SearchTotals(speeches: 2, hits: 3))
        XCTAssertEqual(try totals(store, "racis* racism"), SearchTotals(speeches: 2, hits: 3))
        XCTAssertEqual(try totals(store, "racism racism"), SearchTotals(speeches: 2, hits: 3))
        XCTAssertEqual(try spans(store, "racis* racism"), try spans(store, "racism"))
        XCTAssertEqual(try spans(store, "racis* racism").count, 3)
    }

    func testTermsInSeveralMatchExpressionsMergeToo() throws {
        let store = try seedStore()
        XCTAssertEqual(try totals(store, "(racism OR date:2009) racis*"), SearchTotals(speeches: 2, hits: 3))
        XCTAssertEqual(try spans(store, "(racism OR date:2009) racis*"), try spans(store, "racism"))
    }

    func testAPhraseAndAWordInsideItAreOneHitCoveringThePhrase() throws {
        let store = try smallStore()
        XCTAssertEqual(try totals(store, "\"social media\""), SearchTotals(speeches: 1, hits: 2))
        XCTAssertEqual(try totals(store, "\"social media\" social"), SearchTotals(speeches: 1, hits: 3))
        XCTAssertEqual(try spans(store, "\"social media\" social"), ["0:2", "3:1", "5:2"])
        XCTAssertEqual(try spans(store, "\"social media\" media*"), ["0:2", "5:2"])
        // Words that touch share no token: two hits where the phrase stands.
        XCTAssertEqual(try totals(store, "social media"), SearchTotals(speeches: 1, hits: 5))
        XCTAssertEqual(try spans(store, "social media"), ["0:1", "1:1", "3:1", "5:1", "6:1"])
    }

    func testNearMembersMergeWithTheSameWords() throws {
        let store = try smallStore()
        // social(3) care(4) social(5): NEAR ignores order.
        XCTAssertEqual(try totals(store, "NEAR(social care, 0)"), SearchTotals(speeches: 1, hits: 3))
        XCTAssertEqual(try totals(store, "NEAR(social care, 0) social"), SearchTotals(speeches: 1, hits: 4))
        XCTAssertEqual(try totals(store, "NEAR(\"social media\" again, 0) media"), SearchTotals(speeches: 1, hits: 3))
    }

    func testMergingSpans() {
        let merged = MatchSpan.merged([.init(token: 5, length: 1), .init(token: 3, length: 3), .init(token: 6, length: 1), .init(token: 3, length: 1)])
        XCTAssertEqual(merged, [MatchSpan(token: 3, length: 3), MatchSpan(token: 6, length: 1)])
        XCTAssertEqual(MatchSpan.merged([.init(token: 0, length: 2), .init(token: 1, length: 2), .init(token: 2, length: 2)]), [MatchSpan(token: 0, length: 4)])
    }
}
