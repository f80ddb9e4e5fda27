import MQTKit

/// A built-in: a command that needs the session itself, not only the plugin `Context`.
protocol BuiltinCommand: Command {
    func run(_ call: Call, session: Session) throws -> Value
}

extension BuiltinCommand {
    public func run(_ call: Call, context: any Context) throws -> Value {
        guard let session = context as? Session else { throw CommandError.invalid("\(spec.name) needs a shell session") }
        return try run(call, session: session)
    }
}

/// Thrown by `quit` to end the session.
struct QuitRequest: Error {}

/// The shell's own commands, listed by `help` as the `core` plugin.
public enum Builtins {
    /// The built-in commands.
    public static let plugin = Plugin(
        name: "core", summary: "the shell: loading, settings, results, scripts",
        commands: [
            HelpCommand(), LoadCommand(), OpenCommand(), InfoCommand(), IntegrityCheckCommand(), MembersCommand(), ShowCommand(),
            SetCommand(), LetCommand(), DefCommand(), RunCommand(), RecordCommand(), DatasetteMetadataCommand(), PluginsCommand(),
            QuitCommand(),
        ])
}

/// Plural helper for summaries: `1 transcript`, `7 speeches`.
func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
}
