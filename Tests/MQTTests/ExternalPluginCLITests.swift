import Foundation
import XCTest

/// External plugins as the `mqt` program meets them: a hanging one on the path does not delay
/// the session, one that ignores SIGTERM does not outlive mqt, and an added one is remembered.
final class ExternalPluginCLITests: XCTestCase {
    /// A plugin `name` that ignores SIGTERM, writes its pid to `pidFile` and may hang in the handshake.
    func program(_ name: String, in folder: String, pidFile: String, hangs: Bool = false) throws -> String {
        let path = folder + "/mqt-plugin-\(name)"
        try """
            #!/usr/bin/env python3
            import json, os, signal, sys, time
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            open(\(String(reflecting: pidFile)), "w").write(str(os.getpid()))
            for line in sys.stdin:
                if \(hangs ? "True" : "False"):
                    time.sleep(600)
                print(json.dumps({"protocol": 2, "name": "\(name)", "commands": [{"name": "\(name)", "returns": "text"}]}), flush=True)

            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func pid(in file: String) throws -> pid_t {
        for _ in 0..<100 {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), let pid = pid_t(text) { return pid }
            usleep(20_000)
        }
        throw CocoaError(.fileReadNoSuchFile)
    }

    func testAHangingPluginOnThePathNeitherDelaysNorOutlivesMQT() throws {
        let folder = try temporaryFolder()
        try program("stuck", in: folder, pidFile: folder + "/pid", hangs: true)
        let started = Date()
        let result = try runMQT(["-c", "set width 100"], environment: ["HOME": folder, "MQT_PLUGIN_PATH": folder])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        // mqt may end before the program got as far as writing its pid; a program still alive
        // would write it now.
        usleep(500_000)
        if let text = try? String(contentsOfFile: folder + "/pid", encoding: .utf8), let pid = pid_t(text) {
            XCTAssertEqual(kill(pid, 0), -1, "the plugin outlived mqt")
        }
    }

    func testAnAddedPluginIgnoringSIGTERMIsKilledAtExitAndRemembered() throws {
        let folder = try temporaryFolder()
        let path = try program("stubborn", in: folder + "/..", pidFile: folder + "/pid")
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let result = try runMQT(["-c", "plugins add \(path)"], environment: ["HOME": folder])
        XCTAssertEqual(result.stdout, "added plugin stubborn: stubborn\n", result.stderr)
        let pid = try pid(in: folder + "/pid")
        usleep(100_000)
        XCTAssertEqual(kill(pid, 0), -1, "the plugin outlived mqt")
        let standardized = (path as NSString).standardizingPath
        XCTAssertEqual(try String(contentsOfFile: folder + "/.config/mqt/plugins.list", encoding: .utf8), standardized + "\n")
        let listed = try runMQT(["-c", "plugins --format csv"], environment: ["HOME": folder])
        XCTAssertTrue(listed.stdout.contains("stubborn,external,,1,,stubborn,\(standardized),"), listed.stdout)
    }
}
