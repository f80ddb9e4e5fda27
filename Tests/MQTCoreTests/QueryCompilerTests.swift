import XCTest

@testable import MQTCore

/// A corpus description for the compiler, without a database.
private struct FakeResolver: QueryResolver {
    var vocabulary = ["run", "runner", "running", "runs", "rung", "govern", "government", "governments", "governor"]
    var aliases: [String: SpeakerAlternatives] = [:]
    func bodies() throws -> [String] { ["House of Commons", "House of Lords", "London Assembly"] }
    func sections() throws -> [String] { ["debates", "lmqs", "lords"] }
    func stemVariants(of word: String) throws -> [String] {
        vocabulary.filter { PorterStemmer.stem($0) == PorterStemmer.stem(word) }
    }
    func speakerAlternatives(for name: String) throws -> SpeakerAlternatives { aliases[name] ?? SpeakerAlternatives() }
}

final class QueryCompilerTests: XCTestCase {
    private func compile(_ text: String, stem: Bool = false, resolver: FakeResolver = FakeResolver()) throws -> CompiledQuery {
        try QueryCompiler(resolver: resolver, options: .init(stem: stem)).compile(Query(text))
    }

    func testWordsAndPhrasesAreQuotedAndKeptToTheTextColumn() throws {
        let q = try compile("knife \"social media\"")
        XCTAssertEqual(q.match, "(text : \"knife\" AND text : \"social media\")")
        XCTAssertEqual(q.hitPhrases, "0,1")
        XCTAssertEqual(q.conditions, [])
        XCTAssertEqual(try compile("'say \"no\" now'").match, "text : \"say \"\"no\"\" now\"")
        XCTAssertEqual(try compile("govern*").match, "text : \"govern\" *")
        XCTAssertEqual(try compile("OR*").match, "text : \"OR\" *")
    }

    func testARepeatedPartIsCompiledOnce() throws {
        // FTS5 works through every pair of phrases: 200 repeats of a word took minutes.
        let repeated = try compile(Array(repeating: "police", count: 200).joined(separator: " "))
        XCTAssertEqual(repeated.match, "text : \"police\"")
        XCTAssertEqual(repeated.hitPhrases, "0")
        XCTAssertEqual(try compile(Array(repeating: "police", count: 200).joined(separator: " OR ")).match, "text : \"police\"")
        XCTAssertEqual(try compile("knife police knife -guns -guns").match, "((text : \"knife\" AND text : \"police\") NOT text : \"guns\")")
        XCTAssertEqual(try compile("police date:2021 date:2021").conditions, try compile("police date:2021").conditions)
    }

    func testOperatorSymbolsInWordsNeverReachFTS5Raw() throws {
        XCTAssertEqual(try compile("\"NEAR(x) OR y\"").match, "text : \"NEAR(x) OR y\"")
        XCTAssertEqual(try compile("10:30").match, "text : \"10:30\"")
        XCTAssertEqual(try compile("a^b{c}").match, "text : \"a^b{c}\"")
    }

    func testExclusionsBecomeNOT() throws {
        let q = try compile("knife -crime NOT \"stop and search\"")
        XCTAssertEqual(q.match, "(text : \"knife\" NOT (text : \"crime\" OR text : \"stop and search\"))")
        XCTAssertEqual(q.hitPhrases, "0")
    }

    func testOnlyExclusionsBecomeSQL() throws {
        let q = try compile("-knife")
        XCTAssertNil(q.match)
        XCTAssertEqual(q.conditions, [SQLCondition("s.id NOT IN (SELECT rowid FROM speech_fts WHERE speech_fts MATCH ?)", ["text : \"knife\""])])
        XCTAssertFalse(q.hasHits)
    }

    func testOrAndNear() throws {
        XCTAssertEqual(try compile("a b OR c").match, "((text : \"a\" AND text : \"b\") OR text : \"c\")")
        let near = try compile("NEAR(knife \"crime figures\", 3)")
        XCTAssertEqual(
            near.match,
            "(NEAR(\"knife\" \"crime figures\", 3) AND text : NEAR(\"knife\" \"crime figures\", 3))")
        XCTAssertEqual(near.hitPhrases, "0,1")
    }

    func testIndexedFiltersStayInFTSAndDoNotCount() throws {
        let q = try compile("speaker:\"Sadiq Khan\" party:Labour role:Mayor prevent")
        XCTAssertEqual(
            q.match,
            "(speaker : \"Sadiq Khan\" AND party : \"Labour\" AND role : \"Mayor\" AND text : \"prevent\")")
        XCTAssertEqual(q.hitPhrases, "3")
        let alone = try compile("speaker:Khan")
        XCTAssertEqual(alone.match, "speaker : \"Khan\"")
        XCTAssertFalse(alone.hasHits)
    }

