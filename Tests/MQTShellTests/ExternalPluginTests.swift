import Foundation
import MQTKit
import XCTest
@testable import MQTShell

/// External plugins: the handshake, their declared commands in help and pipes, and their errors.
final class ExternalPluginTests: XCTestCase {
    func program(_ body: String) throws -> String {
        let path = NSTemporaryDirectory() + "mqt-plugin-\(UUID().uuidString).sh"
        try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testThePythonExampleAddsAWorkingCommand() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add external-plugin/wordlist.py").output, "added plugin wordlist: wordlist")
        XCTAssertEqual(
            session.execute("search \"social media\" | wordlist --limit 2 --format tsv").output,
            "word\tcount\tper_10k_words\nmedia\t6\t184\nsocial\t6\t184")
        XCTAssertTrue(session.execute("help").output.contains("wordlist: word frequency lists"))
        // Adding the same program again replaces it (a crashed plugin can be added again).
        XCTAssertEqual(session.execute("plugins add external-plugin/wordlist.py").transcript, "added plugin wordlist: wordlist")
        XCTAssertEqual(session.registry.plugins.filter { $0.name == "wordlist" }.count, 1)
    }

    func testAnotherProtocolVersionIsRefusedByName() throws {
        let path = try program("read line\necho '{\"protocol\": 7, \"name\": \"x\", \"commands\": []}'\n")
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("plugins add \(path)").transcript,
            "error: \(path): the plugin speaks protocol 7; mqt speaks 1 and 2")
    }

    func testAProgramThatAnswersNonsenseOrNothingIsAnError() throws {
        let nonsense = try program("read line\necho 'hello'\n")
        let silent = try program("exit 0\n")
        let session = try seededSession()
        XCTAssertEqual(
            session.execute("plugins add \(nonsense)").transcript,
            "error: \(nonsense): the plugin's answer is not a JSON object: hello")
        XCTAssertEqual(session.execute("plugins add \(silent)").transcript, "error: \(silent): the plugin stopped answering (it exited with status 0)")
        XCTAssertEqual(
            session.execute("plugins add /no/such/program").transcript,
            "error: /no/such/program: cannot start plugin: not an executable file")
    }

    func testAPluginThatStopsReadingIsAnErrorNotACrash() throws {
        // It closes its input, then answers the handshake and stays: the next request meets a
        // closed pipe (EPIPE), which must not kill the process that hosts the session.
        let describe = #"{"protocol": 1, "name": "deaf", "commands": [{"name": "deaf", "summary": "s", "returns": "text"}]}"#
        let path = try program("read line\nexec 0<&-\necho '\(describe)'\nsleep 5\n")
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin deaf: deaf")
        XCTAssertEqual(session.execute("deaf").transcript, "error: \(path): the plugin stopped answering (it stopped reading its input)")
    }
}
