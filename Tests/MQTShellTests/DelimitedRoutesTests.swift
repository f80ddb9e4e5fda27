import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// CSV and TSV fields are the same whether the csv/tsv output format or `export` writes them.
final class DelimitedRoutesTests: XCTestCase {
    /// A speech whose title and text hold every character the two formats treat specially.
    let title = "Title\r\nline two"
    let text = "one\rtwo\r\nthree\tfour \"five\", six\nseven"

    func session() throws -> (Session, String) {
        let folder = NSTemporaryDirectory() + "mqt-delimited-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let record: [String: Any] = [
            "transcript_id": 1, "title": title, "body": "B", "section": "debates", "date": "2020-01-01",
            "format": "jsonl", "id": "d.1", "seq": 1, "speaker": "S", "kind": "speech", "headings": [], "text": text,
        ]
        let line = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        try line.write(to: URL(fileURLWithPath: folder + "/speech.jsonl"))
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        XCTAssertNil(session.execute("load speech.jsonl").error)
        return (session, folder)
    }

    func testCSVFieldsAreTheSameInOutputAndExport() throws {
        let (session, folder) = try session()
        let shown = session.execute("show d.1 --format csv").output
        XCTAssertNil(session.execute("export \(folder)/out.csv").error)
        let exported = try String(contentsOfFile: folder + "/out.csv", encoding: .utf8)
        let titleField = "\"Title\r\nline two\""
        let textField = "\"one\rtwo\r\nthree\tfour \"\"five\"\", six\nseven\""
        XCTAssertTrue(shown.hasSuffix(",\(titleField),[],S,,,,speech,,,\(textField)"), shown.debugDescription)
        XCTAssertTrue(exported.contains(",\(titleField),"), exported.debugDescription)
        XCTAssertTrue(exported.hasSuffix(",\(textField)\r\n"), exported.debugDescription)
    }

    func testTSVFieldsAreTheSameInOutputAndExport() throws {
        let (session, folder) = try session()
        let shown = session.execute("show d.1 --format tsv").output
        XCTAssertNil(session.execute("export \(folder)/out.tsv").error)
        let exported = try String(contentsOfFile: folder + "/out.tsv", encoding: .utf8)
        XCTAssertTrue(shown.hasSuffix("\tTitle line two\t[]\tS\t\t\t\tspeech\t\t\tone two three four \"five\", six seven"), shown.debugDescription)
        XCTAssertTrue(exported.contains("\tTitle line two\t"), exported.debugDescription)
        XCTAssertTrue(exported.hasSuffix("\tone two three four \"five\", six seven\n"), exported.debugDescription)
    }
}
