import Foundation
import MQTPlugins
import MQTShell
import XCTest

/// Replays every examples/**/*.mqt and plugins/*/scripts/*.mqt in process.
final class ScriptReplayTests: XCTestCase {
    func testEveryScriptReplaysGreen() throws {
        let scripts = ScriptRunner.scripts(in: [repositoryRoot + "/examples", repositoryRoot + "/plugins"])
        XCTAssertGreaterThanOrEqual(scripts.filter { $0.contains("/examples/") }.count, 3)
        // As `make test` runs them: MQT_PLUGIN_PATH names examples/plugins; descriptions are
        // cached for this run, so only the first script starts the programs to describe them.
        let cache = NSTemporaryDirectory() + "mqt-replay-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let plugins = PluginLocations(folders: [repositoryRoot + "/examples/plugins"], listFile: nil, cacheFile: cache)
        let runner = ScriptRunner(plugins: AllPlugins.list, pluginLocations: plugins)
        for path in scripts {
            let result = try runner.replay(path: path)
            if result.skipped != nil { continue }
            for failure in result.failures {
                XCTFail("\(path):\(failure.line): mqt> \(failure.command)\n" + failure.diff.joined(separator: "\n"))
            }
        }
    }

    func testAFailingScriptIsReportedWithADiff() throws {
        let folder = NSTemporaryDirectory() + "mqt-replay-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/wrong.mqt"
        try "# wrong on purpose\nmqt> set width\nwidth 81\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try ScriptRunner(plugins: AllPlugins.list).replay(path: path)
        XCTAssertEqual(result.failures.count, 1)
        XCTAssertEqual(result.failures.first?.line, 2)
        XCTAssertEqual(result.failures.first?.diff, ["+ width 80", "- width 81"])
    }
}
