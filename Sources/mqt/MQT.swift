import ArgumentParser
import Foundation
import MQTCore
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
            """,
        discussion: """
            With no command, opens the REPL (or reads commands from stdin when it is not a terminal).
            PATHs (files or folders) are loaded first. Inside, type `help`.
            """,
        version: MQTVersion.current,
        subcommands: [ShellCommand.self, RunScriptCommand.self, TestScriptsCommand.self],
        defaultSubcommand: ShellCommand.self)

    /// `mqt --db FILE run SCRIPT` as DESIGN writes it: options given before `run` or `test` are
    /// moved after it, where the subcommand declares them.
    static func main() {
        main(reordered(Array(CommandLine.arguments.dropFirst())))
    }

    static func reordered(_ arguments: [String]) -> [String] {
        let takesValue: Set<String> = ["--db", "--format", "-c"]
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
    @Option(name: .long, help: "Open or create this corpus database (SQLite); default: in memory.")
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Output format: \(Renderers.names.joined(separator: ", ")).", valueName: "F"))
    var format: String?

    /// A session on the chosen store, with the format set, the paths loaded.
    func session(interactive: Bool, paths: [String]) throws -> Session {
        // A plugin that exits, or `mqt ... | head`, must give an error, not kill mqt; so must a
        // write past a file-size limit (`ulimit -f`).
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let store = try Store(path: db)
        let session = try Session(plugins: AllPlugins.list, store: store, isInteractive: interactive)
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
        return session
    }
}

/// Quoting paths for a command line.
enum Quoting {
    static func quote(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "|" }) ? "\"\(text)\"" : text
    }
}

/// Printing outcomes: output to stdout, errors to stderr, flushed.
enum Output {
    static func show(_ outcome: Outcome, session: Session, quietOutput: Bool = false) {
        if !outcome.output.isEmpty && !quietOutput { print(outcome.output) }
        fflush(nil)
        if let error = outcome.error {
            let text = session.settings.color ? "\u{1B}[31m" + error + "\u{1B}[0m" : error
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}

import MQTKit
