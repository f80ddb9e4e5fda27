import ArgumentParser
import Foundation
import MQTCore
import MQTKit
import MQTPlugins
import MQTShell

/// `mqt`: the REPL, one-shot commands, script runs and script tests.
@main
struct MQT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mqt",
        abstract: "A scriptable workbench for debate transcripts.",
        usage: """
            mqt [--db FILE] [--format F] [PATH ...]
            mqt [--db FILE] -c 'COMMAND' [-c ...] [PATH ...]
            mqt [--db FILE] run SCRIPT.mqt [PATH ...]
            mqt test [--update] [PATH ...]
            mqt --safe ... (any of these: safe mode, see `mqt help safe`)
            """,
        discussion: """
            With no command, opens the REPL when stdin is a terminal, else reads
            commands from stdin. PATHs (files or folders) are loaded first. Inside,
            type `help`; `mqt help COMMAND` shows one command's help.

            Shell completion: `mqt --generate-completion-script bash` (or zsh, fish).
            """,
        version: MQTVersion.current,
        subcommands: [RunScriptCommand.self, TestScriptsCommand.self])

    // The shell's own options sit on the root command (not a default subcommand), so that
    // `mqt --help` lists them and generated completion scripts offer them.
    @OptionGroup var store: StoreOptions

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this command and exit (repeatable).", valueName: "command"))
    var commands: [String] = []

    @Argument(help: "Transcript files or folders to load first.", completion: .file())
    var paths: [String] = []

    func run() throws {
        try Shell(store: store, commands: commands, paths: paths).run()
    }

    /// `mqt --db FILE run SCRIPT` as DESIGN writes it: options given before `run` or `test` are
    /// moved after it, where the subcommand declares them.
    /// `run` and `test` are routed here rather than by the parser: the root command takes PATHs,
    /// and a parser that sees `run` would take it for one.
    static func main() {
        let arguments = reordered(Array(CommandLine.arguments.dropFirst()))
        switch arguments.first {
        case "run": run(RunScriptCommand.self, Array(arguments.dropFirst()))
        case "test": run(TestScriptsCommand.self, Array(arguments.dropFirst()))
        default: run(MQT.self, arguments)
        }
    }

    /// Parses and runs one of mqt's commands as `main` does, but errors read as every other error
    /// of mqt's: `error: ...` on standard error (the argument parser writes `Error: `).
    static func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = type.exitCode(for: error)
            let message = type.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                let spelled = message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
                FileHandle.standardError.write(Data((spelled + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    static func reordered(_ arguments: [String]) -> [String] {
        // `mqt help COMMAND` is the REPL's help of that command (`mqt help`, `mqt help run` and
        // `mqt help test`: this program's).
        if arguments.count > 1, arguments[0] == "help" {
            return arguments[1] == "run" || arguments[1] == "test"
                ? [arguments[1], "--help"] : ["-c", "help " + arguments.dropFirst().joined(separator: " ")]
        }
        let takesValue: Set<String> = ["--db", "--format", "-c", "--init"]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "run" || word == "test" {
                return [word] + arguments[..<index] + arguments[(index + 1)...]
            }
            guard word.hasPrefix("-") else { return arguments }
            index += takesValue.contains(word) ? 2 : 1
        }
        return arguments
    }
}

/// Options every mode shares.
struct StoreOptions: ParsableArguments {
    static let dbHelp = "Open or create this corpus database (SQLite); default: memory."
    static let formatHelp = "Output format: \(Renderers.names.joined(separator: ", "))."

    @Option(name: .long, help: ArgumentHelp(dbHelp), completion: .file(extensions: ["db", "sqlite", "sqlite3"]))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(formatHelp, valueName: "F"), completion: .list(Renderers.names))
    var format: String?

    @Option(
        name: .customLong("init"), help: ArgumentHelp("Run this script first, instead of ~/.config/mqt/init.mqt or ~/.mqtrc.", valueName: "FILE"),
        completion: .file(extensions: ["mqt"]))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Do not run an init file.")
    var noInit = false

    @Flag(name: .long, help: ArgumentHelp(SafeMode.flagHelp))
    var safe = false

    /// A session on the chosen store, with the init file run, the format set, the paths loaded,
    /// then with `--safe` safe mode on, confining files to `safeFolder` (default: the working
    /// directory).
    func session(interactive: Bool, paths: [String], safeFolder: String? = nil) throws -> Session {
        // A plugin that exits, or `mqt ... | head`, must give an error, not kill mqt; so must a
        // write past a file-size limit (`ulimit -f`).
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let store: Store
        do {
            store = try Store(path: db)
        } catch let error as CoreError {
            // One spelling of errors, `error:`, as the shell prints them (not the parser's `Error:`).
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let session = try Session(plugins: AllPlugins.list, store: store, isInteractive: interactive)
        // A slow or hanging plugin program must not delay the first prompt (see `plugins`). Safe
        // mode runs no external program, so it finds none.
        // At most 40 ms for programs not yet described (the first prompt may wait 50 ms, issue 13).
        if !safe { session.discoverPlugins(PluginLocations(), wait: 0.04) }
        if isatty(1) == 0 {
            // Output to a file or a pipe: COLUMNS when set, else nothing cut (`set width` still rules).
            let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
            session.settings.width = columns.map { min(max($0, Settings.widths.lowerBound), Settings.widths.upperBound) } ?? Settings.widths.upperBound
        }
        // The init file's settings come before the command line's, which win.
        if !noInit, let path = InitFile.path(given: initFile) {
            do {
                try InitFile.run(path: path, in: session) { Output.show($0, session: session) }
            } catch {
                throw ValidationError("--init: \(error)")
            }
        }
        if let format {
            guard Renderers.named(format) != nil else {
                throw ValidationError("--format takes one of \(Renderers.names.joined(separator: ", ")), not '\(format)'")
            }
            session.settings.format = format
        }
        if !paths.isEmpty {
            let outcome = session.execute("load " + paths.map(Quoting.quote).joined(separator: " "))
            Output.show(outcome, session: session, quietOutput: !interactive)
            if outcome.error != nil { throw ExitCode(1) }
        }
        if safe { session.enterSafeMode(folder: safeFolder) }
        return session
    }
}

/// Quoting paths for a command line.
enum Quoting {
    static func quote(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "|" }) ? "\"\(text)\"" : text
    }
}

/// Printing outcomes: output to stdout, notes and errors to stderr, flushed.
enum Output {
    static func show(_ outcome: Outcome, session: Session, quietOutput: Bool = false, paged: Bool = false) {
        if !outcome.output.isEmpty && !quietOutput && !(paged && session.settings.pager && Pager.show(outcome.output)) {
            print(outcome.output)
        }
        fflush(nil)
        // Notes and errors may quote a transcript or a file name: no raw control reaches the terminal.
        if !outcome.notes.isEmpty {
            FileHandle.standardError.write(Data((TerminalText.visible(outcome.notes.joined(separator: "\n")) + "\n").utf8))
        }
        if let error = outcome.error.map({ TerminalText.visible($0) }) {
            let text = session.settings.color ? "\u{1B}[31m" + error + "\u{1B}[0m" : error
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}

import MQTKit
