import MQTKit

/// `quit`: leaves the REPL (Ctrl-D does the same).
struct QuitCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "quit", aliases: ["exit"], summary: "leave mqt (Ctrl-D does the same)", returns: .nothing,
        examples: [Example("leave (nothing is printed)", "quit", output: "")],
        discussion: "History is saved after every line, so nothing typed is lost on leaving.")

    func run(_ call: Call, session: Session) throws -> Value { throw QuitRequest() }
}
