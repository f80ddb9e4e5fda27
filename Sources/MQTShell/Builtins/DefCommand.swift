import MQTKit

/// `def NAME [PARAM...] = COMMAND`, or `def NAME [PARAM...]` … `end`: declared here for help and
/// completion; the session reads the definition itself (`MacroDefinition`), since its body is
/// command lines, not arguments.
struct DefCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "def", summary: "define a command from other commands: def NAME [PARAM...] = COMMAND, or lines up to end",
        arguments: [ArgumentSpec("definition", .query, summary: "NAME [PARAM...] = COMMAND [| COMMAND ...], or NAME [PARAM...] alone")],
        returns: .nothing,
        examples: [
            Example("a one-line macro: `busiest 5` runs `speakers --limit 5`", "def busiest n = speakers --limit $n", output: ""),
            Example("a command's name is taken", "def search words = count $words", output: "error: 'search' is a command already; a macro needs a name of its own"),
        ],
        discussion: """
            `def NAME [PARAM...] = COMMAND` defines NAME from one command line (a pipeline); \
            `def NAME [PARAM...]` alone opens a block: each following line is a command of the body \
            (the prompt is `...>`), up to a line `end`. Calling NAME with one value a parameter puts \
            each value where `$PARAM` (or `$1`, `$2`, ... by position) stands in the body; outside \
            quotes a value goes in as one word, quoted when it holds a space. A one-line macro takes \
            what is piped into it and passes its value on (`search knife | busiest 3`); a block's \
            first command takes the piped value and the block gives the outputs of all its commands. \
            Macros show in `help` with their synopsis and complete with TAB; defining a name again \
            replaces the macro; a name that is a command already is refused. Keep macros in a file \
            and load them with `run FILE`, or in the init file to have them in every session.
            """)

    func run(_ call: Call, session: Session) throws -> Value { throw MacroError.usage }
}
