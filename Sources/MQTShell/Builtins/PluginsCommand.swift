import Foundation
import MQTKit

/// `plugins`: the built-in and external plugins, with their commands; `plugins add` and
/// `plugins remove` remember and forget external ones.
struct PluginsCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "plugins", summary: "list plugins; `plugins add PROGRAM` adds an external plugin, `plugins remove NAME` drops it",
        arguments: [
            ArgumentSpec("action", optional: true, summary: "`add` or `remove`", completion: .choices(["add", "remove"])),
            ArgumentSpec("program", optional: true, summary: "the plugin's executable file (add) or the plugin's name (remove)", completion: .files),
        ],
        returns: .table,
        examples: [
            Example(
                "the registered plugins", "plugins",
                output: """
                    plugin  kind     version  commands  summary
                    core    builtin  \(MQTVersion.current)          15  the shell: loading, settings, results,
                    ...
                    """),
            Example("only external plugins can be removed", "plugins remove stats", output: "error: no external plugin called 'stats' (see plugins)"),
        ],
        discussion: """
            An external plugin is a program in any language that speaks mqt's plugin protocol
            (docs/PLUGIN-PROTOCOL.md: JSON lines on its stdin and stdout). Its commands are declared
            by the program and work like any other: help, completion, pipes, --format. mqt finds
            executables called mqt-plugin-NAME in $MQT_PLUGIN_PATH (folders separated by colons) and
            in ~/.config/mqt/plugins/ ($XDG_CONFIG_HOME/mqt/plugins/) at start-up; `plugins add
            PROGRAM` starts one now and remembers it for later sessions (in
            ~/.config/mqt/plugins.list), `plugins remove NAME` stops it and forgets it. Descriptions
            are cached by the program's path and modification time (~/.cache/mqt/plugins.json), so
            start-up does not wait for programs; one not yet described is waited for when a line
            names its command. mqt test finds plugins on the path and folder but neither reads nor
            writes the remembered list. A plugin that crashes, hangs (set plugin_timeout) or answers
            nonsense gives an error naming it and is started again on its next call. JSON output:
            name, kind (builtin or external), version, command_count, summary, commands (names),
            path and error (why a program found could not be used). A guide:
            docs/WRITING-PLUGINS.md.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        switch call.argument("action") {
        case nil: return .table(table(session))
        case "add":
            guard let program = call.argument("program") else { throw CommandError.invalid("usage: plugins add PROGRAM") }
            return try add(program, session: session)
        case "remove":
            guard let name = call.argument("program") else { throw CommandError.invalid("usage: plugins remove NAME") }
            return try remove(name, session: session)
        case let action?:
            throw CommandError.invalid("plugins takes add or remove, not '\(action)'")
        }
    }

    func add(_ program: String, session: Session) throws -> Value {
        try session.settings.safe.refuse(.externalPlugin)
        var path = session.resolve(path: program)
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        path = (path as NSString).standardizingPath
        let label = (path as NSString).lastPathComponent
        let plugin = try ExternalPlugin.load(path: path, timeout: session.settings.pluginTimeout) { lines in
            lines.forEach { session.note("\(label): \($0)") }
        }
        try session.register(plugin)
        do {
            try session.pluginLocations.remember(path)
        } catch {
            session.note("could not remember the plugin for later sessions: \(error.localizedDescription)")
        }
        return .text("added plugin \(plugin.name): " + plugin.commands.map(\.spec.name).joined(separator: ", "))
    }

    func remove(_ name: String, session: Session) throws -> Value {
        let path: String
        if let plugin = session.registry.plugins.first(where: { $0.name == name }), let external = Session.externalPath(of: plugin) {
            path = external
            session.removePlugins { $0.name == name }
        } else if let failure = session.pluginFailures.first(where: { $0.name == name }) {
            path = failure.path
            session.pluginFailures.removeAll { $0.path == path }
        } else {
            throw CommandError.invalid("no external plugin called '\(name)' (see plugins)")
        }
        if try session.pluginLocations.forget(path) { return .text("removed plugin \(name) (\(path)); later sessions will not load it") }
        let folder = (path as NSString).deletingLastPathComponent
        guard session.pluginLocations.folders.contains(folder) else { return .text("removed plugin \(name) (\(path))") }
        return .text("removed plugin \(name) for this session; it is found again in \(folder) at start-up unless that file is deleted or renamed")
    }

    func table(_ session: Session) -> Table {
        var rows: [[Cell]] = []
        for plugin in session.registry.plugins {
            let handle = (plugin.commands.first as? ExternalCommand)?.handle
            let kind: Cell = .text(handle == nil ? "builtin" : "external")
            var version: Cell = .text(MQTVersion.current)
            var path: Cell = .null
            if let handle {
                version = handle.description.version.map { Cell.text($0) } ?? .null
                path = .text(handle.path)
            }
            let names: [Cell] = plugin.commands.map { Cell.text($0.spec.name) }
            rows.append([.text(plugin.name), kind, version, .int(plugin.commands.count), .text(plugin.summary), .list(names), path, .null])
        }
        for failure in session.pluginFailures {
            let summary: Cell = .text("error: " + failure.message)
            rows.append([.text(failure.name), .text("external"), .null, .int(0), summary, .list([]), .text(failure.path), .text(failure.message)])
        }
        for path in session.pluginDescriber.describing {
            let name: Cell = .text(PluginFailure(path: path, message: "").name)
            rows.append([name, .text("external"), .null, .int(0), .text("(still starting)"), .list([]), .text(path), .null])
        }
        return Table(
            columns: [
                Column("plugin", key: "name"), Column("kind"), Column("version"), Column("commands", key: "command_count"),
                Column("summary", wraps: true), Column("command names", key: "commands", dataOnly: true),
                Column("path", dataOnly: true), Column("error", dataOnly: true),
            ], rows: rows)
    }
}
