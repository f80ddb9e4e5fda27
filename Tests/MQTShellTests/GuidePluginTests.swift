import Foundation
import GuidePlugin
import MQTPlugins
import XCTest
@testable import MQTShell

/// docs/WRITING-PLUGINS.md is a test: its Swift plugin builds (the GuidePlugin target), runs its
/// examples and its script, and every code block it quotes from a file stands in that file.
final class GuidePluginTests: XCTestCase {
    let guidePath = repositoryRoot + "/docs/WRITING-PLUGINS.md"

    func testTheSwiftPluginRunsItsExamples() throws {
        let session = try seededSession()
        try session.register(wordsPlugin)
        for command in wordsPlugin.commands {
            for example in command.spec.examples {
                XCTAssertEqual(session.execute(example.command).transcript, example.output, example.command)
            }
        }
    }

    func testTheSwiftPluginsScriptReplays() throws {
        let runner = ScriptRunner(plugins: AllPlugins.list + [wordsPlugin])
        let result = try runner.replay(path: repositoryRoot + "/docs/plugin-guide/scripts/longest.mqt")
        XCTAssertEqual(result.steps, 3)
        XCTAssertTrue(result.passed, "\(result.failures)")
    }

    func testThePythonPluginRunsFromTheGuide() throws {
        let session = try seededSession()
        try session.register(wordsPlugin)
        session.discoverPlugins(PluginLocations(folders: [repositoryRoot + "/examples/plugins"], listFile: nil, cacheFile: nil), wait: 5)
        XCTAssertEqual(
            session.execute("search media | wordiest --limit 2 | longest").transcript,
            "speaker       words\nSadiq Khan      210\nUnmesh Desai    116")
    }

    /// A block after `<!-- file: PATH -->` is the whole file; after `<!-- excerpt: PATH -->`, a
    /// part of it, word for word.
    func testTheGuideQuotesItsFilesWordForWord() throws {
        let guide = try String(contentsOfFile: guidePath, encoding: .utf8)
        var quoted = 0
        for marker in ["<!-- file: ", "<!-- excerpt: "] {
            for part in guide.components(separatedBy: marker).dropFirst() {
                guard let close = part.range(of: " -->\n```"), let fenceEnd = part[close.upperBound...].range(of: "\n"),
                      let blockEnd = part[fenceEnd.upperBound...].range(of: "\n```") else {
                    XCTFail("a quote marker without a code block after it: \(part.prefix(60))")
                    continue
                }
                let file = String(part[..<close.lowerBound])
                let block = String(part[fenceEnd.upperBound..<blockEnd.lowerBound]) + "\n"
                let text = try String(contentsOfFile: repositoryRoot + "/" + file, encoding: .utf8)
                if marker == "<!-- file: " {
                    XCTAssertEqual(block, text, "docs/WRITING-PLUGINS.md quotes \(file), which differs")
                } else {
                    XCTAssertTrue(text.contains(block), "docs/WRITING-PLUGINS.md quotes from \(file) what it does not hold:\n\(block)")
                }
                quoted += 1
            }
        }
        XCTAssertGreaterThanOrEqual(quoted, 5)
    }
}
