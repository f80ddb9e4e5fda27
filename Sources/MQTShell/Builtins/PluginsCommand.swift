import Foundation
import MQTKit

/// `plugins`: what is registered, with its commands.
struct PluginsCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "plugins", summary: "list plugins; `plugins add PROGRAM` adds an external plugin",
        arguments: [
            ArgumentSpec("action", optional: true, summary: "`add` to start an external plugin program", completion: .choices(["add"])),
            ArgumentSpec("program", optional: true, summary: "the plugin's executable file", completion: .files),
        ],
        returns: .table,
        examples: [
            Example(
                "the registered plugins", "plugins",
                output: """
                    plugin  commands  summary
                    core          15  the shell: loading, settings, results, scripts
                    ...
                    """)
        ],
        discussion: """
            An external plugin is any program that speaks mqt's plugin protocol (version 1: one JSON
            object per line on stdin and stdout; see README). Its commands are declared by the program
            and work like any other: help, completion, pipes, --format. Example:
            examples/external-plugin/wordlist.py.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        if let action = call.argument("action") {
            try session.settings.safe.refuse(.externalPlugin)
            guard action == "add", let program = call.argument("program") else {
                throw CommandError.invalid("usage: plugins add PROGRAM")
            }
            let path = session.resolve(path: program)
            let label = (path as NSString).lastPathComponent
            let plugin = try ExternalPlugin.load(path: path, timeout: session.settings.pluginTimeout) { lines in
                lines.forEach { session.note("\(label): \($0)") }
            }
            try session.register(plugin)
            return .text("added plugin \(plugin.name): " + plugin.commands.map(\.spec.name).joined(separator: ", "))
        }
        return .table(
            Table(
                ["plugin", "commands", "summary"],
                rows: session.registry.plugins.map { plugin in
                    [.text(plugin.name), .int(plugin.commands.count), .text(plugin.summary)]
                }))
    }
}
