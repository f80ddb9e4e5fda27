import ArgumentParser
import Foundation
import LineEditor
import MQTKit
import MQTShell

/// The default mode: REPL on a terminal, commands from `-c` or from piped stdin otherwise.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "Open the REPL, run -c commands, or read commands from stdin.",
        shouldDisplay: false)

    @OptionGroup var store: StoreOptions

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this command and exit (repeatable).", valueName: "command"))
    var commands: [String] = []

    @Argument(help: "Transcript files or folders to load first.")
    var paths: [String] = []

    func run() throws {
        let terminal = isatty(0) == 1 && isatty(1) == 1 && commands.isEmpty
        let session = try store.session(interactive: terminal, paths: paths)
        if !commands.isEmpty {
            for command in commands where try !runBatch(command, session: session) { throw ExitCode(1) }
            return
        }
        if terminal {
            try REPL(session: session).run()
            return
        }
        var failed = false
        while let line = readLine() {
            if try !runBatch(line, session: session) {
                failed = true
                if session.settings.onError != "continue" { break }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// Runs one line; false when it failed.
    func runBatch(_ line: String, session: Session) throws -> Bool {
        let outcome = session.execute(line)
        Output.show(outcome, session: session)
        if outcome.shouldQuit { throw ExitCode(outcome.error == nil ? 0 : 1) }
        return outcome.error == nil
    }
}

/// `mqt run SCRIPT [PATH...]`.
struct RunScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run an analysis script (.mqt); the first error stops it unless `set on_error continue`.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The .mqt script.")
    var script: String

    @Argument(help: "Transcript files or folders to load first.")
    var paths: [String] = []

    func run() throws {
        let session = try store.session(interactive: false, paths: paths)
        let outcome = try ScriptExecution.run(path: script, shownAs: script, in: session) { step in
            Output.show(step, session: session)
        }
        if outcome.error != nil { throw ExitCode(1) }
    }
}
