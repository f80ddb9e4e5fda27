import Foundation
import XCTest

@testable import MQTCore

/// Files saved with other line ends or encodings load as their UTF-8/LF twins (issue "Reliability
/// and security": each of these was refused as "not a transcript in any format mqt reads").
final class SourceEncodingTests: XCTestCase {
    private static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path + "/seeds"
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mqt-encoding-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Every speech as loaded, one line each: transcript title and date, speaker, party, text.
    private func speeches(_ path: String) throws -> [String] {
        let store = try Store()
        let report = try Loader(store: store).load([path])
        XCTAssertEqual(report.failures.map(\.error), [], path)
        return try store.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT t.title || '|' || t.date || '|' || s.speaker || '|' || coalesce(s.party, '') || '|' || s.text || '|' || s.words || '|' || s.sentences || '|' || s.speech_id
                    FROM speeches s JOIN transcripts t ON t.id = s.transcript_id ORDER BY s.id
                    """)
        }
    }

    /// `bytes` written as `name` in its own folder (a rewrite keeps its twin's name).
    private func write(_ bytes: Data, as name: String, variant: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder + "/" + variant, withIntermediateDirectories: true)
        let path = folder + "/" + variant + "/" + name
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    private static func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> Data {
        var data = Data(bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : [])
        for unit in text.utf16 {
            let bytes = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            data.append(contentsOf: bigEndian ? bytes : bytes.reversed())
        }
        return data
    }

    /// A rewrite's name and what it does to a file's bytes.
    typealias Rewrite = (String, @Sendable (Data) -> Data)

    /// Each rewrite of `seed` must give the same speeches as the file itself.
    private func checkRewrites(
        of seed: String, _ rewrites: [Rewrite], expectedSpeeches: Int, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.seeds + "/" + seed))
        let twin = try speeches(Self.seeds + "/" + seed)
        XCTAssertEqual(twin.count, expectedSpeeches, seed, file: file, line: line)
        let name = (seed as NSString).lastPathComponent
        for (variant, rewrite) in rewrites {
            let rewritten = rewrite(original)
            XCTAssertNotEqual(rewritten, original, "\(variant) changes the bytes", file: file, line: line)
            XCTAssertEqual(try speeches(try write(rewritten, as: name, variant: variant)), twin, "\(variant) \(seed)", file: file, line: line)
        }
    }

    static let crlf: Rewrite = ("crlf", { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8) })
    static let cr: Rewrite = ("cr", { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r").utf8) })
    static let utf8BOM: Rewrite = ("utf8-bom", { Data([0xEF, 0xBB, 0xBF]) + $0 })
    static let utf16LE: Rewrite = ("utf16le", { utf16(String(decoding: $0, as: UTF8.self), bigEndian: false) })
    static let utf16BE: Rewrite = ("utf16be", { utf16(String(decoding: $0, as: UTF8.self), bigEndian: true) })

    func testAPlainTranscriptWithCRLFOrCRLineEndsOrInUTF16LoadsAsItsTwin() throws {
        try checkRewrites(of: "prevent-in-london-2021-11-29.txt", [Self.crlf, Self.cr, Self.utf8BOM, Self.utf16LE, Self.utf16BE], expectedSpeeches: 7)
    }

    func testAConstructedAssemblyTranscriptWithCRLineEndsLoadsAsItsTwin() throws {
        try checkRewrites(of: "plain/mqt-prevent-in-london-2021-11-29.txt", [Self.crlf, Self.cr, Self.utf16LE], expectedSpeeches: 7)
    }

    func testJSONWithAByteOrderMarkOrInUTF16LoadsAsItsTwin() throws {
        try checkRewrites(of: "twfy-api-json/gethansard-hong-kong-subset.json", [Self.utf8BOM, Self.crlf, Self.utf16LE], expectedSpeeches: 77)
    }

    func testJSONLinesWithAByteOrderMarkAndCRLFLoadsAsItsTwin() throws {
        // A JSON Lines file of three speeches, as another tool might write it.
        let line = { (id: Int, text: String) in
            #"{"transcript_id":1,"title":"A debate","date":"2021-11-29","id":"\#(id)","speaker":"Ann Example","text":"\#(text)"}"#
        }
        let lines = [line(1, "First words."), line(2, "Second words, longer ones."), line(3, "Last.")].joined(separator: "\n") + "\n"
        let twin = try write(Data(lines.utf8), as: "speeches.jsonl", variant: "twin")
        let expected = try speeches(twin)
        XCTAssertEqual(
            expected,
            [
                "A debate|2021-11-29|Ann Example||First words.|2|1|1",
                "A debate|2021-11-29|Ann Example||Second words, longer ones.|4|1|2",
                "A debate|2021-11-29|Ann Example||Last.|1|1|3",
            ])
        for (variant, rewrite) in [Self.utf8BOM, Self.crlf, Self.utf16LE] {
            let rewritten = rewrite(Data(lines.utf8))
            XCTAssertEqual(try speeches(try write(variant == "crlf" ? Self.utf8BOM.1(rewritten) : rewritten, as: "speeches.jsonl", variant: variant)), expected, variant)
        }
    }

    func testUTF16XMLThatDeclaresItsEncodingLoadsAsItsTwin() throws {
        // The declaration is rewritten to say UTF-16, as a tool saving UTF-16 XML writes it.
        let relabel: @Sendable (Data) -> String = { data in
            String(decoding: data, as: UTF8.self).replacingOccurrences(
                of: #"encoding=["'][^"']*["']"#, with: #"encoding="UTF-16""#, options: .regularExpression)
        }
        let rewrites: [Rewrite] = [
            ("utf16le", { Self.utf16(relabel($0), bigEndian: false) }),
            ("utf16be", { Self.utf16(relabel($0), bigEndian: true) }),
            ("utf16le-no-bom", { Self.utf16(relabel($0), bigEndian: false, bom: false) }),
            Self.crlf, Self.utf8BOM,
        ]
        try checkRewrites(of: "parlparse-2009/wms/ministerial2009-10-26c.xml", rewrites, expectedSpeeches: 8)
        try checkRewrites(of: "akoma-ntoso/za-hansard/502914_1.xml", rewrites, expectedSpeeches: 4)
    }

    func testUTF16CSVFromASpreadsheetLoadsAsItsTwin() throws {
        let csv = "date,speaker,text\r\n2021-11-29,Ann Example,\"Words, with a comma.\"\r\n2021-11-29,Bob Example,More words.\r\n"
        let twin = try write(Data(csv.utf8), as: "speeches.csv", variant: "twin")
        let expected = try speeches(twin)
        XCTAssertEqual(expected.count, 2)
        XCTAssertEqual(try speeches(try write(Self.utf16(csv, bigEndian: false), as: "speeches.csv", variant: "utf16le")), expected)
    }

    func testNormalisingLeavesUTF8WithLFUntouchedAndMapsEveryLineEnd() {
        let plain = Data("a\nb\n".utf8)
        XCTAssertEqual(SourceText.normalized(plain), plain)
        XCTAssertEqual(SourceText.normalized(Data("a\r\nb\rc\r\r\nd\r".utf8)), Data("a\nb\nc\n\nd\n".utf8))
        XCTAssertEqual(SourceText.normalized(Data([0xEF, 0xBB, 0xBF, 0x61])), Data("a".utf8))
        // An unpaired surrogate (0xD800) becomes U+FFFD; the BOM goes.
        XCTAssertEqual(SourceText.normalized(Data([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00])), Data("a\u{FFFD}b".utf8))
        XCTAssertEqual(
            SourceText.normalized(Self.utf16("<?xml version='1.0' encoding='utf-16'?>\r\n<a/>", bigEndian: true)),
            Data(#"<?xml version='1.0' encoding="UTF-8"?>"#.utf8) + Data("\n<a/>".utf8))
    }
}
