import Foundation
import XCTest

@testable import MQTCore

/// Large files are parsed from disk a chunk at a time (`ReadAhead.streamedBytes`): the same
/// transcripts and the same content hash as reading them into memory.
final class StreamedReadTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    func testAParlParseFileReadFromDiskEqualsTheFileReadInMemory() throws {
        for name in ["parlparse-2009/standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml", "parlparse-2009/wms/ministerial2009-10-26c.xml"] {
            let path = Self.root + "/seeds/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let inMemory = try ParlParseReader().read(data, path: path)
            let streamed = try XCTUnwrap(try ParlParseReader().read(file: path))
            XCTAssertEqual(streamed, inMemory, name)
            XCTAssertEqual(ContentHash.digest(fileAt: path), ContentHash.digest(data), name)
            let item = try XCTUnwrap(ReadAhead.readStreamed(path, explicit: true))
            guard case .prepared(let prepared) = item.outcome, case .prepared(let whole) = ReadAhead.read(path, explicit: true).outcome else {
                return XCTFail("not prepared: \(name)")
            }
            XCTAssertEqual(prepared.map(\.contentHash), whole.map(\.contentHash))
            XCTAssertEqual(prepared.map(\.texts), whole.map(\.texts))
            XCTAssertEqual(prepared.map(\.words), whole.map(\.words))
            XCTAssertEqual(item.bytes, data.count)
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
        XCTAssertThrowsError(try ParlParseReader().read(file: path)) { error in
            XCTAssertEqual(
                (error as? CoreError)?.description,
                "\(path):3:8: the file ends inside <p> opened on line 3: is it truncated?")
        }
    }
}
