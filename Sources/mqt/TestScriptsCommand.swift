import ArgumentParser
import Foundation
import MQTKit
import MQTPlugins
import MQTShell

/// `mqt test [--update] [PATH...]`: replays scripts and diffs their output.
struct TestScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay .mqt scripts and compare their output; folders are searched recursively.",
        usage: "mqt test [--update] [--safe] [PATH ...]")

    @Flag(help: "Rewrite expected output in place (commentary is kept).")
    var update = false

    @Flag(help: ArgumentHelp(SafeMode.flagHelp))
    var safe = false

    @Argument(help: "Scripts or folders (default: the current folder).", completion: .file(extensions: ["mqt"]))
    var paths: [String] = []

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let scripts = ScriptRunner.scripts(in: paths.isEmpty ? ["."] : paths)
        let runner = ScriptRunner(plugins: AllPlugins.list, safe: safe, pluginLocations: PluginLocations())
        var passed = 0
        var failed = 0
        var skipped = 0
        for path in scripts {
            let result: ScriptRunner.Result
            do {
                result = try runner.replay(path: path)
            } catch {
                print("FAIL  \(path)\n  error: \(error)")
                failed += 1
                continue
            }
            if let reason = result.skipped {
                print("skip  \(path) (\(reason))")
                skipped += 1
            } else if result.passed {
                print("ok    \(path)")
                passed += 1
            } else if update {
                let script = Script(text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                let failing = Set(result.failures.map(\.line))
                let outputs = zip(script.steps, result.outputs).map { step, output in failing.contains(step.line) ? output : nil }
                try script.rewritten(outputs: outputs).write(toFile: path, atomically: true, encoding: .utf8)
                print("updated  \(path) (\(result.failures.count) blocks)")
                passed += 1
            } else {
                print("FAIL  \(path)")
                // A script's commands and its expected and actual output may hold control characters.
                for failure in result.failures {
                    print(TerminalText.visible("  \(path):\(failure.line): mqt> \(failure.command)", inCell: true))
                    for line in failure.diff { print(TerminalText.visible("    " + line, inCell: true)) }
                }
                failed += 1
            }
            fflush(nil)
        }
        print("\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : ""))
        if failed > 0 { throw ExitCode(1) }
    }
}