    func testOtherFiltersBecomeConditions() throws {
        let q = try compile("section:LMQS body:Lords kind:Question date:2021-01..2021-06 knife")
        XCTAssertEqual(q.match, "text : \"knife\"")
        XCTAssertEqual(
            q.conditions,
            [
                SQLCondition("s.section IN (?)", ["lmqs"]), SQLCondition("s.body IN (?)", ["House of Lords"]),
                SQLCondition("s.kind = ?", ["question"]), SQLCondition("s.date >= ?", ["2021-01"]),
                SQLCondition("s.date <= ?", ["2021-06~"]),
            ])
        XCTAssertEqual(try compile("section:nowhere").conditions, [SQLCondition("0")])
        XCTAssertEqual(try compile("body:house").conditions, [SQLCondition("s.body IN (?, ?)", ["House of Commons", "House of Lords"])])
    }

    func testMixedOrKeepsItsWordsCounted() throws {
        let q = try compile("(knife OR date:2021) crime")
        XCTAssertEqual(q.match, "text : \"crime\"")
        XCTAssertEqual(q.conditions.count, 1)
        XCTAssertEqual(
            q.conditions.first?.sql,
            "(s.id IN (SELECT rowid FROM speech_fts WHERE speech_fts MATCH ?) OR (s.date >= ? AND s.date <= ?))")
        XCTAssertEqual(q.extraHits.count, 1)
        XCTAssertTrue(q.hasHits)
    }

    func testStemmingExpandsOverTheVocabulary() throws {
        XCTAssertEqual(try compile("~running").match, "(text : \"run\" OR text : \"running\" OR text : \"runs\")")
        XCTAssertEqual(try compile("~running").hitPhrases, "0,1,2")
        XCTAssertEqual(
            try compile("governments", stem: true).match,
            "(text : \"govern\" OR text : \"government\" OR text : \"governments\")")
        XCTAssertEqual(try compile("\"governments\"", stem: true).match, "text : \"governments\"")
        XCTAssertEqual(try compile("~zebra").match, "text : \"zebra\"")
    }

    func testSpeakerAliasesHook() throws {
        var resolver = FakeResolver()
        resolver.aliases["Gordon Brown"] = SpeakerAlternatives(names: ["The Prime Minister"])
        XCTAssertEqual(
            try compile("speaker:\"Gordon Brown\"", resolver: resolver).match,
            "(speaker : \"Gordon Brown\" OR speaker : \"The Prime Minister\")")
        resolver.aliases["Gordon Brown"] = SpeakerAlternatives(speakerIDs: ["uk.org.publicwhip/member/1"])
        let byID = try compile("speaker:\"Gordon Brown\"", resolver: resolver)
        XCTAssertNil(byID.match)
        XCTAssertEqual(
            byID.conditions,
            [
                SQLCondition(
                    "(s.id IN (SELECT rowid FROM speech_fts WHERE speech_fts MATCH ?) OR s.speaker_id IN (?))",
                    ["speaker : \"Gordon Brown\"", "uk.org.publicwhip/member/1"])
            ])
    }

    func testEmptyQuery() throws {
        let q = try compile("")
        XCTAssertNil(q.match)
        XCTAssertEqual(q.conditions, [])
        XCTAssertFalse(q.hasHits)
    }

    func testPorterStemmer() {
        let cases = [
            "caresses": "caress", "ponies": "poni", "ties": "ti", "cats": "cat", "feed": "feed", "agreed": "agre",
            "plastered": "plaster", "bled": "bled", "motoring": "motor", "sing": "sing", "conflated": "conflat",
            "troubled": "troubl", "sized": "size", "hopping": "hop", "tanned": "tan", "falling": "fall", "hissing": "hiss",
            "fizzed": "fizz", "failing": "fail", "filing": "file", "happy": "happi", "sky": "sky", "relational": "relat",
            "conditional": "condit", "rational": "ration", "generalization": "gener", "government": "govern",
            "governments": "govern", "running": "run", "radicalisation": "radicalis", "hopeful": "hope", "goodness": "good",
            "electricity": "electr", "adjustment": "adjust", "communism": "commun", "effective": "effect", "é": "é",
        ]
        for (word, stem) in cases { XCTAssertEqual(PorterStemmer.stem(word), stem, word) }
    }
}
