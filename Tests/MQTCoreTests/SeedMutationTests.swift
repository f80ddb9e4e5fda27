import Foundation
import XCTest

@testable import MQTCore

/// A small, fixed mutation run over every seed file in `make test` (bench/fuzz runs libFuzzer for
/// as long as it is given): each seed, truncated, with bytes flipped, markup and entities put in,
/// a chunk doubled or dropped, goes to the reader that recognises the original and to format
/// recognition. A crash fails the whole test run; an error must be a `CoreError` naming the file.
final class SeedMutationTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A deterministic generator (SplitMix64): the same mutations every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let insertions: [String] = ["<", ">", "&", "&#0;", "&#xD800;", "\"", "'", "\0", "\u{FEFF}", "]]>", "<p>", "</speech>", "{", "}", "[", ",", "\n", "\r", "\u{1B}[2J", ":", "1e400", "-", "\\u0000"]

    static func mutate(_ data: Data, _ generator: inout Generator) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        let at = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: bytes.removeSubrange(at...)
        case 1: for _ in 0..<8 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
        case 2: bytes.insert(contentsOf: Array(insertions.randomElement(using: &generator)!.utf8), at: at)
        case 3:
            let end = min(bytes.count, at + Int.random(in: 1...4096, using: &generator))
            bytes.insert(contentsOf: bytes[at..<end], at: end)
        case 4: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4096, using: &generator)))
        default: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "<"), count: 200) + Array("b>".utf8), at: at)
        }
        return Data(bytes)
    }

    func testMutatedSeedsGiveTranscriptsOrErrorsNamingTheFile() throws {
        var generator = Generator(state: 12)
        var files = Loader.filesBelow(Self.root + "/seeds").filter { !$0.hasSuffix("README.md") }
        files.sort()
        var runs = 0
        var recognised = 0
        for path in files {
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            let name = (path as NSString).lastPathComponent
            guard let reader = ReaderRegistry.reader(for: original, fileName: name) else { continue }
            recognised += 1
            for _ in 0..<30 {
                let mutated = Self.mutate(original, &generator)
                _ = ReaderRegistry.reader(for: mutated, fileName: name)
                do {
                    for transcript in try reader.read(mutated, path: path) {
                        _ = PreparedTranscript(transcript, sourceFile: path, contentHash: "x")
                    }
                } catch let error as CoreError {
                    XCTAssertTrue(error.description.hasPrefix(path), "\(reader.format): \(error.description)")
                } catch {
                    XCTFail("\(reader.format) on a mutant of \(name): not a CoreError: \(error)")
                }
                runs += 1
            }
        }
        // seeds/ holds 22 files some reader recognises (besides member files and notes).
        XCTAssertGreaterThanOrEqual(recognised, 22)
        XCTAssertEqual(runs, recognised * 30)
    }
}
