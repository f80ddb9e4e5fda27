import MQTKit

/// `let NAME = PIPELINE`: declared here for help and completion; the shell evaluates it.
struct LetCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "let", summary: "keep a result under a name; use it later as $NAME",
        arguments: [ArgumentSpec("assignment", .query, summary: "NAME = COMMAND [| COMMAND ...]")],
        returns: .nothing,
        examples: [
            Example("keep the speakers table, then show it", "let people = speakers", output: ""),
        ],
        discussion: "A kept result feeds a pipeline when it starts one: $people | export people.csv")

    func run(_ call: Call, session: Session) throws -> Value { throw ShellError.badLet }
}
