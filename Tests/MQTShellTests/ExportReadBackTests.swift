import Foundation
import MQTShell
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Exports read back by readers written here, not mqt's: an RFC 4180 parser for csv, JSONSerialization
/// for json and jsonl, an XML parser for the HTML report (which is well-formed XML by design).
final class ExportReadBackTests: XCTestCase {
    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-export-read-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    /// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, CR,
    /// LF and doubled quotes. Returns nil on anything else (a bare quote inside a field, a lone LF
    /// ending a record, text after a closing quote).
    static func parseCSV(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
                wasQuoted = false
            } else if scalar == "\r" {
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { return nil }
                record.append(field)
                records.append(record)
                (record, field, wasQuoted) = ([], "", false)
                index += 1
            } else if scalar == "\n" {
                return nil
            } else {
                guard !wasQuoted else { return nil }
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }

    func testTheParserHere() {
        // "a,""b"",c" is one field holding a,"b",c; a quoted CRLF stays in the field.
        XCTAssertEqual(Self.parseCSV("x,y\r\n\"a,\"\"b\"\",c\",\"1\r\n2\"\r\n")!, [["x", "y"], ["a,\"b\",c", "1\r\n2"]])
        XCTAssertNil(Self.parseCSV("a\nb\n"))
        XCTAssertNil(Self.parseCSV("a\"b\r\n"))
    }

    /// Every speech's fields in the csv equal the same speech's fields in the jsonl.
    func testSpeechesInCSVEqualTheJSONLinesRecords() throws {
        let folder = try folder()
        let session = try seededSession()
        XCTAssertNil(session.execute("export \(folder)/all.csv --no-provenance").error)
        XCTAssertNil(session.execute("export \(folder)/all.jsonl --no-provenance").error)
        let csv = try XCTUnwrap(Self.parseCSV(try String(contentsOfFile: folder + "/all.csv", encoding: .utf8)), "not RFC 4180")
        let objects = try String(contentsOfFile: folder + "/all.jsonl", encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let header = try XCTUnwrap(csv.first)
        XCTAssertEqual(header.first, "transcript_id")
        XCTAssertEqual(header.last, "text")
        XCTAssertEqual(csv.count - 1, 7)
        XCTAssertEqual(objects.count, 7)
        for (row, object) in zip(csv.dropFirst(), objects) {
            XCTAssertEqual(row.count, header.count)
            for (key, field) in zip(header, row) where key != "headings" {
                let value = object[key]
                let expected = value is NSNull || value == nil ? "" : "\(value!)"
                XCTAssertEqual(field, expected, key)
            }
        }
        XCTAssertTrue(objects.contains { ($0["text"] as? String)?.contains("\n\n") == true }, "paragraphs survive both")
    }

    /// A table's csv and json hold the rows `--format json` prints: the json export is that array.
    func testATableInCSVAndJSONEqualsTheJSONOutputFormat() throws {
        let folder = try folder()
        let session = try seededSession()
        let printed = session.execute("count prevent --by speaker --format json").output
        XCTAssertNil(session.execute("count prevent --by speaker | export \(folder)/t.json").error)
        XCTAssertNil(session.execute("count prevent --by speaker | export \(folder)/t.csv").error)
        XCTAssertEqual(try String(contentsOfFile: folder + "/t.json", encoding: .utf8), printed + "\n")
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [[String: Any]])
        let csv = try XCTUnwrap(Self.parseCSV(try String(contentsOfFile: folder + "/t.csv", encoding: .utf8)))
        XCTAssertEqual(csv.first, ["speaker", "speeches", "hits"])
        XCTAssertEqual(csv.dropFirst().map { $0 }, rows.map { row in ["speaker", "speeches", "hits"].map { "\(row[$0]!)" } })
        // The sidecar is JSON and names the file and the command.
        let meta = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/t.csv.meta.json"))) as? [String: Any])
        XCTAssertEqual(meta["file"] as? String, "t.csv")
        XCTAssertEqual(meta["rows"] as? Int, 2)
        XCTAssertEqual(meta["command"] as? String, "count prevent --by speaker | export \(folder)/t.csv")
        XCTAssertEqual(((meta["corpus"] as? [String: Any])?["files"] as? [Any])?.count, 1)
    }

    /// What an XML parser finds in a page: elements by name, and all its text.
    final class PageReader: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func read(page: String) throws -> PageReader {
        let parser = XMLParser(data: Data(page.utf8))
        let reader = PageReader()
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
        return reader
    }

    func testTheReportIsWellFormedWithItsTableAndItsChart() throws {
        let session = try seededSession()
        let page = try read(page: session.execute("count prevent --by speaker | export - --format html").output)
        XCTAssertEqual(page.elements["svg"], 1)
        XCTAssertEqual(page.elements["rect"], 2, "a bar per row")
        XCTAssertEqual(page.elements["table"], 2, "the rows, and the corpus's files")
        XCTAssertTrue(page.text.contains("Sadiq Khan"))
        XCTAssertTrue(page.text.contains("prevent-in-london-2021-11-29.txt"))
        XCTAssertNil(page.elements["script"])
        XCTAssertNil(page.elements["link"])
        XCTAssertNil(page.elements["img"])
    }

    /// Periods in order draw a line; a plot draws strips; text that looks like markup stays text.
    func testTimelinesDrawALineAndMarkupIsEscaped() throws {
        let session = try seededSession()
        // Two more days, made from the seed's first speech as JSON Lines (which load reads).
        let first = try XCTUnwrap(session.execute("export - --no-provenance").output.split(separator: "\n").first)
        let folder = try folder()
        for (index, date) in ["2021-11-30", "2021-12-01"].enumerated() {
            var record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            record["date"] = date
            record["transcript_id"] = 10 + index
            record["id"] = "day-\(index)"
            record["title"] = "Prevent <&> \"Day\" \(index)"
            record["text"] = "Police <b>and</b> police & crime."
            let line = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
            try (line + "\n").write(toFile: folder + "/day\(index).jsonl", atomically: true, encoding: .utf8)
            XCTAssertNil(session.execute("load \(folder)/day\(index).jsonl").error)
        }
        let line = try read(page: session.execute("timeline police --by day | export - --format html").output)
        XCTAssertEqual(line.elements["polyline"], 1)
        XCTAssertNil(line.elements["rect"])
        let speeches = try read(page: session.execute("search crime | export - --format html").output)
        XCTAssertNil(speeches.elements["b"], "a speech's <b> is text, not markup")
        XCTAssertTrue(speeches.text.contains("Police <b>and</b> police & crime."))
        let plot = try read(page: session.execute("dispersion police | export - --format html").output)
        XCTAssertEqual(plot.elements["svg"], 1)
        XCTAssertGreaterThan(plot.elements["line"] ?? 0, 1)
    }

    func testARecordIsATableOfItsFields() throws {
        let page = try read(page: try seededSession().execute("info | export - --format html").output)
        XCTAssertEqual(page.elements["table"], 3, "fields, sections, the corpus's files")
        XCTAssertTrue(page.text.contains("London Assembly"))
    }
}
