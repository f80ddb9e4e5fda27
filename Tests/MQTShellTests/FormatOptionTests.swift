import MQTKit
import XCTest
@testable import MQTShell

/// `--format` is declared once (`CommandSpec.allOptions`); the binder, completion and help agree.
final class FormatOptionTests: XCTestCase {
    func testEveryCommandsHelpCompletionAndBinderTakeTheSameOptions() throws {
        let session = try seededSession()
        let completer = Completer(session: session)
        for plugin in session.registry.plugins {
            for command in plugin.commands {
                let spec = command.spec
                let completed = completer.complete("\(spec.name) --").candidates
                let optionLines = HelpCommand.detail(spec).components(separatedBy: "\n\nOptions:\n").dropFirst().first?
                    .components(separatedBy: "\n\n").first?.split(separator: "\n") ?? []
                // An option's line starts "  --name"; its summary may wrap onto indented lines.
                let helped = optionLines.filter { $0.hasPrefix("  --") }.compactMap { $0.dropFirst(2).split(separator: " ").first.map(String.init) }
                XCTAssertEqual(completed, helped, spec.name)
                XCTAssertEqual(completed, spec.allOptions.map { "--" + $0.name }, spec.name)
                for option in spec.allOptions {
                    let bound = session.execute("\(spec.name) --\(option.name)").transcript
                    XCTAssertFalse(bound.contains("unknown option"), "\(spec.name): \(bound)")
                }
            }
        }
    }

    func testACommandThatReturnsNothingTakesNoFormat() throws {
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("quit --format json").transcript,
            "error: unknown option '--format' for 'quit'\n  quit --format json\n       ^^^^^^^^")
        XCTAssertEqual(Completer(session: session).complete("quit --").candidates, [])
    }

    func testFormatValuesComeFromTheRenderers() throws {
        let session = try seededSession()
        XCTAssertEqual(Completer(session: session).complete("speakers --format j").candidates, ["json", "jsonl"])
        XCTAssertEqual(CommandSpec.outputFormat.choices, Renderers.names)
        XCTAssertEqual(session.registry.command(named: "export")?.spec.allOptions.filter { $0.name == "format" }.count, 1)
    }
}
