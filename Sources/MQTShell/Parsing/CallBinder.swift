import MQTKit

/// Binds a stage's words to a command's declaration: arguments, options, checks.
enum CallBinder {
    static func bind(_ stage: Stage, to spec: CommandSpec, line: String, input: Value) throws -> Call {
        var call = Call(input: input)
        var positionals: [Word] = []
        var firstOptionStart: Int?
        var words = stage.words.dropFirst().makeIterator()
        while let word = words.next() {
            guard word.isOption else {
                if firstOptionStart != nil && spec.arguments.contains(where: { $0.shape == .query }) {
                    throw PositionedError(
                        "unexpected '\(word.value)' after the options (the query comes first)", span: word.span, in: line)
                }
                positionals.append(word)
                continue
            }
            if firstOptionStart == nil { firstOptionStart = word.span.lowerBound }
            let body = String(word.value.dropFirst(2))
            let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? body
            let inlineValue = body.contains("=") ? String(body.drop(while: { $0 != "=" }).dropFirst()) : nil
            guard let option = spec.allOptions.first(where: { $0.name == name }) else {
                let names = spec.allOptions.map(\.name)
                let hint = Suggest.nearest(name, in: names).map { " (did you mean '--\($0)'?)" } ?? ""
                throw PositionedError("unknown option '--\(name)' for '\(spec.name)'\(hint)", span: word.span, in: line)
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil {
                    throw PositionedError("--\(name) takes no value", span: word.span, in: line)
                }
                call.options[name] = "true"
                continue
            }
            var value = inlineValue
            var valueSpan = word.span
            if value == nil {
                guard let next = words.next(), !next.isOption else {
                    throw PositionedError("--\(name) needs a value (\(valueName))", span: word.span, in: line)
                }
                value = next.value
                valueSpan = next.span
            }
            let given = value ?? ""
            if let choices = option.choices, !choices.contains(given) {
                throw PositionedError(
                    "--\(name) takes one of \(choices.joined(separator: ", ")), not '\(given)'", span: valueSpan, in: line)
            }
            if option == CommandSpec.outputFormat && spec.takesOutputFormat { call.format = given } else { call.options[name] = given }
        }
        try bindArguments(positionals, spec: spec, stage: stage, line: line, optionStart: firstOptionStart, into: &call)
        return call
    }

    static func bindArguments(
        _ positionals: [Word], spec: CommandSpec, stage: Stage, line: String, optionStart: Int?, into call: inout Call
    ) throws {
        var remaining = positionals[...]
        for argument in spec.arguments {
            switch argument.shape {
            case .query:
                guard let first = remaining.first, let last = remaining.last else { break }
                let chars = Array(line)
                let text = String(chars[first.span.lowerBound..<last.span.upperBound])
                call.arguments[argument.name] = [text]
                remaining = []
            case .words:
                if !remaining.isEmpty { call.arguments[argument.name] = remaining.map(\.value) }
                remaining = []
            case .word:
                if let word = remaining.first {
                    call.arguments[argument.name] = [word.value]
                    remaining = remaining.dropFirst()
                }
            }
            if call.arguments[argument.name] == nil && !argument.isOptional {
                let end = stage.offset + stage.text.count
                let at = optionStart ?? end
                throw PositionedError(
                    "missing \(argument.name.uppercased()) (usage: \(spec.synopsis))", span: at..<(at + 1), in: line + " ")
            }
        }
        if let extra = remaining.first {
            throw PositionedError(
                "unexpected argument '\(extra.value)' (usage: \(spec.synopsis))",
                span: extra.span.lowerBound..<(remaining.last?.span.upperBound ?? extra.span.upperBound), in: line)
        }
    }
}
