import Foundation
import XCTest

@testable import MQTCore

/// The files a corpus came from, for an export's provenance: each file once with its content's
/// hash, and one hash over the contents that does not depend on paths or loading order.
final class CorpusSourcesTests: XCTestCase {
    private static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path + "/seeds"

    func testEachFileOnceAndOneHashWhateverTheOrder() throws {
        let files = [Self.seeds + "/prevent-in-london-2021-11-29.txt", Self.seeds + "/twfy-api-json"]
        let first = try Store()
        _ = try Loader(store: first).load(files)
        let second = try Store()
        _ = try Loader(store: second).load(files.reversed())
        let sources = try first.sourceFiles()
        XCTAssertEqual(sources, try second.sourceFiles())
        // The API file holds several transcripts (HASH#0, HASH#1, ...): it is one file here.
        let transcripts = try first.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM transcripts") ?? 0 }
        XCTAssertGreaterThan(transcripts, sources.files.count)
        // Sorted by path: seeds/prevent-... before seeds/twfy-api-json/....
        XCTAssertEqual(sources.files.map { ($0.file as NSString).lastPathComponent }, ["prevent-in-london-2021-11-29.txt", "gethansard-hong-kong-subset.json"])
        XCTAssertFalse(sources.files.contains { $0.contentHash.contains("#") })
        // The seed's hash is the digest of its bytes; the corpus hash is the digest of the sorted hashes.
        let seed = try Data(contentsOf: URL(fileURLWithPath: files[0]))
        XCTAssertTrue(sources.files.contains { $0.contentHash == ContentHash.digest(seed) })
        let joined = sources.files.map(\.contentHash).sorted().joined(separator: "\n")
        XCTAssertEqual(sources.hash, ContentHash.digest(Data(joined.utf8)))
        XCTAssertEqual(try Store().sourceFiles().files, [])
    }
}
