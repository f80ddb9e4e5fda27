import Foundation
import XCTest

@testable import MQTShell

/// `record` writes with write(2): a full disk is an error, never a trap (Foundation's
/// `FileHandle.write(_:)` traps on ENOSPC). /dev/full fails every write with ENOSPC; `record`
/// itself refuses devices, so the recorder is driven directly, through a link to /dev/full (the
/// recorder once created its file by renaming a new one over the path: that would replace the
/// link, never the device).
final class ScriptRecorderTests: XCTestCase {
    func testAFullDiskIsAnErrorNamingTheFile() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here")
        let folder = NSTemporaryDirectory() + "mqt-recorder-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/r.mqt", withDestinationPath: "/dev/full")
        XCTAssertThrowsError(try ScriptRecorder(path: folder + "/r.mqt", shownAs: "r.mqt")) { error in
            XCTAssertEqual("\(error)", "r.mqt: cannot write (No space left on device); recording stopped")
        }
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/r.mqt"), "/dev/full", "the link was written through, not replaced")
    }

    func testAFileThatCannotBeCreatedIsAnError() {
        XCTAssertThrowsError(try ScriptRecorder(path: "/no/such/folder/r.mqt", shownAs: "r.mqt")) { error in
            XCTAssertEqual("\(error)", "r.mqt: cannot write (No such file or directory); recording stopped")
        }
    }
}
