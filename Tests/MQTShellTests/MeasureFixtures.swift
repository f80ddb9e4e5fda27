import Foundation
import MQTPlugins
import XCTest
@testable import MQTShell

/// A session holding one tiny transcript in the seed's layout: each speech is (speaker, party,
/// text), paragraphs separated by blank lines. The folder is removed when the test ends.
func fixtureSession(_ speeches: [(speaker: String, party: String, text: String)], test: XCTestCase) throws -> Session {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-measures-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    var text = "A fixture\n\nQuestions to the Mayor of London – answered on 29th November 2021.\n\n"
    for speech in speeches {
        text += "Photo of \(speech.speaker) \(speech.speaker) \(speech.party)\n\n\(speech.text)\n\n"
    }
    try text.write(to: folder.appendingPathComponent("fixture.txt"), atomically: true, encoding: .utf8)
    let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: folder.path)
    let outcome = session.execute("load fixture.txt")
    XCTAssertNil(outcome.error)
    return session
}

/// The rows of a command's JSON output (the command must succeed).
func jsonRows(_ session: Session, _ line: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws -> [[String: Any]] {
    let outcome = session.execute(line)
    XCTAssertNil(outcome.error, line, file: file, line: lineNumber)
    return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]], line, file: file, line: lineNumber)
}

/// Every speech text of a query's set (whole corpus for ""), in corpus order.
func textsOfSet(_ session: Session, _ query: String) throws -> [String] {
    var texts: [String] = []
    try session.corpus.forEachSpeech(in: try session.corpus.select(query, within: nil)) { texts.append($0.text); return true }
    return texts
}

/// Words split by a loop of the tests' own: runs of letters, digits and nonspacing marks,
/// lower-cased (the fixtures and the seed have no diacritics). Independent of `Tokenizer`.
func independentWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for scalar in (text + " ").unicodeScalars {
        let props = scalar.properties
        if props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark {
            word.unicodeScalars.append(scalar)
        } else if !word.isEmpty {
            words.append(word.lowercased())
            word = ""
        }
    }
    return words
}
