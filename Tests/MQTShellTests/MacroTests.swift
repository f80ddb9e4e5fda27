import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// `def` macros, `:NAME` script parameters and the substitution both use: exact lines, values and
/// messages.
final class MacroTests: XCTestCase {
    func testSubstitutionPutsValuesInAsWords() throws {
        let values = ["who": "Sadiq Khan", "n": "5", "q": "say \"no\"", "odd": "it's \"x\""]
        func macro(_ line: String) throws -> String { try Substitution.apply(line, sigil: .macro) { values[$0] } }
        XCTAssertEqual(try macro("speakers --limit $n"), "speakers --limit 5")
        XCTAssertEqual(try macro("count speaker:$who"), "count speaker:\"Sadiq Khan\"", "a space: quoted")
        XCTAssertEqual(try macro("search \"$who said\""), "search \"Sadiq Khan said\"", "inside quotes: as it is")
        XCTAssertEqual(try macro("search $q"), "search 'say \"no\"'", "a double quote: single quotes")
        XCTAssertEqual(try macro("$people | count"), "$people | count", "not a parameter: a kept result")
        XCTAssertThrowsError(try macro("search $odd")) { error in
            XCTAssertEqual("\(error)", "a value cannot hold both kinds of quote: it's \"x\"")
        }
        func script(_ line: String) throws -> String { try Substitution.apply(line, sigil: .script) { values[$0] } }
        XCTAssertEqual(try script("stats speaker::who --by month"), "stats speaker:\"Sadiq Khan\" --by month")
        XCTAssertEqual(try script("search speaker:Khan date:2021 at 10:30 http://x"), "search speaker:Khan date:2021 at 10:30 http://x")
        XCTAssertEqual(try script("freq --top :n"), "freq --top 5")
        XCTAssertThrowsError(try script("search :topic")) { error in
            XCTAssertEqual("\(error)", ":topic is not set (give it with: run SCRIPT -v topic=VALUE)")
        }
        XCTAssertEqual(Substitution.names(in: "count speaker::who :year :who a:b", sigil: .script), ["who", "year"])
    }

    func testPositionalValues() throws {
        let macro = Macro(name: "pair", parameters: ["a", "b"], body: ["count $1 $b", "search $2 $a"])
        XCTAssertEqual(try macro.expanded(with: ["x", "y z"]), ["count x \"y z\"", "search \"y z\" x"])
    }

    func testDefinitionsParseOrSayWhatIsWrong() throws {
        let one = try XCTUnwrap(try MacroDefinition.parse("def busiest n = speakers --limit $n | export - --format csv"))
        XCTAssertEqual(one.macro, Macro(name: "busiest", parameters: ["n"], body: ["speakers --limit $n | export - --format csv"]))
        XCTAssertFalse(one.isOpen)
        let block = try XCTUnwrap(try MacroDefinition.parse("  def profile who year"))
        XCTAssertEqual(block.macro, Macro(name: "profile", parameters: ["who", "year"], body: []))
        XCTAssertTrue(block.isOpen)
        XCTAssertNil(try MacroDefinition.parse("define x"))
        XCTAssertNil(try MacroDefinition.parse("search def"))
        let messages = [
            "def": "usage: def NAME [PARAM...] = COMMAND, or def NAME [PARAM...] then lines and end",
            "def 1x = count": "'1x' cannot name a macro: use a letter, then letters, digits, - or _",
            "def x $a = count": "'$a' cannot name a parameter: use a letter or _, then letters, digits or _",
            "def x 1 = count": "'1' cannot name a parameter: use a letter or _, then letters, digits or _",
            "def x a a = count": "parameter 'a' is named twice",
            "def x a =  ": "macro x has no commands",
        ]
        for (line, message) in messages {
            XCTAssertThrowsError(try MacroDefinition.parse(line), line) { XCTAssertEqual("\($0)", message, line) }
        }
    }

    func testABlockIsDefinedThroughTheInputLoopAndRunsInPipelines() throws {
        let session = try seededSession()
        var shown: [String] = []
        let loop = InputLoop(session: session, errorHandling: .keepGoing) { _, outcome in shown.append(outcome.transcript) }
        XCTAssertFalse(loop.isContinuing)
        loop.feed("def busiest n")
        XCTAssertTrue(loop.isContinuing, "the REPL prompts ...> until end")
        loop.feed("  # the body can hold comments")
        loop.feed("speakers --limit $n")
        loop.feed("end")
        XCTAssertFalse(loop.isContinuing)
        XCTAssertEqual(shown.filter { !$0.isEmpty }, [])
        XCTAssertEqual(session.macros, [Macro(name: "busiest", parameters: ["n"], body: ["speakers --limit $n"])])
        XCTAssertTrue(session.registry.names.contains("busiest"), "help and TAB completion read the registry")
        XCTAssertEqual(Completer(session: session).complete("bus").candidates, ["busiest"])
        XCTAssertEqual(
            session.execute("search cricket | busiest 1 --format csv").output,
            "speaker,party_or_role,turns,words,share_percent,mean_words,median_words,first_date,last_date\r\nSadiq Khan,Mayor of London,1,404,70.0,404,404,2021-11-29,2021-11-29")
        // Redefining replaces it.
        XCTAssertNil(session.execute("def busiest n = count speaker:$n").error)
        XCTAssertEqual(session.execute("busiest Desai").output, "4 speeches, 0 hits")
    }

    func testFaultsInMacros() throws {
        let session = try seededSession()
        XCTAssertNil(session.execute("def loop = loop").error)
        XCTAssertEqual(session.execute("loop").error, "error: macros call macros too deeply (limit 32): loop calls itself?")
        XCTAssertNil(session.execute("def broken = count \"open").error)
        XCTAssertEqual(session.execute("broken").error, "error: in broken: unterminated quote\n  count \"open\n        ^^^^^")
        XCTAssertEqual(session.execute("end").error, "error: end without def")
        // A block the input never ends is an error naming it; the session goes on.
        var errors: [String] = []
        let loop = InputLoop(session: session, errorHandling: .keepGoing, sourceName: "macros.mqt") { _, outcome in
            if let error = outcome.error { errors.append(error) }
        }
        _ = loop.run(lines: ["def half", "count"])
        XCTAssertEqual(errors, ["error: macros.mqt: def half has no end"])
        XCTAssertFalse(session.isDefiningMacro)
        XCTAssertEqual(session.execute("count prevent").output, "4 speeches, 10 hits")
    }

    func testParametersFromTheCommandLine() throws {
        XCTAssertEqual(try ScriptParameters.parse(["who=Sadiq Khan", "year=2021", "who=Desai", "empty="]), ["who": "Desai", "year": "2021", "empty": ""])
        XCTAssertThrowsError(try ScriptParameters.parse(["who"])) {
            XCTAssertEqual("\($0)", "-v takes NAME=VALUE (a name of letters, digits and _), not 'who'")
        }
        XCTAssertThrowsError(try ScriptParameters.parse(["2x=1"]))
        XCTAssertEqual(try ScriptParameters.settings(in: ["-v", "a=1", "-v", "b=2"]), ["a=1", "b=2"])
        XCTAssertThrowsError(try ScriptParameters.settings(in: ["-v"])) {
            XCTAssertEqual("\($0)", "expected -v NAME=VALUE after the script, not '-v'")
        }
    }
}
