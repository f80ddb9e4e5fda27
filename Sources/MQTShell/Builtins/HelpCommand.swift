import MQTKit

/// `help [COMMAND]`: every command by plugin, or one command's synopsis, options and examples.
struct HelpCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "help", aliases: ["?"], summary: "list commands by plugin, or show one command in full",
        arguments: [ArgumentSpec("command", optional: true, summary: "a command name, `query` for the query language, `words` for how words and sentences are counted, or `safe` for safe mode", completion: .commands)],
        returns: .text,
        examples: [
            Example(
                "one command in full", "help quit",
                output: """
                    quit
                      leave mqt (Ctrl-D does the same)
                    <blank>
                      History is saved after every line, so nothing typed is lost on leaving.
                    <blank>
                    Aliases: exit
                    <blank>
                    Examples:
                      # leave (nothing is printed)
                      mqt> quit
                    """),
            Example("a typo gets a suggestion", "help speakrs", output: "error: unknown command 'speakrs' (did you mean 'speakers'?)"),
        ])

    func run(_ call: Call, session: Session) throws -> Value {
        guard let name = call.argument("command") else { return .text(overview(session.registry, width: session.settings.width)) }
        if name == "query" { return .text(QueryLanguage.help) }
        if name == "words" { return .text(CountingRules.help) }
        if name == "safe" { return .text(SafeMode.help) }
        guard let command = session.registry.command(named: name) else {
            throw ShellError.unknownCommand(name, suggestion: Suggest.nearest(name, in: session.registry.names))
        }
        return .text(Self.detail(command.spec, width: session.settings.width))
    }

    func overview(_ registry: CommandRegistry, width: Int) -> String {
        var sections: [String] = []
        for plugin in registry.plugins where !plugin.commands.isEmpty {
            let rows = plugin.commands.map { [Cell.text("  " + $0.spec.name), Cell.text($0.spec.summary)] }
            let table = PlainTable.render(Table(columns: [Column(""), Column("")], rows: rows), options: RenderOptions(width: width))
            sections.append("\(plugin.name): \(plugin.summary)\n" + table)
        }
        sections.append("help COMMAND shows its options and examples; help query, the query language; help words, how words and sentences are counted; help safe, safe mode.")
        return sections.joined(separator: "\n\n")
    }

    /// The full help of one command, derived from its declaration.
    static func detail(_ spec: CommandSpec, width: Int = 80) -> String {
        var lines = [spec.synopsis, "  " + spec.summary]
        if !spec.discussion.isEmpty {
            // Discussion paragraphs are prose: rewrap them to the width, keeping blank lines.
            lines.append("")
            for paragraph in spec.discussion.replacingOccurrences(of: "\n\n", with: "\u{0}").split(separator: "\u{0}") {
                if lines.last != "" { lines.append("") }
                let flat = paragraph.split(separator: "\n").joined(separator: " ")
                lines += TextWrap.lines(flat, width: max(20, width - 2)).map { "  " + $0 }
            }
        }
        if !spec.aliases.isEmpty { lines += ["", "Aliases: " + spec.aliases.joined(separator: ", ")] }
        if !spec.arguments.isEmpty {
            lines += ["", "Arguments:"]
            lines += spec.arguments.map { "  \($0.name.uppercased())  \($0.summary)" + ($0.isOptional ? " (optional)" : "") }
        }
        if !spec.allOptions.isEmpty {
            lines += ["", "Options:"]
            // Names in one column; summaries wrapped beside them, choices after a colon.
            let names = spec.allOptions.map { option in option.valueName.map { "--\(option.name) \($0)" } ?? "--\(option.name)" }
            let column = (names.map(\.count).max() ?? 0) + 4
            for (option, name) in zip(spec.allOptions, names) {
                let choices = option.choices.map { ": " + $0.joined(separator: ", ") } ?? ""
                let text = TextWrap.lines(option.summary + choices, width: max(20, width - column))
                let pad = String(repeating: " ", count: column)
                lines.append("  " + name + String(repeating: " ", count: column - 2 - name.count) + (text.first ?? ""))
                lines += text.dropFirst().map { pad + $0 }
            }
        }
        if !spec.examples.isEmpty {
            lines += ["", "Examples:"]
            for (index, example) in spec.examples.enumerated() {
                if index > 0 { lines.append("") }
                lines += ["  # \(example.summary)", "  mqt> \(example.command)"]
                if !example.output.isEmpty {
                    lines += example.output.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
