import Foundation
import MQTKit
import XCTest
@testable import MQTShell

// README: begin
public let wordsPlugin = Plugin(name: "words", summary: "word lists", commands: [LongestCommand()])

struct LongestCommand: Command {
    let spec = CommandSpec(
        name: "longest", summary: "the longest speeches of the piped set, or of the corpus",
        options: [OptionSpec("limit", value: "N", summary: "how many (default 5)")],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example("the longest", "longest --limit 1", output: "speaker     words\nSadiq Khan    404"),
            Example("of a search's whole set", "search \"social media\" | longest --limit 1", output: "speaker     words\nSadiq Khan    210"),
        ])

    func run(_ call: Call, context: any Context) throws -> Value {
        let limit = try call.integer("limit", default: 5, in: 1...1000)
        let set = call.input.speechSet ?? context.corpus.everything
        var longest: [StoredSpeech] = []
        try context.corpus.forEachSpeech(in: set) { speech in
            longest.append(speech)
            longest.sort { $0.words > $1.words }
            if longest.count > limit { longest.removeLast() }
            return true
        }
        return .table(Table(["speaker", "words"], rows: longest.map { [.text($0.speaker), .int($0.words)] }))
    }
}
// README: end

/// The README's plugin is real: this file holds its code, which must compile, run its examples and
/// stand in the README word for word.
final class ReadmePluginTests: XCTestCase {
    func testTheREADMEPluginRunsItsExamples() throws {
        let session = try seededSession()
        try session.register(wordsPlugin)
        for example in LongestCommand().spec.examples {
            XCTAssertEqual(session.execute(example.command).transcript, example.output, example.command)
        }
    }

    func testTheREADMEShowsThisCode() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        guard let start = source.range(of: "// README: begin\n"), let end = source.range(of: "// README: end") else {
            return XCTFail("markers missing")
        }
        let code = "import MQTKit\n\n" + source[start.upperBound..<end.lowerBound]
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        XCTAssertTrue(readme.contains("```swift\n" + code + "```"), "README's plugin example differs from ReadmePluginTests.swift")
    }
}
