import MQTPlugins
import MQTShell
import XCTest

/// Every command's declared examples run as tests: a fresh session holding the seed transcript,
/// paths relative to examples/, 80 columns, no colour; `.mqt` matching rules.
final class CommandExamplesTests: XCTestCase {
    func testEveryDeclaredExampleProducesItsOutput() throws {
        var checked = 0
        for plugin in CommandRegistry(plugins: AllPlugins.list).plugins {
            for command in plugin.commands {
                for example in command.spec.examples {
                    let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/examples")
                    XCTAssertNil(session.execute("load ../seeds/prevent-in-london-2021-11-29.txt").error)
                    let actual = OutputMatcher.lines(of: session.execute(example.command).transcript)
                    let expected = example.output.isEmpty ? [] : example.output.components(separatedBy: "\n")
                    XCTAssertTrue(
                        OutputMatcher.matches(expected: expected, actual: actual),
                        "\(plugin.name)/\(command.spec.name) example '\(example.command)':\n--- expected\n\(example.output)\n--- actual\n\(actual.joined(separator: "\n"))")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10)
    }
}
