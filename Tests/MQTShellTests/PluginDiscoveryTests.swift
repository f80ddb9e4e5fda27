import Foundation
import XCTest
@testable import MQTShell

/// Plugins found by name on a path, remembered by `plugins add`, forgotten by `plugins remove`,
/// with descriptions cached so that start-up never waits for a program.
final class PluginDiscoveryTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "mqt-discovery-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/path", withIntermediateDirectories: true)
        let folder = root
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// As HOME, XDG_* and MQT_PLUGIN_PATH would give them, inside the temporary folder.
    var locations: PluginLocations {
        PluginLocations(environment: ["HOME": root + "/home", "XDG_CACHE_HOME": root + "/cache", "MQT_PLUGIN_PATH": root + "/path"])
    }

    /// A plugin `name` answering `hello WORD` with "hello WORD"; each start adds a line to `started`.
    @discardableResult
    func program(_ name: String, in folder: String? = nil, handshake: String = "") throws -> String {
        let folder = folder ?? root + "/path"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/mqt-plugin-\(name)"
        let source = """
            #!/usr/bin/env python3
            import json, sys, time
            open(\(String(reflecting: root + "/started")), "a").write("\(name)\\n")
            for line in sys.stdin:
                request = json.loads(line)
                if request["request"] == "describe":
                    \(handshake)
                    print(json.dumps({"protocol": 2, "name": "\(name)", "version": "1.2", "summary": "says hello",
                        "commands": [{"name": "\(name)", "summary": "hello", "returns": "text",
                                      "arguments": [{"name": "who", "shape": "word", "optional": True}]}]}), flush=True)
                else:
                    print(json.dumps({"text": "hello " + request["arguments"].get("who", ["world"])[0]}), flush=True)

            """
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    var starts: Int { ((try? String(contentsOfFile: root + "/started", encoding: .utf8)) ?? "").split(separator: "\n").count }

    func testTheEnvironmentNamesTheFolders() {
        let derived = PluginLocations(environment: ["HOME": "/h", "MQT_PLUGIN_PATH": "/a:/b"])
        XCTAssertEqual(derived, PluginLocations(folders: ["/a", "/b", "/h/.config/mqt/plugins"], listFile: "/h/.config/mqt/plugins.list", cacheFile: "/h/.cache/mqt/plugins.json"))
        let xdg = PluginLocations(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c", "XDG_CACHE_HOME": "/k"])
        XCTAssertEqual(xdg, PluginLocations(folders: ["/c/mqt/plugins"], listFile: "/c/mqt/plugins.list", cacheFile: "/k/mqt/plugins.json"))
    }

    func testAProgramOnThePathIsAPluginListedWithItsVersion() throws {
        let path = try program("greet")
        try program("other", in: root + "/home/.config/mqt/plugins")
        try "not a plugin".write(toFile: root + "/path/mqt-plugin-notexecutable", atomically: true, encoding: .utf8)
        let session = try seededSession()
        session.discoverPlugins(locations, wait: 5)
        XCTAssertEqual(session.execute("greet you").transcript, "hello you")
        XCTAssertEqual(session.execute("other").transcript, "hello world")
        let listed = session.execute("plugins --format jsonl").output.split(separator: "\n").filter { $0.contains("greet") }
        XCTAssertEqual(
            listed,
            [#"{"name": "greet", "kind": "external", "version": "1.2", "command_count": 1, "summary": "says hello", "commands": ["greet"], "path": "\#(path)", "error": null}"#])
    }

    func testAHangingProgramDoesNotDelayStartAndIsListedWithItsError() throws {
        let path = try program("stuck", handshake: "time.sleep(60)")
        try program("quick")
        let session = try seededSession()
        session.settings.pluginTimeout = 0.5
        let started = Date()
        session.discoverPlugins(locations, wait: 0.05)
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.1)
        XCTAssertEqual(session.execute("quick").transcript, "hello world", "a line naming an unknown command waits for descriptions")
        let error = "\(path): the plugin did not answer within 0.5 s (set plugin_timeout SECONDS); it was stopped"
        XCTAssertEqual(
            session.execute("plugins --format jsonl").output.split(separator: "\n").last.map(String.init),
            #"{"name": "stuck", "kind": "external", "version": null, "command_count": 0, "summary": "error: \#(error)", "commands": [], "path": "\#(path)", "error": "\#(error)"}"#)
    }

    func testACachedDescriptionStartsTheProgramOnlyWhenCalled() throws {
        let path = try program("lazy")
        try seededSession().discoverPlugins(locations, wait: 5)
        XCTAssertEqual(starts, 1)
        let session = try seededSession()
        session.discoverPlugins(locations, wait: 5)
        XCTAssertEqual(starts, 1, "described from the cache")
        XCTAssertEqual(session.execute("lazy").transcript, "hello world")
        XCTAssertEqual(starts, 2)
        // A changed program is described again.
        try (String(contentsOfFile: path, encoding: .utf8) + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        try seededSession().discoverPlugins(locations, wait: 5)
        XCTAssertEqual(starts, 3)
    }

    func testAddRemembersAndRemoveForgets() throws {
        let path = try program("kept", in: root + "/elsewhere")
        let session = try seededSession()
        session.discoverPlugins(locations, wait: 5)
        XCTAssertEqual(session.execute("plugins add \(path)").transcript, "added plugin kept: kept")
        XCTAssertEqual(try String(contentsOfFile: root + "/home/.config/mqt/plugins.list", encoding: .utf8), path + "\n")
        let later = try seededSession()
        later.discoverPlugins(locations, wait: 5)
        XCTAssertEqual(later.execute("kept me").transcript, "hello me")
        XCTAssertEqual(later.execute("plugins remove kept").transcript, "removed plugin kept (\(path)); later sessions will not load it")
        XCTAssertEqual(later.execute("kept").transcript, "error: unknown command 'kept' (did you mean 'let'?)\n  kept\n  ^^^^")
        XCTAssertEqual(try String(contentsOfFile: root + "/home/.config/mqt/plugins.list", encoding: .utf8), "")
        XCTAssertEqual(later.execute("plugins remove kept").transcript, "error: no external plugin called 'kept' (see plugins)")
    }

    func testRemovingAPluginFoundInAFolderSaysItComesBack() throws {
        try program("found")
        let session = try seededSession()
        session.discoverPlugins(locations, wait: 5)
        XCTAssertEqual(
            session.execute("plugins remove found").transcript,
            "removed plugin found for this session; it is found again in \(root)/path at start-up unless that file is deleted or renamed")
    }
}
