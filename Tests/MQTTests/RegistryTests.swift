import MQTKit
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
        for name in ["help", "load", "open", "info", "integrity-check", "speakers", "show", "set", "let", "run", "record", "plugins", "quit"] {
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

    /// A command's examples show every kind of input it accepts: starting a pipeline (nothing),
    /// and after a command that gives each other kind. An input kind no example shows is untested.
    func testEveryAcceptedInputKindHasAnExample() {
        let registry = CommandRegistry(plugins: AllPlugins.list)
        var missing: [String] = []
        for plugin in registry.plugins {
            for command in plugin.commands {
                var shown = Set<ValueKind>()
                for example in command.spec.examples {
                    let stages = example.command.components(separatedBy: " | ").map { $0.split(separator: " ").first.map(String.init) ?? "" }
                    for (index, head) in stages.enumerated() where registry.command(named: head)?.spec.name == command.spec.name {
                        shown.insert(index == 0 ? .nothing : registry.command(named: stages[index - 1])?.spec.returns ?? .nothing)
                    }
                }
                for kind in command.spec.accepts where !shown.contains(kind) {
                    missing.append("\(command.spec.name) takes \(kind.noun)")
                }
            }
        }
        XCTAssertEqual(missing, [], "accepted input kinds that no example shows")
    }
}
