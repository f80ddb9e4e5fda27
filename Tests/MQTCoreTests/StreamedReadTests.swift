import Foundation
import XCTest

@testable import MQTCore

/// Large files are parsed from disk a chunk at a time and handed on in parts
/// (`ReadAhead.streamedBytes`): the same transcripts and the same content hash as reading them
/// into memory.
final class StreamedReadTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The parts a file is read in, each with the bytes read so far and whether it is the last.
    private func parts(_ path: String, partBytes: Int) throws -> [(ParsedTranscript, Int, Bool)] {
        var parts: [(ParsedTranscript, Int, Bool)] = []
        XCTAssertTrue(try ParlParseReader().read(file: path, partBytes: partBytes) { parts.append(($0, $1, $2)) })
        return parts
    }

    func testAParlParseFileReadFromDiskInPartsEqualsTheFileReadInMemory() throws {
        for name in ["parlparse-2009/standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml", "parlparse-2009/wms/ministerial2009-10-26c.xml"] {
            let path = Self.root + "/seeds/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let inMemory = try XCTUnwrap(try ParlParseReader().read(data, path: path).first)
            for partBytes in [1, 2000, Int.max] {
                let parts = try parts(path, partBytes: partBytes)
                XCTAssertEqual(parts.flatMap(\.0.speeches), inMemory.speeches, "\(name), \(partBytes)")
                XCTAssertEqual(parts.last?.0.transcript, inMemory.transcript, "\(name), \(partBytes)")
                XCTAssertEqual(parts.map(\.2), Array(repeating: false, count: parts.count - 1) + [true])
                let read = parts.map(\.1)
                XCTAssertEqual(read, read.sorted(), "bytes read only grow")
                XCTAssertLessThanOrEqual(read.last ?? 0, data.count)
            }
            // One part per speech, and a last part with none.
            XCTAssertEqual(try parts(path, partBytes: 1).count, inMemory.speeches.count + 1, name)
            XCTAssertEqual(try parts(path, partBytes: .max).count, 1, name)
            XCTAssertEqual(ContentHash.digest(fileAt: path), ContentHash.digest(data), name)
        }
    }

    func testTheHashOfAFileReadInPiecesIsTheHashOfItsBytes() throws {
        // Over a megabyte, so it is read in two pieces; "" and one byte at the edges.
        let folder = NSTemporaryDirectory() + "mqt-hash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for size in [0, 1, (1 << 20) + 17] {
            let data = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try data.write(to: URL(fileURLWithPath: folder + "/f"))
            XCTAssertEqual(ContentHash.digest(fileAt: folder + "/f"), ContentHash.digest(data), "\(size) bytes")
        }
        XCTAssertEqual(ContentHash.digest(Data()), "cbf29ce484222325" + "84222325cbf29ce4")
        XCTAssertNil(ContentHash.digest(fileAt: folder + "/missing"))
    }

    func testATruncatedFileReadFromDiskNamesTheElementLeftOpen() throws {
        let path = NSTemporaryDirectory() + "mqt-trunc-\(UUID().uuidString).xml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "<publicwhip>\n<speech id=\"uk.org.publicwhip/wms/2009-10-26a.1.0\" speakername=\"A\">\n<p>Text".write(
            toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ParlParseReader().read(file: path, partBytes: 1) { _, _, _ in }) { error in
            XCTAssertEqual(
                (error as? CoreError)?.description,
                "\(path):3:8: the file ends inside <p> opened on line 3: is it truncated?")
        }
    }

    func testABadFileReadInPartsFailsAsItDoesReadWhole() throws {
        let folder = NSTemporaryDirectory() + "mqt-bad-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/debates2009-10-28a.xml"
        let speech = "<speech id=\"uk.org.publicwhip/debate/2009-10-28a.1.0\" speakername=\"A\"><p>Text</p></speech>"
        let inputs = [
            "", " ", "<", "<publicwhip>", "<other/>", "<publicwhip>\(speech)</publicwhip><x/>",
            "<publicwhip>\(speech)\u{0}</publicwhip>", "<publicwhip>\(speech)&bad;</publicwhip>",
            "<?xml version=\"1.0\" encoding=\"nonsense\"?><publicwhip/>",
            "<!DOCTYPE p [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><publicwhip>\(speech)<p>&e;</p></publicwhip>",
        ]
        for input in inputs {
            let data = Data(input.utf8) + (input == " " ? Data([0xFF, 0xFE]) : Data())
            try data.write(to: URL(fileURLWithPath: path))
            let whole = Result { try ParlParseReader().read(data, path: path) }
            let parts = Result { try ParlParseReader().read(file: path, partBytes: 1) { _, _, _ in } }
            switch (whole, parts) {
            case (.failure(let whole), .failure(let parts)):
                XCTAssertEqual("\(parts)", "\(whole)", input)
            case (.success, .success):
                break
            default:
                XCTFail("\(input): read whole \(whole), in parts \(parts)")
            }
        }
    }

    /// Found by `bench/fuzz` (parlparse-parts): a truncated file named the element the reader had
    /// reached, which lags the parser by a chunk (more from disk), so the two reads differed and
    /// both could be wrong. The element is now the parser's own.
    func testAFileCutAnywhereNamesTheElementItEndsInsideReadWholeOrInParts() throws {
        let source = Self.root + "/seeds/parlparse-2009/wms/ministerial2009-10-26c.xml"
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let path = NSTemporaryDirectory() + "mqt-cut-\(UUID().uuidString)/ministerial2009-10-26c.xml"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        func messages(_ cut: Int) throws -> (whole: String, parts: String) {
            let piece = data.prefix(cut)
            try piece.write(to: URL(fileURLWithPath: path))
            var whole = "", parts = ""
            XCTAssertThrowsError(try ParlParseReader().read(piece, path: path)) { whole = "\($0)" }
            XCTAssertThrowsError(try ParlParseReader().read(file: path, partBytes: 64) { _, _, _ in }) { parts = "\($0)" }
            return (whole, parts)
        }
        for cut in stride(from: 100, to: data.count, by: 97) {
            let (whole, parts) = try messages(cut)
            XCTAssertEqual(parts, whole, "cut at \(cut)")
        }
        // Inside a paragraph; inside a heading's text; inside a start tag (of a speech, so inside
        // the root).
        XCTAssertEqual(try messages(2748).whole, "\(path):75:317: the file ends inside <p> opened on line 75: is it truncated?")
        XCTAssertEqual(
            try messages(2086).whole, "\(path):72:13: the file ends inside <minor-heading> opened on line 70: is it truncated?")
        XCTAssertEqual(
            try messages(2417).whole, "\(path):74:326: the file ends inside <publicwhip> opened on line 64: is it truncated?")
    }

    /// Found by `bench/fuzz` (parlparse-parts): a file with another root element, cut short in its
    /// first tag, is refused either way; which problem is named depends on how far ahead the
    /// parser has read (from disk it meets the end first), and both name where it is.
    func testAFileWithAnotherRootCutShortIsRefusedReadWholeOrInParts() throws {
        let seed = try String(contentsOfFile: Self.root + "/seeds/parlparse-2009/wms/ministerial2009-10-26c.xml", encoding: .isoLatin1)
        let prologue = seed[..<seed.range(of: "<publicwhip")!.lowerBound]
        let text = prologue + "<pcblwuihip scrapeversion=\"c\" latest=\"yes\">\n\n"
            + "<major-heading id=\"uk.org.publicwhip/wms/2009-10-26c.1WS.0\" nospeaker=\"tp>\n\n"
        let data = Data(text.utf8)
        let path = NSTemporaryDirectory() + "mqt-root-\(UUID().uuidString)/ministerial2009-10-26c.xml"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try data.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ParlParseReader().read(data, path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):64:1: expected <publicwhip> as the root element, found <pcblwuihip>")
        }
        XCTAssertThrowsError(try ParlParseReader().read(file: path, partBytes: 64) { _, _, _ in }) { error in
            XCTAssertEqual("\(error)", "\(path):68:1: the file ends inside <pcblwuihip> opened on line 64: is it truncated?")
        }
    }
}
