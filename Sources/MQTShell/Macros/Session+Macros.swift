import MQTKit

extension Session {
    /// The macros defined so far, by name.
    public var macros: [Macro] { macroCommands.map(\.macro) }

    /// Whether a `def` block is open: lines go into its body until `end`.
    public var isDefiningMacro: Bool { openDefinition != nil }

    /// Takes a line while a `def` block is open: the body's next line, or `end`.
    func continueDefinition(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard var definition = openDefinition else { return Outcome() }
        if trimmed.hasPrefix("#") || trimmed.isEmpty { return Outcome() }
        guard trimmed == "end" else {
            definition.macro.body.append(trimmed)
            openDefinition = definition
            return Outcome()
        }
        openDefinition = nil
        guard !definition.macro.body.isEmpty else { return Outcome(error: "error: \(MacroError.emptyBody(definition.macro.name))") }
        do {
            try define(definition.macro)
            return Outcome()
        } catch {
            return Outcome(error: "error: \(error)")
        }
    }

    /// Starts or makes a definition (`def`).
    func begin(_ definition: MacroDefinition) throws {
        if let command = registry.command(named: definition.macro.name), !(command is MacroCommand) {
            throw MacroError.taken(definition.macro.name)
        }
        if definition.isOpen { openDefinition = definition } else { try define(definition.macro) }
    }

    /// Adds a macro, or replaces the one of that name; help and completion list it at once.
    func define(_ macro: Macro) throws {
        if let command = registry.command(named: macro.name), !(command is MacroCommand) { throw MacroError.taken(macro.name) }
        macroCommands.removeAll { $0.macro.name == macro.name }
        macroCommands.append(MacroCommand(macro, registry: registry))
        macroCommands.sort { $0.macro.name < $1.macro.name }
        let others = registry.plugins.dropFirst().filter { $0.name != Self.macroPluginName }
        registry = CommandRegistry(
            plugins: others + [Plugin(name: Self.macroPluginName, summary: "commands defined in this session with def", commands: macroCommands)])
    }

    /// Ends the input: a `def` still open is an error (its lines are dropped).
    func finishDefinitions() -> Outcome? {
        guard let open = openDefinition else { return nil }
        openDefinition = nil
        return Outcome(error: "error: \(MacroError.unfinished(open.macro.name))")
    }

    static let macroPluginName = "macros"

    /// The value of one body line run with `input` piped in, and the format it asked for; errors
    /// say which macro ran it.
    func valueAndFormat(of line: String, input: Value, in macro: String) throws -> (Value, String?) {
        do {
            if let assignment = try LetStatement.parse(line) {
                let (value, _) = try Pipeline.run(assignment.pipeline, offset: assignment.offset, line: line, session: self)
                variables[assignment.name] = value
                return (.nothing, nil)
            }
            return try Pipeline.run(line, offset: 0, line: line, session: self, input: input)
        } catch let error as PositionedError {
            throw PositionedError("in \(macro): \(error.message)", span: error.span, in: error.text)
        }
    }
}
