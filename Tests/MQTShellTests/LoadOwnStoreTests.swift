import Foundation
import MQTPlugins
import MQTShell
import XCTest

/// Loading a folder that holds the open store: its files grow while the folder loads (the WAL), so
/// more bytes are read than were counted; the progress bar must not crash on a fraction over 1.
final class LoadOwnStoreTests: XCTestCase {
    func testLoadingTheFolderOfTheOpenStoreSkipsItsFiles() throws {
        let folder = NSTemporaryDirectory() + "mqt-load-own-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seed = try seededSession()
        XCTAssertNil(seed.execute("export \(folder)/seed.jsonl").error)
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder)
        XCTAssertNil(session.execute("open \(folder)/store.db").error)
        let outcome = session.execute("load \(folder)")
        XCTAssertNil(outcome.error)
        XCTAssertTrue(outcome.output.hasPrefix("loaded 1 transcript: 7 speeches by 2 speakers ("), outcome.output)
    }
}
