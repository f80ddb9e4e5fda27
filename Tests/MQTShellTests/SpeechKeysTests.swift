import Foundation
import MQTKit
import XCTest
@testable import MQTShell

/// A speech as users see it: its source id is `id` everywhere; the store's row number never is.
final class SpeechKeysTests: XCTestCase {
    let speechKeys = [
        "id", "date", "body", "section", "title", "headings", "speaker", "speaker_id", "party", "role",
        "kind", "time", "url", "text",
    ]

    func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    /// Keys in the order the JSON renderer writes them.
    func keys(_ text: String) -> [String] {
        let pattern = try? NSRegularExpression(pattern: #"^\s*"([a-z_]+)":"#, options: .anchorsMatchLines)
        return pattern?.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        } ?? []
    }

    func testShowAsJSONKeysTheSourceIDAsID() throws {
        let session = try seededSession()
        let shown = session.execute("show 2021-11-29-prevent-in-london.2 --format json").output
        XCTAssertEqual(keys(shown), speechKeys)
        let speech = try object(shown)
        XCTAssertEqual(speech["id"] as? String, "2021-11-29-prevent-in-london.2")
        XCTAssertEqual(speech["kind"] as? String, SpeechKind.answer.rawValue)
        let around = try object(session.execute("show 2021-11-29-prevent-in-london.2 --context 1 --format json").output)
        let speeches = try XCTUnwrap(around["speeches"] as? [[String: Any]])
        XCTAssertEqual(speeches.map { $0["id"] as? String }, (1...3).map { "2021-11-29-prevent-in-london.\($0)" })
        XCTAssertEqual(speeches.map { Set($0.keys) }, Array(repeating: Set(speechKeys), count: 3))
    }

    func testTheStoresRowNumberIsNotAnID() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("show 3").transcript, "error: no speech with id '3'")
    }

    func testInfoCountsKindsByTheirNames() throws {
        let info = try object(try seededSession().execute("info --format json").output)
        let kinds = try XCTUnwrap(info["kinds"] as? [String: Int])
        XCTAssertEqual(kinds, [SpeechKind.question.rawValue: 4, SpeechKind.answer.rawValue: 3])
    }

    func testAnExternalPluginGetsSpeechesKeyedByID() throws {
        let path = NSTemporaryDirectory() + "mqt-keys-\(UUID().uuidString).py"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try """
            #!/usr/bin/env python3
            import json, sys
            for line in sys.stdin:
                request = json.loads(line)
                if request["request"] == "describe":
                    answer = {"protocol": 1, "name": "keys", "commands": [{"name": "keys", "summary": "speech keys",
                              "accepts": ["speeches"], "returns": "text"}]}
                else:
                    first = request["speeches"][0]
                    answer = {"text": " ".join(sorted(first)) + "\\n" + first["id"] + " " + first["kind"]}
                print(json.dumps(answer), flush=True)
            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add \(path)").output, "added plugin keys: keys")
        XCTAssertEqual(
            session.execute("search kind:question --sort date --limit 1 | keys").output,
            // `rowid` is the store's row, which names the speech in a set's `ids` (PLUGIN-PROTOCOL.md);
            // `id` is the source's own id.
            "date id kind party role rowid section speaker text title\n2021-11-29-prevent-in-london.1 question")
    }
}
