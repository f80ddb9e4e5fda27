import Foundation
import XCTest

@testable import MQTCore

/// `DelimitedParser` reads back what `Delimited` writes, whatever the chunks it is fed.
final class DelimitedParserTests: XCTestCase {
    func records(_ text: String, _ separator: Delimited.Separator, chunk: Int = .max) -> [[String]] {
        var parser = DelimitedParser(separator: separator)
        var out: [[String]] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            parser.feed(bytes[start..<end]) { fields, _ in out.append(fields) }
            start = end
        }
        parser.finish { fields, _ in out.append(fields) }
        return out
    }

    func testCSVQuotingAsRFC4180() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\n\r\nparagraphs\"\r\n,,\r\n\nlast,row,no end"
        let expected = [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\n\r\nparagraphs"], ["", "", ""], ["last", "row", "no end"]]
        // Fed whole, and one byte at a time: a quote or a CRLF cut between chunks reads the same.
        XCTAssertEqual(records(text, .comma), expected)
        XCTAssertEqual(records(text, .comma, chunk: 1), expected)
        XCTAssertEqual(records(text, .comma, chunk: 7), expected)
    }

    func testWhatDelimitedWritesReadsBack() {
        let fields = ["Government’s", "a,b", "\"quoted\"", "line\nbreak", "", "é"]
        let line = Delimited.record(fields, separator: .comma) + Delimited.Separator.comma.lineEnd
        XCTAssertEqual(records(line + line, .comma, chunk: 3), [fields, fields])
        // TSV flattens tabs and line breaks to spaces, so those come back as spaces.
        let tsv = Delimited.record(fields, separator: .tab) + "\n"
        XCTAssertEqual(records(tsv, .tab), [["Government’s", "a,b", "\"quoted\"", "line break", "", "é"]])
    }

    func testTSVHasNoQuotingAndLineNumbersCountLines() {
        var parser = DelimitedParser(separator: .tab)
        var lines: [Int] = []
        var out: [[String]] = []
        parser.feed(Array("h1\th2\r\n\"a\tb\n\nc\td\n".utf8)) { fields, line in
            out.append(fields)
            lines.append(line)
        }
        parser.finish { fields, line in out.append(fields); lines.append(line) }
        XCTAssertEqual(out, [["h1", "h2"], ["\"a", "b"], ["c", "d"]])
        XCTAssertEqual(lines, [1, 2, 4])
    }

    func testAQuoteLeftOpenRunsToTheEnd() {
        var parser = DelimitedParser(separator: .comma)
        var out: [[String]] = []
        parser.feed(Array("a,\"open\nstill".utf8)) { fields, _ in out.append(fields) }
        XCTAssertTrue(parser.isInsideQuotes)
        parser.finish { fields, _ in out.append(fields) }
        XCTAssertEqual(out, [["a", "open\nstill"]])
    }
}
