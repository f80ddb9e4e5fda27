import Foundation
import XCTest

@testable import MQTCore

/// Counts through the FTS5 path must equal a plain scan of the same texts; the scan is written
/// here, from the definitions, without the index.
final class SearchCountTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func seedStore() throws -> Store {
        let store = try Store()
        let report = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        XCTAssertEqual(report.speeches, 7)
        return store
    }

    /// The store's speeches tokenised once (per store) for the scan.
    var scanned: (store: ObjectIdentifier, corpus: [(StoredSpeech, [String])])?

    func scanCorpus(_ store: Store) throws -> [(StoredSpeech, [String])] {
        if let scanned, scanned.store == ObjectIdentifier(store) { return scanned.corpus }
        let corpus = ScanCounter.corpus(try store.speeches(rowIDs: try store.matchingRowIDs(store.compileQuery(""))))
        scanned = (ObjectIdentifier(store), corpus)
        return corpus
    }

    func count(_ store: Store, _ query: String, stem: Bool = false) throws -> SearchTotals {
        try store.countMatches(try store.compileQuery(query, stem: stem))
    }

    /// FTS5 totals equal the scan's, and equal `expected` when given.
    func check(
        _ store: Store, _ query: String, _ expected: (speeches: Int, hits: Int)? = nil, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let fts = try count(store, query)
        let scan = try ScanCounter(query: Query(query)).totals(try scanCorpus(store))
        XCTAssertEqual(fts, scan, "FTS5 and scan differ for \(query)", file: file, line: line)
        if let expected {
            XCTAssertEqual(fts, SearchTotals(speeches: expected.speeches, hits: expected.hits), query, file: file, line: line)
        }
    }

    func testPhraseCountsMatchDesign() throws {
        let store = try seedStore()
        try check(store, "\"social media\"", (2, 6))
        let groups = try store.countMatches(try store.compileQuery("\"social media\""), by: .speaker)
        XCTAssertEqual(groups, [GroupCount(group: "Sadiq Khan", speeches: 1, hits: 3), GroupCount(group: "Unmesh Desai", speeches: 1, hits: 3)])
    }

    func testWordsAreAndedAndEveryOccurrenceCounts() throws {
        let store = try seedStore()
        try check(store, "social media", (2, 12))
        try check(store, "prevent", (4, 10))
        try check(store, "prevent radicalisation", (2, 10))
        try check(store, "cricket", (2, 9))
        try check(store, "PREVENT", (4, 10))
    }

    func testPhrasesIgnorePunctuationBetweenWords() throws {
        let store = try seedStore()
        try check(store, "\"Government's Prevent\"", (1, 1))
        try check(store, "\"government s prevent\"", (1, 1))
        try check(store, "\"self regulation\"", (1, 1))
        try check(store, "\"mono-ethnic mono-religious\"", (1, 1))
    }

    func testOperators() throws {
        let store = try seedStore()
        try check(store, "cricket OR football", (2, 11))
        try check(store, "\"social media\" -algorithms", (1, 3))
        try check(store, "\"social media\" NOT algorithms", (1, 3))
        try check(store, "(cricket OR football) prevent", (1, 8))
        try check(store, "prev*", (4, 11))
        try check(store, "radical*", (2, 4))
        try check(store, "NEAR(social companies, 1)", (2, 6))
        try check(store, "NEAR(\"social media\" companies, 0)", (2, 6))
        try check(store, "NEAR(prevent programme)", nil)
        try check(store, "-prevent", (3, 0))
        try check(store, "NOT (cricket OR prevent)", (2, 0))
        try check(store, "(a b) OR c", nil)
        try check(store, "(cricket sport) OR radicalisation", nil)
    }

    func testFilters() throws {
        let store = try seedStore()
        try check(store, "speaker:\"Sadiq Khan\"", (3, 0))
        try check(store, "speaker:khan \"social media\"", (1, 3))
        try check(store, "party:Labour", (4, 0))
        try check(store, "role:Mayor prevent", (2, 6))
        try check(store, "-role:mayor prevent", (2, 4))
        try check(store, "section:lmqs", (7, 0))
        try check(store, "section:debates", (0, 0))
        try check(store, "body:\"London Assembly\" cricket", (2, 9))
        try check(store, "body:Lords", (0, 0))
        try check(store, "kind:question", (4, 0))
        try check(store, "kind:answer prevent", (2, 6))
        try check(store, "date:2021-11-29", (7, 0))
        try check(store, "date:2021-11", (7, 0))
        try check(store, "date:2021-11-30..2022", (0, 0))
        try check(store, "date:2021..2021-11-29 cricket", (2, 9))
        try check(store, "date:..2020 cricket", (0, 0))
        try check(store, "cricket OR date:2021", (7, 9))
        try check(store, "(\"social media\" OR kind:question) -cricket", (4, 6))
        try check(store, "speaker:Khan OR speaker:Desai", (7, 0))
    }

    func testHitsCountOnlyMatchingBranches() throws {
        let store = try seedStore()
        try check(store, "(cricket racism) OR prevent", nil)
        try check(store, "(cricket zzz) OR date:2021", (7, 0))
        try check(store, "((cricket racism) OR date:2021) \"social media\"", (2, 6))
    }

    func testEmptyQueryMatchesEverything() throws {
        let store = try seedStore()
        XCTAssertEqual(try count(store, ""), SearchTotals(speeches: 7, hits: 0))
    }

    func testPipedSetRestricts() throws {
        let store = try seedStore()
        let khan = try store.matchingRowIDs(try store.compileQuery("speaker:Khan"))
        XCTAssertEqual(khan.count, 3)
        let listed = SpeechSelection(queries: [], rowIDs: khan)
        let described = SpeechSelection(queries: [try store.compileQuery("speaker:Khan")])
        for within in [listed, described] {
            XCTAssertEqual(try store.countMatches(try store.compileQuery("\"social media\""), within: within), SearchTotals(speeches: 1, hits: 3))
            XCTAssertEqual(try store.countMatches(try store.compileQuery(""), within: within), SearchTotals(speeches: 3, hits: 0))
        }
    }

    func testGroups() throws {
        let store = try seedStore()
        let query = try store.compileQuery("prevent")
        XCTAssertEqual(
            try store.countMatches(query, by: .party),
            [GroupCount(group: nil, speeches: 2, hits: 6), GroupCount(group: "Labour", speeches: 2, hits: 4)])
        XCTAssertEqual(try store.countMatches(query, by: .month), [GroupCount(group: "2021-11", speeches: 4, hits: 10)])
        XCTAssertEqual(
            try store.countMatches(query, by: .transcript),
            [GroupCount(group: "2021-11-29 Prevent in London", speeches: 4, hits: 10)])
    }

    /// Hundreds of generated queries (fixed seed): FTS5 and the scan agree on every one.
    func testGeneratedQueriesAgreeWithTheScan() throws {
        let store = try seedStore()
        let words = [
            "prevent", "social", "media", "companies", "cricket", "the", "mayor", "hate", "sport", "racism", "we",
            "to", "of", "it", "is", "radicalisation", "yorkshire", "online", "zzz",
        ]
        var random = SplitMix(seed: 7)
        func term() -> String {
            let word = words[random.next(words.count)]
            let other = words[random.next(words.count)]
            // Cases 8 to 11 overlap: terms that find the same place must count it once.
            switch random.next(12) {
            case 0: return "\"\(word) \(words[random.next(words.count)])\""
            case 1: return String(word.prefix(3)) + "*"
            case 2: return "-" + word
            case 3: return "NEAR(\(word) \(words[random.next(words.count)]), \(random.next(6)))"
            case 4: return ["speaker:khan", "party:labour", "kind:question", "role:mayor", "date:2021"][random.next(5)]
            case 8: return String(word.prefix(3)) + "* " + word
            case 9: return "\"\(word) \(other)\" " + [word, other][random.next(2)]
            case 10: return word + " " + word
            case 11: return "NEAR(\(word) \(other), \(random.next(4))) " + [word, other][random.next(2)]
            default: return word
            }
        }
        func group(_ depth: Int) -> String {
            let count = 1 + random.next(3)
            var items: [String] = []
            for _ in 0..<count { items.append(depth > 0 && random.next(3) == 0 ? "(" + group(depth - 1) + ")" : term()) }
            return items.joined(separator: random.next(3) == 0 ? " OR " : " ")
        }
        for _ in 0..<400 {
            let query = group(2)
            if (try? Query(query)) == nil { continue }
            try check(store, query)
        }
    }

    /// On real corpora (skipped without ../shared/corpora): the Swift tokenizer sees the words the
    /// index holds, and FTS5 agrees with the scan on phrases, NEAR and speaker filters.
    func testRealCorporaAgreeWithTheScan() throws {
        let corpora = Self.root + "/../shared/corpora"
        guard FileManager.default.fileExists(atPath: corpora) else { throw XCTSkip("../shared/corpora is absent") }
        let store = try Store()
        for folder in ["twfy-parlparse-2009/sp", "twfy-parlparse-2009/lordswms", "oireachtas-akn-2020", "parlamint-gb-sample"] {
            _ = try Loader(store: store).load([corpora + "/" + folder])
        }
        try assertTokenizerMirrorsIndex(store)
        for query in [
            "\"climate change\"", "\"First Minister\"", "Dáil", "dail", "\"Ceann Comhairle\"", "NEAR(minister health, 3)",
            "speaker:\"Alex Salmond\"", "speaker:salmond \"First Minister\"", "govern*", "-the",
        ] {
            try check(store, query)
        }
    }

    /// With member files loaded, a speaker filter finds the person under every name and id.
    func testSpeakerFilterUsesMemberResolution() throws {
        let corpora = Self.root + "/../shared/corpora"
        guard FileManager.default.fileExists(atPath: corpora) else { throw XCTSkip("../shared/corpora is absent") }
        let store = try Store()
        _ = try Loader(store: store).load([corpora + "/twfy-parlparse-2009/sp"])
        let salmond = try store.compileQuery("speaker:\"Alex Salmond\"")
        XCTAssertEqual(try store.countMatches(salmond, by: .speaker), [GroupCount(group: "The First Minister (Alex Salmond)", speeches: 6, hits: 0)])
        for file in ["people.xml", "sp-members.xml", "sp-aliases.xml"] { _ = try store.loadMembers(from: corpora + "/parlparse-members/" + file) }
        XCTAssertEqual(
            try store.countMatches(try store.compileQuery("speaker:\"Alex Salmond\""), by: .speaker),
            [
                GroupCount(group: "The First Minister", speeches: 17, hits: 0),
                GroupCount(group: "The First Minister (Alex Salmond)", speeches: 6, hits: 0),
            ])
        XCTAssertEqual(try count(store, "speaker:\"The First Minister\""), SearchTotals(speeches: 23, hits: 0))
    }

    func testIndexTokensMirrorTheSwiftTokenizer() throws {
        let store = try seedStore()
        try assertTokenizerMirrorsIndex(store)
    }
}

/// A small deterministic random number generator for generated tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
