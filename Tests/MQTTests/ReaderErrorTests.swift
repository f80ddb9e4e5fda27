import Foundation
import XCTest

/// A file mqt cannot read gives one `error: FILE:LINE:COL: message` line in mqt's words, and
/// nothing else on standard error: no libxml2 message split over two lines, none of libxml2's or
/// Foundation's jargon (issue "Reliability and security"; found by mutating the seeds).
final class ReaderErrorTests: XCTestCase {
    /// A ParlParse file of one speech whose paragraph holds `words` (bytes, so they may be bad),
    /// after `before` (put between the root and the speech).
    private static func parlParse(words: [UInt8], before: String = "") -> Data {
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<publicwhip>\n\(before)".utf8)
            + Data(#"<speech id="uk.org.publicwhip/wms/2009-10-26c.1.0" speakername="Ann Example"><p>Words "#.utf8)
            + Data(words) + Data(" here.</p></speech>\n</publicwhip>\n".utf8)
    }

    /// The whole of standard error from loading `bytes` saved as `name`, and the exit status.
    private func loadError(_ bytes: Data, as name: String) throws -> (stderr: String, status: Int32) {
        let folder = try temporaryFolder()
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
        let result = try runMQT(["-c", "count", name], directory: folder)
        return (result.stderr, result.status)
    }

    func testXMLThatIsNotUTF8IsOneLineNamingTheBytes() throws {
        XCTAssertEqual(try loadError(Self.parlParse(words: []), as: "fine.xml").stderr, "", "the fixture loads")
        let result = try loadError(Self.parlParse(words: [0xFF, 0xFE, 0x41, 0x42]), as: "m.xml")
        XCTAssertEqual(result.status, 1)
        // libxml2 says `Input is not proper UTF-8, indicate encoding !` and `Bytes: ...` on two lines.
        XCTAssertEqual(
            result.stderr,
            "error: m.xml:3:87: not valid UTF-8 (bytes 0xFF 0xFE 0x41 0x42): a file in another encoding must name it in its XML declaration\n")
    }

    func testLibXML2sLimitsAreSaidInMQTsWords() throws {
        let deep = String(repeating: "<x>", count: 300) + String(repeating: "</x>", count: 300) + "\n"
        XCTAssertEqual(
            try loadError(Self.parlParse(words: [], before: deep), as: "deep.xml").stderr,
            "error: deep.xml:3:771: elements nest more than 256 deep\n", "libxml2: Excessive depth in document: 256 use XML_PARSE_HUGE option")
        let loop = """
            <?xml version="1.0"?>
            <!DOCTYPE publicwhip [<!ENTITY a "&b;"><!ENTITY b "&a;">]>
            <publicwhip><speech id="uk.org.publicwhip/wms/2009-10-26c.1.0" speakername="A"><p>&a;</p></speech></publicwhip>

            """
        // libxml2 places the loop at the document's start.
        XCTAssertEqual(
            try loadError(Data(loop.utf8), as: "loop.xml").stderr,
            "error: loop.xml:1:4: entities expand too far (an entity that refers to itself, or an entity bomb)\n")
        XCTAssertEqual(
            try loadError(Self.parlParse(words: [0x1B]), as: "c.xml").stderr,
            "error: c.xml:3:87: character 27 (a control character) is not allowed in XML text\n", "libxml2: PCDATA invalid Char value 27")
        let text = String(repeating: "a", count: 10_000_001)
        XCTAssertEqual(
            try loadError(Self.parlParse(words: Array(text.utf8)), as: "big.xml").stderr,
            "error: big.xml:3:10000094: a text longer than 10,000,000 bytes without markup\n", "libxml2: xmlSAX2Characters: huge text node")
    }

    func testAJSONNumberOutOfRangeIsNamedWhereItIs() throws {
        let json = "[{\"gid\": \"x\", \"htype\": \"12\",\n \"hpos\": 1e400}]\n"
        let result = try loadError(Data(json.utf8), as: "n.json")
        XCTAssertEqual(result.stderr, "error: n.json:2:10: number out of range: 1e400\n")
        let line = #"{"transcript_id":1,"title":"T","date":"2021-11-29","id":"1","speaker":"A","seq":-1e999,"text":"x"}"#
        XCTAssertEqual(try loadError(Data((line + "\n").utf8), as: "n.jsonl").stderr, "error: n.jsonl:1:81: number out of range: -1e999\n")
    }

    func testAMemberFileInBadJSONIsNamedWhereItBreaks() throws {
        let folder = try temporaryFolder()
        try "{\"results\": [\n  {\"member\": }]}\n".write(toFile: folder + "/m.json", atomically: true, encoding: .utf8)
        // It said `m.json:1: not valid JSON`, whatever the place.
        XCTAssertEqual(try runMQT(["-c", "load --members m.json"], directory: folder).stderr, "error: m.json:2:14: not valid JSON: invalid value\n")
    }

    func testJSONAndTextThatAreNotUTF8PointAtTheFirstBadByte() throws {
        let json = Data("[{\"gid\": \"x\", \"htype\": \"12\",\n \"body\": \"caf".utf8) + Data([0xC3, 0x28]) + Data("\"}]".utf8)
        XCTAssertEqual(try loadError(json, as: "u.json").stderr, "error: u.json:2:14: not valid UTF-8 (byte 0xC3)\n")
        let text = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt"))
        let bad = text.prefix(19) + Data([0xFE]) + text.dropFirst(19)
        XCTAssertEqual(try loadError(bad, as: "t.txt").stderr, "error: t.txt:3:1: not valid UTF-8 (byte 0xFE)\n")
    }

    func testCommandLineErrorsAreSpelledAsEveryOtherError() throws {
        let unknown = try runMQT(["--bogus"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.hasPrefix("error: Unknown option '--bogus'\nUsage: mqt"), unknown.stderr)
        let format = try runMQT(["--format", "yaml", "-c", "set"])
        XCTAssertTrue(format.stderr.hasPrefix("error: --format takes one of table, plain, csv, tsv, json, jsonl, markdown, not 'yaml'\n"), format.stderr)
        let script = try runMQT(["run", "no-such-script.mqt"])
        XCTAssertEqual(script.status, 1)
        XCTAssertEqual(script.stderr, "error: no-such-script.mqt: no such script\n")
        let version = try runMQT(["--version"])
        XCTAssertEqual([version.status, version.stderr.isEmpty ? 0 : 1], [0, 0], "help and --version still go to stdout")
    }
}
