import MQTKit

/// The shell's parsing of a line without running anything: `;` splitting, `let`, quoting, pipes,
/// and each stage bound to its command's declaration (arguments, options, their values). For the
/// fuzzer (`bench/fuzz`), which must exercise the command-line parser without writing files.
public enum SyntaxCheck {
    /// Throws the error the shell would report for `line` before running it.
    public static func check(_ line: String, registry: CommandRegistry) throws {
        for command in LineLexer.commands(line) {
            var text = command
            var offset = 0
            if let statement = try LetStatement.parse(command) {
                text = statement.pipeline
                offset = statement.offset
            }
            let padded = String(repeating: " ", count: offset) + text
            for stage in try LineLexer.stages(padded) {
                guard let head = stage.words.first else { continue }
                let spec = head.value.hasPrefix("$") ? VariableStage.spec : registry.command(named: head.value)?.spec
                guard let spec else { continue }
                _ = try CallBinder.bind(stage, to: spec, line: command, input: .nothing)
            }
        }
    }
}
