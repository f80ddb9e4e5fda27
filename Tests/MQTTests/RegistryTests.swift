import MQTPlugins
import MQTShell
import XCTest

/// Guards the one list of plugins: every folder in plugins/ is registered, names are unique.
final class RegistryTests: XCTestCase {
    func testEveryPluginFolderIsRegistered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/plugins")
            .filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(folders, AllPlugins.byFolder.map(\.folder).sorted(), "plugins/ and AllPlugins.byFolder differ")
        for entry in AllPlugins.byFolder {
            XCTAssertEqual(entry.plugin.name, entry.folder, "plugin in plugins/\(entry.folder) is named \(entry.plugin.name)")
        }
    }

    func testNoTwoCommandsShareANameOrAlias() {
        XCTAssertEqual(CommandRegistry(plugins: AllPlugins.list).collisions, [])
    }

    func testBuiltinsAreAllThere() {
        let registry = CommandRegistry(plugins: AllPlugins.list)
        for name in ["help", "load", "open", "info", "speakers", "show", "set", "let", "run", "record", "plugins", "quit"] {
            XCTAssertNotNil(registry.command(named: name), "missing built-in \(name)")
        }
    }

    func testEveryCommandHasASummaryAndAnExampleOrDiscussion() {
        for plugin in CommandRegistry(plugins: AllPlugins.list).plugins {
            for command in plugin.commands {
                XCTAssertFalse(command.spec.summary.isEmpty, "\(command.spec.name) has no summary")
                XCTAssertFalse(
                    command.spec.examples.isEmpty && command.spec.discussion.isEmpty,
                    "\(command.spec.name) has neither examples nor discussion")
            }
        }
    }
}
