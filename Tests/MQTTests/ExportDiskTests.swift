import Foundation
import XCTest

/// A disk that fills part way through an export: the error says why, and no file, half file or
/// temporary file is left. A file-size limit (`ulimit -f`) fails writes as a full disk does
/// (EFBIG instead of ENOSPC) without needing a full file system.
final class ExportDiskTests: XCTestCase {
    func testAFullDiskLeavesNothingBehind() throws {
        let folder = try temporaryFolder()
        // sh's ulimit -f counts 512-byte blocks: 100 blocks is 51,200 bytes, less than the first
        // 64 KB the export writes out of the seeds' 765 speeches; 1 block fails the last write.
        for (blocks, line) in [(100, "export all.jsonl"), (1, "count --by speaker | export speakers.html")] {
            let script = "ulimit -f \(blocks); exec \"$0\" \"$@\""
            let result = try runShell(script, ["-c", line, repositoryRoot + "/seeds"], directory: folder)
            let file = String(line.split(separator: " ").last ?? "")
            XCTAssertEqual(result.status, 1, line)
            // Loading the seeds notes one skipped row (on stderr too); then the one error.
            XCTAssertEqual(result.stderr.components(separatedBy: "\n").filter { !$0.hasPrefix("note: ") }, ["error: \(folder)/\(file): cannot write (File too large)", ""], line)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], line)
        }
    }
}
