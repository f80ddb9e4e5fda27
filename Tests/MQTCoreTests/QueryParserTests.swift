import XCTest

@testable import MQTCore

final class QueryParserTests: XCTestCase {
    func parse(_ text: String) throws -> QueryNode? { try Query(text).root }

    func term(_ text: String, _ span: Range<Int>, phrase: Bool = false, prefix: Bool = false, stem: Bool = false) -> QueryNode {
        .term(QueryTerm(text, isPhrase: phrase, isPrefix: prefix, isStemmed: stem, span: span))
    }

    /// The message, the query and the caret line, as the user sees them after `error: `.
    func failure(_ text: String) -> String {
        do {
            _ = try Query(text)
            return "no error"
        } catch let error as QueryError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    func testWordsAreAnded() throws {
        XCTAssertEqual(try parse("knife crime"), .and([term("knife", 0..<5), term("crime", 6..<11)]))
        XCTAssertNil(try parse("   "))
    }

    func testPhraseKeepsItsTextAndSpan() throws {
        XCTAssertEqual(try parse("\"social media\""), term("social media", 0..<14, phrase: true))
        XCTAssertEqual(try parse("“social media”"), term("social media", 0..<14, phrase: true))
        XCTAssertEqual(try parse("'social media'"), term("social media", 0..<14, phrase: true))
        XCTAssertEqual(try parse("Government's"), term("Government's", 0..<12))
    }

    func testOrIsLoosest() throws {
        XCTAssertEqual(
            try parse("climate change OR global warming"),
            .or([.and([term("climate", 0..<7), term("change", 8..<14)]), .and([term("global", 18..<24), term("warming", 25..<32)])]))
        XCTAssertEqual(try parse("a AND b"), .and([term("a", 0..<1), term("b", 6..<7)]))
    }

    func testNegationBracketsPrefixAndStem() throws {
        XCTAssertEqual(try parse("-knife"), .not(term("knife", 1..<6)))
        XCTAssertEqual(try parse("NOT knife"), .not(term("knife", 4..<9)))
        XCTAssertEqual(try parse("(a OR b) c"), .and([.or([term("a", 1..<2), term("b", 6..<7)]), term("c", 9..<10)]))
        XCTAssertEqual(try parse("govern*"), term("govern", 0..<7, prefix: true))
        XCTAssertEqual(try parse("\"social med\"*"), term("social med", 0..<13, phrase: true, prefix: true))
        XCTAssertEqual(try parse("~running"), term("running", 0..<8, stem: true))
        XCTAssertEqual(try parse("covid-19"), term("covid-19", 0..<8))
    }

    func testNear() throws {
        XCTAssertEqual(
            try parse("NEAR(knife \"crime figures\", 5)"),
            .near([QueryTerm("knife", span: 5..<10), QueryTerm("crime figures", isPhrase: true, span: 11..<26)], distance: 5))
        XCTAssertEqual(try parse("NEAR(a b)"), .near([QueryTerm("a", span: 5..<6), QueryTerm("b", span: 7..<8)], distance: 10))
        XCTAssertEqual(try parse("1,000"), term("1,000", 0..<5))
    }

    func testFilters() throws {
        XCTAssertEqual(
            try parse("speaker:\"Sadiq Khan\" party:Labour"),
            .and([.filter(QueryFilter(.speaker, "Sadiq Khan", span: 0..<20)), .filter(QueryFilter(.party, "Labour", span: 21..<33))]))
        XCTAssertEqual(try parse("Kind:Question"), .filter(QueryFilter(.kind, "question", span: 0..<13)))
        XCTAssertEqual(
            try parse("date:2021-01-01..2021-12-31"),
            .filter(QueryFilter(.date, "2021-01-01..2021-12-31", dates: DateRange(from: "2021-01-01", to: "2021-12-31"), span: 0..<27)))
        XCTAssertEqual(DateRange.parse("20211129"), DateRange(from: "2021-11-29", to: "2021-11-29"))
        XCTAssertEqual(DateRange.parse("2021..")?.sqlBounds.lower, "2021")
        XCTAssertEqual(DateRange.parse("..2021-06")?.sqlBounds.upper, "2021-06~")
        XCTAssertNil(DateRange.parse("2021-13"))
        XCTAssertNil(DateRange.parse("2022..2021"))
        XCTAssertEqual(try parse("note:"), term("note:", 0..<5))
    }

    func testErrorsQuoteTheQueryAndPointAtTheToken() {
        XCTAssertEqual(failure("\"social media"), "unbalanced quote in query\n  \"social media\n  ^")
        XCTAssertEqual(failure("(social media"), "unbalanced bracket in query\n  (social media\n  ^")
        XCTAssertEqual(failure("social media)"), "unbalanced bracket in query\n  social media)\n              ^")
        XCTAssertEqual(failure("knife ()"), "empty brackets in query\n  knife ()\n        ^")
        XCTAssertEqual(failure("OR knife"), "OR needs something to search for on both sides\n  OR knife\n  ^^")
        XCTAssertEqual(failure("knife OR"), "OR needs something to search for on both sides\n  knife OR\n        ^^")
        XCTAssertEqual(failure("knife AND"), "AND needs something to search for on both sides\n  knife AND\n        ^^^")
        XCTAssertEqual(failure("knife -"), "- must be followed by a word, phrase or filter to exclude\n  knife -\n        ^")
        XCTAssertEqual(failure("knife NOT"), "NOT must be followed by a word, phrase or filter to exclude\n  knife NOT\n        ^^^")
        XCTAssertEqual(failure("£ knife"), "'£' has no letters or digits to search for\n  £ knife\n  ^")
        XCTAssertEqual(failure("kn*fe"), "'kn*fe': * may only end a word (prefix*)\n  kn*fe\n  ^^^^^")
        XCTAssertEqual(failure("~\"knife crime\""), "~ stems a single word: write ~word\n  ~\"knife crime\"\n   ^^^^^^^^^^^^^")
        XCTAssertEqual(failure("NEAR(~knife crime)"), "~ (stemming) cannot be used inside NEAR(...)\n  NEAR(~knife crime)\n       ^")
        XCTAssertEqual(failure("NEAR(knife)"), "NEAR needs two or more words or phrases: NEAR(a b, 5)\n  NEAR(knife)\n  ^^^^^^^^^^^")
        XCTAssertEqual(failure("NEAR(a b, x)"), "NEAR distance must be a whole number, not 'x'\n  NEAR(a b, x)\n            ^")
        XCTAssertEqual(failure("NEAR(a b, 5"), "unbalanced bracket in query\n  NEAR(a b, 5\n      ^")
        XCTAssertEqual(failure("NEAR(a party:x)"), "only words and \"phrases\" can go inside NEAR(...), not 'party:x'\n  NEAR(a party:x)\n         ^^^^^^^")
        XCTAssertEqual(
            failure("speakr:Khan"),
            "unknown filter 'speakr:' (filters: speaker, party, role, section, body, kind, date)\n  speakr:Khan\n  ^^^^^^^")
        XCTAssertEqual(failure("knife speaker:"), "speaker: needs a value, e.g. speaker:\"Sadiq Khan\"\n  knife speaker:\n        ^^^^^^^^")
        XCTAssertEqual(
            failure("date:2021-1-01"),
            "date: takes YYYY-MM-DD or FROM..TO (e.g. 2021-01-01..2021-12-31), not '2021-1-01'\n  date:2021-1-01\n  ^^^^^^^^^^^^^^")
        XCTAssertEqual(
            failure("kind:speach"),
            "unknown kind 'speach' (kinds: speech, question, answer, statement, interjection)\n  kind:speach\n  ^^^^^^^^^^^")
    }

    /// A date shaped right that names no day is an error at that date, never an empty result.
    func testImpossibleDatesPointAtTheDate() {
        XCTAssertEqual(failure("date:2009-02-30"), "no such date '2009-02-30': February 2009 has 28 days\n  date:2009-02-30\n       ^^^^^^^^^^")
        XCTAssertEqual(failure("date:2009-13-01"), "no such date '2009-13-01': months run from 01 to 12\n  date:2009-13-01\n       ^^^^^^^^^^")
        XCTAssertEqual(failure("date:2010-02-29"), "no such date '2010-02-29': February 2010 has 28 days\n  date:2010-02-29\n       ^^^^^^^^^^")
        XCTAssertEqual(failure("date:2009-04-31"), "no such date '2009-04-31': April 2009 has 30 days\n  date:2009-04-31\n       ^^^^^^^^^^")
        XCTAssertEqual(failure("date:2009-13"), "no such date '2009-13': months run from 01 to 12\n  date:2009-13\n       ^^^^^^^")
        XCTAssertEqual(failure("date:2009-00"), "no such date '2009-00': months run from 01 to 12\n  date:2009-00\n       ^^^^^^^")
        XCTAssertEqual(failure("date:2009-01-00"), "no such date '2009-01-00': days run from 01\n  date:2009-01-00\n       ^^^^^^^^^^")
        XCTAssertEqual(failure("date:20090230"), "no such date '20090230': February 2009 has 28 days\n  date:20090230\n       ^^^^^^^^")
        XCTAssertEqual(
            failure("knife date:2009-01-01..2009-02-30"),
            "no such date '2009-02-30': February 2009 has 28 days\n  knife date:2009-01-01..2009-02-30\n                         ^^^^^^^^^^")
        XCTAssertEqual(
            failure("date:2010-02-29.."), "no such date '2010-02-29': February 2010 has 28 days\n  date:2010-02-29..\n       ^^^^^^^^^^")
        XCTAssertEqual(
            failure("DATE:\"..2009-02-30\""), "no such date '2009-02-30': February 2009 has 28 days\n  DATE:\"..2009-02-30\"\n          ^^^^^^^^^^")
        XCTAssertEqual(try parse("date:2008-02-29"), .filter(QueryFilter(.date, "2008-02-29", dates: DateRange(from: "2008-02-29", to: "2008-02-29"), span: 0..<15)))
        XCTAssertEqual(DateRange.parse("2000-02-29"), DateRange(from: "2000-02-29", to: "2000-02-29"))
        XCTAssertNil(DateRange.parse("1900-02-29"))
        XCTAssertNil(DateRange.parse("2009-02-30"))
    }

    func testNestingDeeperThanTheLimitIsAnErrorAtTheBracketThatGoesTooFar() throws {
        let limit = QueryParser.maxDepth
        XCTAssertEqual(try parse(String(repeating: "(", count: limit) + "police" + String(repeating: ")", count: limit)), term("police", limit..<limit + 6))
        let deep = String(repeating: "(", count: 900) + "police" + String(repeating: ")", count: 900)
        let message = failure(deep)
        XCTAssertTrue(message.hasPrefix("brackets and NOTs nest more than 64 deep in query\n"), message)
        XCTAssertTrue(message.hasSuffix("\n" + String(repeating: " ", count: 2 + limit) + "^"), message)
        XCTAssertTrue(failure(String(repeating: "NOT ", count: 65) + "police").hasPrefix("brackets and NOTs nest more than 64 deep in query"))
        XCTAssertTrue(failure(String(repeating: "-(", count: 40) + "x" + String(repeating: ")", count: 40)).hasPrefix("brackets and NOTs nest more than 64 deep"))
    }
}
