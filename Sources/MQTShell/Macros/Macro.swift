import MQTKit

/// A command defined in the session from other commands (`def`): its name, its parameters, and
/// its body, one command line a line, with `$PARAM` or `$1` where the values go.
public struct Macro: Sendable, Equatable {
    public var name: String
    public var parameters: [String]
    public var body: [String]

    /// How deep macros may call macros: a macro that calls itself stops with an error here.
    static let maxDepth = 32

    /// The body's lines with this call's values in place of `$PARAM` and `$1`.
    func expanded(with values: [String]) throws -> [String] {
        var byName: [String: String] = [:]
        for (index, parameter) in parameters.enumerated() where index < values.count {
            byName[parameter] = values[index]
            byName[String(index + 1)] = values[index]
        }
        return try body.map { try Substitution.apply($0, sigil: .macro) { byName[$0] } }
    }
}

/// A macro as the registry holds it: declared like any command, so help, completion and the
/// pipeline checks see it. One body line passes its value on (the macro sits in pipelines);
/// several give their outputs as text, as `run` does.
struct MacroCommand: BuiltinCommand {
    let macro: Macro
    let spec: CommandSpec

    init(_ macro: Macro, registry: CommandRegistry) {
        self.macro = macro
        let first = macro.body.first.flatMap { Self.command(startingLine: $0, registry: registry) }
        let last = macro.body.last.flatMap { Self.command(endingLine: $0, registry: registry) }
        spec = CommandSpec(
            name: macro.name, summary: "macro: " + macro.body.joined(separator: "; "),
            arguments: macro.parameters.map { ArgumentSpec($0, summary: "put in the body where $\($0) stands") },
            accepts: first?.spec.accepts ?? [.nothing],
            returns: macro.body.count == 1 && !Self.asksForFormat(macro.body[0]) ? last?.spec.returns ?? .text : .text,
            discussion: "Defined in this session with `def` (see help def); the summary above is its body.")
    }

    func run(_ call: Call, session: Session) throws -> Value {
        guard session.macroDepth < Macro.maxDepth else {
            throw CommandError.invalid("macros call macros too deeply (limit \(Macro.maxDepth)): \(macro.name) calls itself?")
        }
        session.macroDepth += 1
        defer { session.macroDepth -= 1 }
        let lines = try macro.expanded(with: macro.parameters.map { call.argument($0) ?? "" })
        if lines.count == 1 {
            // A body that asks for its own --format gives text in it (`spec.returns` says so).
            let (value, format) = try session.valueAndFormat(of: lines[0], input: call.input, in: macro.name)
            return format == nil ? value : .text(session.render(try session.displayed(value), format: format))
        }
        var outputs: [String] = []
        for (index, line) in lines.enumerated() {
            let (value, format) = try session.valueAndFormat(of: line, input: index == 0 ? call.input : .nothing, in: macro.name)
            let shown = session.render(try session.displayed(value), format: format)
            if !shown.isEmpty { outputs.append(shown) }
        }
        return .text(outputs.joined(separator: "\n"))
    }

    /// Whether a body line's last command has a --format of its own.
    static func asksForFormat(_ line: String) -> Bool {
        ((try? LineLexer.stages(line))?.last?.words ?? []).contains { $0.value == "--format" || $0.value.hasPrefix("--format=") }
    }

    /// The command a body line starts with, and the one it ends with.
    static func command(startingLine line: String, registry: CommandRegistry) -> (any Command)? {
        ((try? LineLexer.stages(line))?.first?.words.first?.value).flatMap(registry.command(named:))
    }

    static func command(endingLine line: String, registry: CommandRegistry) -> (any Command)? {
        ((try? LineLexer.stages(line))?.last?.words.first?.value).flatMap(registry.command(named:))
    }
}
