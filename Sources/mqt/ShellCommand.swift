import ArgumentParser
import Foundation
import LineEditor
import MQTKit
import MQTShell

/// The default mode: REPL on a terminal, commands from `-c` or from piped stdin otherwise.
struct Shell {
    let store: StoreOptions
    let commands: [String]
    let paths: [String]

    func run() throws {
        // The REPL whenever a person types (`mqt | tee log` keeps editing and prompts).
        let terminal = isatty(0) == 1 && commands.isEmpty
        let session = try store.session(interactive: terminal, paths: paths)
        if terminal {
            try REPL(session: session).run()
            return
        }
        // Each -c is a line of input, as if typed: `\` or an open quote continues into the next.
        let loop = InputLoop(session: session, errorHandling: .onErrorSetting) { _, outcome in
            Output.show(outcome, session: session)
        }
        let lines = commands.isEmpty ? AnySequence(StandardInputLines()) : AnySequence(commands.flatMap(Self.lines))
        if !loop.run(lines: lines) { throw ExitCode(1) }
    }

    /// One -c value's lines (a value may hold line breaks).
    static func lines(_ command: String) -> [String] {
        command.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }
}

/// Lines of standard input, read as they come; a line may carry the `mqt> ` prompt.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine().map(Script.withoutPrompt) }
}

/// `mqt run SCRIPT [PATH...]`.
struct RunScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run an analysis script (.mqt); the first error stops it unless `set on_error continue`.",
        usage: "mqt [--db FILE] [--format F] [--safe] run SCRIPT.mqt [-v NAME=VALUE ...] [PATH ...]")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The .mqt script.", completion: .file(extensions: ["mqt"]))
    var script: String

    @Option(name: .customShort("v"), help: ArgumentHelp("A value the script reads as :NAME (repeatable).", valueName: "NAME=VALUE"))
    var parameters: [String] = []

    @Argument(help: "Transcript files or folders to load first.", completion: .file())
    var paths: [String] = []

    func run() throws {
        let values: [String: String]
        do {
            values = try ScriptParameters.parse(parameters)
        } catch {
            throw ValidationError("\(error)")
        }
        let folder = (script as NSString).deletingLastPathComponent
        let session = try store.session(interactive: false, paths: paths, safeFolder: folder.isEmpty ? "." : folder)
        let outcome = try ScriptExecution.run(path: script, shownAs: script, in: session, parameters: values) { step in
            Output.show(step, session: session)
        }
        if outcome.error != nil { throw ExitCode(1) }
    }
}
