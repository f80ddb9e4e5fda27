import Foundation
import XCTest
@testable import MQTShell

/// Protocol 2 as docs/PLUGIN-PROTOCOL.md writes it: what a call carries, pages of the piped set on
/// request, and a set of speeches returned mid-pipeline.
final class PluginProtocolTests: XCTestCase {
    /// A plugin whose `echo` answers with the request it got (as text), and whose `pages` reads the
    /// piped set two speeches a page and returns the ids it read as a set.
    func plugin() throws -> String {
        let folder = NSTemporaryDirectory() + "mqt-protocol-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/mqt-plugin-probe"
        try #"""
            #!/usr/bin/env python3
            import json, sys
            def ask(message):
                print(json.dumps(message), flush=True)
                return json.loads(sys.stdin.readline())
            ANY = ["nothing", "text", "table", "record", "speeches"]
            for line in sys.stdin:
                request = json.loads(line)
                if request["request"] == "describe":
                    print(json.dumps({"protocol": 2, "name": "probe", "commands": [
                        {"name": "echo", "accepts": ANY, "returns": "text",
                         "arguments": [{"name": "words", "shape": "words", "optional": True}],
                         "options": [{"name": "flag", "value": None}]},
                        {"name": "pages", "accepts": ["speeches"], "returns": "speeches"}]}), flush=True)
                elif request["command"] == "echo":
                    del request["settings"]["width"]
                    print(json.dumps({"text": json.dumps(request, sort_keys=True)}), flush=True)
                else:
                    ids, sizes, offset = [], [], 0
                    while offset < request["input"]["count"]:
                        page = ask({"request": "speeches", "offset": offset, "limit": 2})
                        sizes.append(len(page["speeches"]))
                        ids += [s["rowid"] for s in page["speeches"]]
                        offset += len(page["speeches"])
                    wrong = ask({"request": "nonsense"})
                    print("pages " + str(sizes) + "; " + wrong["error"], file=sys.stderr, flush=True)
                    print(json.dumps({"speeches": {"ids": ids[1:]}}), flush=True)
            """#.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func testACallCarriesArgumentsSettingsAndThePipedValue() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add \(try plugin())").output, "added plugin probe: echo, pages")
        let settings = #""settings": {"chart": "on", "color": "off", "format": "table", "on_error": "stop", "pager": "on", "plugin_timeout": "10", "safe": "off", "stem": "off", "timer": "off"}, "store": {"path": null}}"#
        XCTAssertEqual(
            session.execute("echo a b --flag").output,
            #"{"arguments": {"words": ["a", "b"]}, "command": "echo", "input": null, "options": {"flag": "true"}, "request": "run", "#
                + settings)
        XCTAssertEqual(
            session.execute("search kind:answer | echo").output,
            #"{"arguments": {}, "command": "echo", "input": {"count": 3, "ids": [2, 4, 6], "kind": "speeches", "query": null}, "options": {}, "request": "run", "#
                + settings)
        XCTAssertEqual(
            session.execute("search \"social media\" | count --by speaker | echo").output,
            #"{"arguments": {}, "command": "echo", "input": {"columns": ["speaker", "speeches", "hits"], "kind": "table", "rows": [["Sadiq Khan", 1, 3], ["Unmesh Desai", 1, 3]]}, "options": {}, "request": "run", "#
                + settings)
    }

    func testPagesOfThePipedSetComeOnRequestAndASetGoesBack() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add \(try plugin())").output, "added plugin probe: echo, pages")
        // 7 speeches in pages of 2; the set returned leaves out the first.
        XCTAssertEqual(
            session.execute("search | pages | count").transcript,
            "6 speeches, 0 hits\nnote: probe: pages [2, 2, 2, 1]; mqt answers only {\"request\": \"speeches\", \"offset\": N, \"limit\": N}")
    }

    func testPagesAreWrittenAsJSONThatReadsBackToTheText() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} Government’s café 🇬🇧 \u{2028} end"
        var out: [UInt8] = []
        ExternalCommand.appendQuoted(text, to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""quote \" backslash \\ newline \n tab \u0009 bell \u0007 Government’s café 🇬🇧 \#u{2028} end""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + String(decoding: out, as: UTF8.self) + "]").utf8)) as? [String]
        XCTAssertEqual(decoded, [text])
    }

    func testAProtocol1PluginStillGetsEverySpeechInline() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("plugins add external-plugin/wordlist.py").output, "added plugin wordlist: wordlist")
        XCTAssertEqual(session.execute("search kind:answer | wordlist --limit 1 --format csv").output, "word,count,per_10k_words\r\ncricket,7,74.2")
    }
}
