import MQTKit

/// `plugins`: what is registered, with its commands.
struct PluginsCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "plugins", summary: "list plugins and their commands", returns: .table,
        examples: [
            Example(
                "the registered plugins", "plugins",
                output: """
                    plugin  commands  summary
                    core          12  the shell: loading, settings, results, scripts
                    ...
                    """)
        ])

    func run(_ call: Call, session: Session) throws -> Value {
        .table(
            Table(
                ["plugin", "commands", "summary"],
                rows: session.registry.plugins.map { plugin in
                    [.text(plugin.name), .int(plugin.commands.count), .text(plugin.summary)]
                }))
    }
}
