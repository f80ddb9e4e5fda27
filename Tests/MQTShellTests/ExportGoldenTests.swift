import Foundation
import MQTKit
import MQTShell
import XCTest

/// Every export format, byte for byte, on the seed: a search's speeches, a table (`count --by
/// speaker`) and a record (`info`), with the provenance of each. The goldens live in
/// `ExportGoldens/`; `MQT_UPDATE_GOLDENS=1 swift test --filter ExportGoldenTests` rewrites them
/// (read the diff before committing). The time is fixed with SOURCE_DATE_EPOCH, and the
/// repository's path is written `$ROOT`, so the files are the same on every machine.
final class ExportGoldenTests: XCTestCase {
    static let goldens = repositoryRoot + "/Tests/MQTShellTests/ExportGoldens"
    /// 2021-11-29T00:00:00Z, the seed's date.
    static let epoch = "1638144000"

    /// A seeded session writing into a new folder, with the time fixed.
    func session() throws -> (Session, String) {
        setenv("SOURCE_DATE_EPOCH", Self.epoch, 1)
        addTeardownBlock { unsetenv("SOURCE_DATE_EPOCH") }
        let folder = NSTemporaryDirectory() + "mqt-export-goldens-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let session = try seededSession()
        session.baseDirectory = folder
        return (session, folder)
    }

    func testEveryFormatOfSpeechesTablesAndRecordsMatchesItsGolden() throws {
        let (session, folder) = try session()
        var files: [String] = []
        for format in ["jsonl", "json", "csv", "tsv", "md", "txt", "html"] {
            for (name, producer) in [("speeches", "search \"social media\" | "), ("speakers", "count prevent --by speaker | ")] {
                let outcome = session.execute(producer + "export \(name).\(format)")
                XCTAssertNil(outcome.error, "\(name).\(format)")
                files.append("\(name).\(format)")
                if !["md", "html"].contains(format) { files.append("\(name).\(format).meta.json") }
            }
        }
        XCTAssertNil(session.execute("info | export info.json").error)
        files += ["info.json", "info.json.meta.json"]
        XCTAssertNil(session.execute("count --by kind | export kinds-excel.csv --excel --no-provenance").error)
        files.append("kinds-excel.csv")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), files.sorted(), "no other file, no temporary file left")
        for file in files {
            // Decoded by hand: String(contentsOfFile:) drops a byte order mark.
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)), as: UTF8.self)
                .replacingOccurrences(of: repositoryRoot, with: "$ROOT")
            let golden = Self.goldens + "/" + file
            if ProcessInfo.processInfo.environment["MQT_UPDATE_GOLDENS"] == "1" {
                try Data(written.utf8).write(to: URL(fileURLWithPath: golden))
                continue
            }
            let expected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: golden)), as: UTF8.self)
            XCTAssertEqual(written, expected, "\(file) differs from \(golden)")
        }
    }

    /// The summary names the rows, the bytes on disk and the path.
    func testTheSummaryCountsWhatIsOnDisk() throws {
        let (session, folder) = try session()
        for (line, rows) in [("count prevent --by speaker | export s.csv", "2 rows"), ("export all.md", "7 speeches"), ("info | export i.txt", "1 record")] {
            let outcome = session.execute(line)
            let file = String(line.split(separator: " ").last ?? "")
            let bytes = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.size] as? Int)
            let sidecar = file.hasSuffix(".md") ? "" : ", provenance to \(file).meta.json"
            XCTAssertEqual(outcome.output, "wrote \(rows) (\(bytes) bytes) to \(file)\(sidecar)")
        }
    }

    func testExcelAddsAByteOrderMarkAndOnlyToDelimitedFiles() throws {
        let (session, folder) = try session()
        XCTAssertNil(session.execute("count --by kind | export k.tsv --excel").error)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/k.tsv"))
        XCTAssertEqual(Array(data.prefix(4)), [0xEF, 0xBB, 0xBF, UInt8(ascii: "k")])
        XCTAssertEqual(session.execute("count --by kind | export k.json --excel").error, "error: --excel is for csv and tsv files, not json")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/k.json"))
    }

    func testNoProvenanceLeavesItOutEverywhere() throws {
        let (session, folder) = try session()
        for file in ["a.csv", "a.md", "a.html"] {
            XCTAssertEqual(session.execute("count --by kind | export \(file) --no-provenance").error, nil)
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains("content hash"), file)
            XCTAssertFalse(text.contains(Self.epoch), file)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["a.csv", "a.html", "a.md"])
    }

    func testStandardOutputGetsTheFileWithoutItsLastNewline() throws {
        let (session, folder) = try session()
        XCTAssertEqual(session.execute("count --by kind | export - --format csv").output, "kind,speeches,hits\r\nquestion,4,0\r\nanswer,3,0")
        XCTAssertEqual(session.execute("count --by kind | export -").output, """
            {"kind": "question", "speeches": 4, "hits": 0}
            {"kind": "answer", "speeches": 3, "hits": 0}
            """)
        XCTAssertTrue(session.execute("count --by kind | export - --format markdown").output.hasPrefix("<!--\nexported by mqt\ncommand: count --by kind | export - --format markdown\n"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], "no file named -")
        // The session's output format does not quote the file's text again.
        XCTAssertNil(session.execute("set format csv").error)
        XCTAssertEqual(session.execute("count --by kind | export - --format json --no-provenance").output, """
            [
              {"kind": "question", "speeches": 4, "hits": 0},
              {"kind": "answer", "speeches": 3, "hits": 0}
            ]
            """)
    }

    /// The title is the command that made the value, or --title; the command line is in the page.
    func testTheReportIsTitledByItsCommand() throws {
        let (session, _) = try session()
        let page = session.execute("count prevent --by speaker | export - --format html").output
        XCTAssertTrue(page.contains("<title>count prevent --by speaker</title>"), page)
        XCTAssertTrue(page.contains("<code>count prevent --by speaker | export - --format html</code>"), page)
        let titled = session.execute("count --by kind | export - --format html --title \"Kinds & <counts>\"").output
        XCTAssertTrue(titled.contains("<h1>Kinds &amp; &lt;counts&gt;</h1>"), titled)
        XCTAssertTrue(session.execute("export - --format html").output.contains("<title>the whole corpus</title>"))
    }
}
