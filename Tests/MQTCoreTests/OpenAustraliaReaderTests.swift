import Foundation
import XCTest

@testable import MQTCore

/// OpenAustralia's publicwhip variant. Expected numbers come from python3 (`bench/load-reference-counts.py`).
final class OpenAustraliaReaderTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testSenateExcerpt() throws {
        let path = Self.repo + "/seeds/openaustralia-2007/senate-2007-09-20.xml"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try XCTUnwrap(ReaderRegistry.reader(for: data, fileName: (path as NSString).lastPathComponent))
        XCTAssertEqual(reader.format, "openaustralia")
        let t = try XCTUnwrap(try reader.read(data, path: path).first)
        XCTAssertEqual([t.transcript.body, t.transcript.section, t.transcript.date], ["Senate", "senate", "2007-09-20"])
        let kinds = t.speeches.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
        XCTAssertEqual(kinds, [.speech: 41, .interjection: 5])
        XCTAssertEqual(Set(t.speeches.map(\.speaker)).count, 21)
        XCTAssertEqual(ParlParseReaderTests.characters(t), 81229)
        let clerk = try XCTUnwrap(t.speeches.first { $0.sourceID == "uk.org.publicwhip/lords/2007-09-20.4.3" })
        XCTAssertEqual(clerk.speaker, "The Clerk")
        XCTAssertEqual(clerk.kind, .interjection)
        XCTAssertNil(clerk.speakerID, "speakerid=\"unknown\" is no id")
        XCTAssertNil(clerk.time, "time=\"unknown\" is no time")
        XCTAssertEqual(t.speeches.first?.speakerID, "uk.org.publicwhip/lord/100263")
        XCTAssertEqual(t.speeches.first?.headings, ["WOMEN IN PARLIAMENT EXHIBITION"], "an empty minor-heading is no heading")
    }

    func testFullCorpusMatchesTheReadme() throws {
        let folder = Self.repo + "/../shared/corpora/openaustralia-2007"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("../shared/corpora is absent: full-corpus counts not checked")
        }
        let store = try Store()
        let report = try Loader(store: store).load([folder])
        XCTAssertEqual(report.failures.count, 0, "\(report.failures)")
        XCTAssertEqual(report.skippedFiles.count, 3, "members/*.xml are not transcripts")
        let (total, sections) = try store.summary()
        // README: 400 + 469 speeches, of which 26 + 50 are nospeaker items (not speeches).
        XCTAssertEqual(total.speeches, 869 - 76)
        XCTAssertEqual(sections.map { $0.body ?? "" }, ["House of Representatives", "Senate"])
        XCTAssertEqual(sections.map(\.speeches), [374, 419])
        XCTAssertEqual(total.kinds, ["speech": 566, "interjection": 227])
    }
}
