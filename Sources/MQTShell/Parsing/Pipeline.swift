import MQTKit

/// `let NAME = PIPELINE`.
struct LetStatement {
    var name: String
    var pipeline: String
    var offset: Int

    static func parse(_ line: String) throws -> LetStatement? {
        let trimmed = line.drop(while: { $0 == " " })
        guard trimmed.hasPrefix("let ") || trimmed == "let" else { return nil }
        let afterLet = trimmed.dropFirst(3)
        guard let equals = afterLet.firstIndex(of: "=") else { throw ShellError.badLet }
        let name = afterLet[..<equals].trimmingCharacters(in: .whitespaces)
        let isName = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !(name.first?.isNumber ?? true)
        let rest = String(afterLet[afterLet.index(after: equals)...])
        guard isName, !rest.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError.badLet }
        return LetStatement(name: name, pipeline: rest, offset: line.count - rest.count)
    }
}

/// Runs `A | B | C`: binds every stage and checks value kinds before anything runs.
enum Pipeline {
    /// Runs the pipeline in `text` (at `offset` in `line`), with `input` piped into its first
    /// command; returns its value and the format it asked for.
    static func run(_ text: String, offset: Int, line: String, session: Session, input: Value = .nothing) throws -> (Value, String?) {
        let padded = String(repeating: " ", count: offset) + text
        let stages = try LineLexer.stages(padded)
        var plan: [(call: Call, command: (any Command)?, variable: Value?)] = []
        var kind = input.kind
        for (index, stage) in stages.enumerated() {
            guard let head = stage.words.first else { continue }
            if head.value.hasPrefix("$") {
                let name = String(head.value.dropFirst())
                guard index == 0, let value = session.variables[name] else {
                    let message = index == 0 ? ShellError.unknownVariable(name).description : "$\(name) can only start a pipeline"
                    throw PositionedError(message, span: head.span, in: line)
                }
                let call = try CallBinder.bind(stage, to: VariableStage.spec, line: line, input: .nothing)
                plan.append((call, nil, value))
                kind = value.kind
                continue
            }
            guard let (command, nameWords) = session.registry.command(startingWith: stage.words) else {
                let suggestion = Suggest.nearest(head.value, in: session.registry.names)
                throw PositionedError(ShellError.unknownCommand(head.value, suggestion: suggestion).description, span: head.span, in: line)
            }
            var stage = stage
            if nameWords == 2 {
                // A name in two words (`qa stats`) binds as one: the arguments start after it.
                let second = stage.words[1]
                let name = Word(value: command.spec.name, raw: head.raw + " " + second.raw, span: head.span.lowerBound..<second.span.upperBound)
                stage.words = [name] + stage.words.dropFirst(2)
            }
            guard command.spec.accepts.contains(kind) else {
                let error = ShellError.notAcceptable(command: command.spec.name, given: kind, accepts: command.spec.accepts)
                throw PositionedError(error.description, span: head.span, in: line)
            }
            plan.append((try CallBinder.bind(stage, to: command.spec, line: line, input: .nothing), command, nil))
            kind = command.spec.returns
        }
        var value = input
        var format: String?
        for step in plan {
            if let stored = step.variable {
                value = stored
                format = step.call.format ?? format
                continue
            }
            guard let command = step.command else { continue }
            var call = step.call
            call.input = value
            value = try command.run(call, context: session)
            // A command with a --format of its own (export's file format) returns text already in
            // it: shown as it is, never quoted again as csv or json.
            format = command.spec.returns == .text && command.spec.option(named: "format") != nil ? "plain" : call.format ?? format
        }
        return (value, format)
    }
}

/// What a `$NAME` stage accepts: only `--format`.
enum VariableStage {
    static let spec = CommandSpec(name: "$NAME", summary: "a kept result", returns: .table)
}
