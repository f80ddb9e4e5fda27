import XCTest

@testable import MQTCore

/// The query language's help is written once and must stay true to the parser.
final class QueryLanguageTests: XCTestCase {
    func testHelpNamesEveryFilterTheParserKnows() {
        for field in QueryFilter.Field.allCases {
            XCTAssertTrue(QueryLanguage.help.contains("\n  \(field.rawValue):"), "help query lacks a row for \(field.rawValue):")
            XCTAssertTrue(QueryLanguage.synopsis.contains(" \(field.rawValue):"), "the synopsis lacks \(field.rawValue):")
            XCTAssertTrue(QueryLanguage.discussion.contains(" \(field.rawValue):"), "the discussion lacks \(field.rawValue):")
        }
        XCTAssertEqual(
            QueryLanguage.filters.map { $0.query.prefix { $0 != ":" } }.reduce(into: [Substring]()) { if $0.last != $1 { $0.append($1) } },
            QueryFilter.Field.allCases.map { Substring($0.rawValue) }, "one group of rows per field, in the parser's order")
        for kind in SpeechKind.allCases { XCTAssertTrue(QueryLanguage.help.contains(kind.rawValue), kind.rawValue) }
    }

    func testEveryExampleParses() throws {
        for form in QueryLanguage.forms + QueryLanguage.filters {
            XCTAssertNoThrow(try Query(form.query), form.query)
        }
        // Forms named inside the meanings.
        for text in [
            "a b", "NOT change", "-role:Mayor", "-(a b)", "\"climate ch\"*",
            "NEAR(a b)", "date:20211129", "date:2021-11", "date:2021", "date:..2020-06", "a b OR c d", "racis* racism",
            "\"social media\" social",
        ] {
            XCTAssertNoThrow(try Query(text), text)
            XCTAssertTrue(QueryLanguage.help.contains(text.replacingOccurrences(of: "date:", with: "")), "help query shows \(text)")
        }
        for quoted in ["“climate change”", "'climate change'"] {
            XCTAssertEqual(try Query(quoted).root, .term(QueryTerm("climate change", isPhrase: true, span: 0..<16)), quoted)
        }
        XCTAssertTrue(QueryLanguage.help.contains("also “...” or '...'"))
        XCTAssertEqual(try Query("NEAR(a b)").root, .near([QueryTerm("a", span: 5..<6), QueryTerm("b", span: 7..<8)], distance: 10))
    }

    func testTheHelpDefinesHitsAndFitsTheScreen() {
        XCTAssertTrue(QueryLanguage.help.contains("Matches that share a word are one hit"))
        XCTAssertTrue(QueryLanguage.discussion.contains("Matches that share a word are one hit"))
        for line in QueryLanguage.help.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, String(line)) }
    }

    func testHelpListsEverySectionCodeTheReadersUse() {
        for section in SectionCode.all {
            XCTAssertTrue(QueryLanguage.help.contains("\n  \(section.code) "), "help query does not list \(section.code)")
        }
    }
}
