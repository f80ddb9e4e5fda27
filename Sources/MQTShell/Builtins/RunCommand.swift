import Foundation
import MQTKit

/// `run SCRIPT`: runs a script's commands in this session (expected output is not checked).
struct RunCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "run", summary: "run a .mqt script's commands in this session",
        arguments: [
            ArgumentSpec("script", summary: "the .mqt file", completion: .files),
            ArgumentSpec("parameters", .words, optional: true, summary: "-v NAME=VALUE ...: values the script reads as :NAME"),
        ],
        returns: .text,
        examples: [
            Example("a script that is not there", "run no-such-script.mqt", output: "error: no-such-script.mqt: no such script"),
            Example(
                "a parameter the script reads but nobody gave", "run recipes/speaker-profile.mqt",
                output: "error: recipes/speaker-profile.mqt:4: :who is not set (give it with: run SCRIPT -v who=VALUE)"),
        ],
        discussion: """
            The first error stops the script unless `set on_error continue`. `mqt test` checks outputs. \
            A script takes parameters, as psql's -v: `run profile.mqt -v who=Desai` puts Desai where \
            the script's commands say `:who` (outside quotes as one word, quoted when it holds a \
            space; a `:` after a letter or digit, as in speaker:Khan or 10:30, is text). A script run \
            from a script sees its parameters too. A parameter the script uses that nobody gave is an \
            error naming it.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        let typed = call.argument("script") ?? ""
        let path = session.resolve(path: typed)
        let parameters = try ScriptParameters.parse(ScriptParameters.settings(in: call.arguments["parameters"] ?? []))
        try session.settings.safe.checkRead(path, shownAs: typed)
        let outcome = try ScriptExecution.run(path: path, shownAs: typed, in: session, parameters: parameters)
        if let error = outcome.error {
            throw CommandError.partial(output: .text(outcome.output), errors: [error])
        }
        return .text(outcome.output)
    }
}

/// Runs a script's commands in a session through the input loop: the first error stops it unless
/// `on_error continue`.
public enum ScriptExecution {
    /// How deep `run` may nest: far beyond any real recipe, far below a stack overflow.
    public static let maxDepth = 32

    /// Runs the script at `path`; errors name the script line (`FILE:LINE: problem`). With `echo`,
    /// each outcome goes there as it comes; without, outputs and errors are gathered in the result.
    /// `parameters` are added to those of the script that runs this one, if any (`:NAME`).
    public static func run(
        path: String, shownAs name: String, in session: Session, parameters: [String: String] = [:], echo: ((Outcome) -> Void)? = nil
    ) throws -> Outcome {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ShellError.scriptNotFound(name) }
        let fullPath = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if let first = session.runningScripts.firstIndex(where: { $0.path == fullPath }) {
            throw ShellError.scriptRunsItself(session.runningScripts[first...].map(\.shownAs) + [name])
        }
        guard session.runningScripts.count < maxDepth else { throw ShellError.scriptsNestTooDeep(name, limit: maxDepth) }
        session.runningScripts.append((name, fullPath))
        defer { session.runningScripts.removeLast() }
        let outerParameters = session.scriptParameters
        session.scriptParameters = (outerParameters ?? [:]).merging(parameters) { _, given in given }
        defer { session.scriptParameters = outerParameters }
        let script = Script(text: text)
        let previousBase = session.baseDirectory
        let folder = (path as NSString).deletingLastPathComponent
        session.baseDirectory = folder.isEmpty ? nil : folder
        defer { session.baseDirectory = previousBase }
        var outputs: [String] = []
        var errors: [String] = []
        let loop = InputLoop(session: session, errorHandling: .onErrorSetting, sourceName: name) { _, outcome in
            if let echo { echo(outcome) } else if !outcome.output.isEmpty { outputs.append(outcome.output) }
            if let error = outcome.error { errors.append(error) }
        }
        if script.steps.isEmpty {
            // No `mqt> ` line: plain commands, one a line, as sqlite3's .read takes them.
            _ = loop.run(lines: text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n"))
        } else {
            for step in script.steps where !loop.run(Statement(step.command, line: step.line)) { break }
        }
        return Outcome(output: outputs.joined(separator: "\n"), error: errors.isEmpty ? nil : errors.joined(separator: "\n"))
    }
}
