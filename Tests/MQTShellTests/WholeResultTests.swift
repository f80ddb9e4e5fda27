import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell

/// A set of speeches is the whole result, never the page shown: on every fixture in seeds/, for 50
/// generated queries, `search Q --limit N | count` says what `count Q` says, and `stats` and
/// `export` see as many speeches.
final class WholeResultTests: XCTestCase {
    func testAPipeCarriesTheWholeResult() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        let export = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-whole-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: export) }
        var checked = 0
        for (index, query) in try generatedQueries(session, count: 50).enumerated() {
            let whole = session.execute("count \(query) --format json")
            XCTAssertNil(whole.error, query)
            let speeches = Self.number("speeches", in: whole.output)
            let limit = [1, 3, 20][index % 3]
            XCTAssertEqual(session.execute("search \(query) --limit \(limit) | count --format json").output, whole.output, query)
            XCTAssertEqual(
                session.execute("search \(query) --sort date --limit \(limit) | count --by kind --format json").output,
                session.execute("count \(query) --by kind --format json").output, query)
            let stats = session.execute("search \(query) --limit \(limit) | stats --by kind --format json").output
            XCTAssertEqual(Self.sum("speeches", in: stats), speeches, query)
            let written = session.execute("search \(query) --limit \(limit) | export \(export) --force --no-provenance").output
            let bytes = (try FileManager.default.attributesOfItem(atPath: export)[.size] as? Int) ?? -1
            XCTAssertEqual(written, "wrote \(speeches) speech\(speeches == 1 ? "" : "es") (\(bytes) bytes) to \(export)", query)
            let lines = try String(contentsOfFile: export, encoding: .utf8).split(separator: "\n").count
            XCTAssertEqual(lines, speeches, query)
            if speeches > 0 { checked += 1 }
        }
        XCTAssertGreaterThan(checked, 40, "too few generated queries matched anything")
    }

    func testATableOfASetSaysHowMuchItShows() throws {
        let session = try seededSession()
        let outcome = session.execute("search prevent --limit 1 --format table")
        XCTAssertEqual(outcome.output.components(separatedBy: "\n").last, "showing 1 of 4 speeches (--limit 0 for all)")
        XCTAssertEqual(
            session.execute("search prevent --limit 1 --offset 2").output.components(separatedBy: "\n").last,
            "showing speech 3 of 4 (--limit 0 for all)")
        XCTAssertEqual(
            session.execute("search prevent --limit 2 --offset 1").output.components(separatedBy: "\n").last,
            "showing speeches 2–3 of 4 (--limit 0 for all)")
        XCTAssertFalse(session.execute("search prevent --limit 0").output.contains("showing"))
        XCTAssertFalse(session.execute("search prevent --limit 4").output.contains("showing"), "all shown: no note")
        XCTAssertFalse(session.execute("search prevent --limit 1 --format json").output.contains("showing"))
    }

    func testLimitZeroMeansAllWhereverThereIsALimit() throws {
        let session = try seededSession()
        for line in ["search prevent --limit 0", "stats --limit 0", "kwic prevent --limit 0", "quotes --top 0", "speakers --limit 0"] {
            XCTAssertNil(session.execute(line).error, line)
        }
        XCTAssertEqual(session.execute("stats --limit 0 --format csv").output.components(separatedBy: "\r\n").count, 3)
    }

    func testAKeptSetIsWholeToo() throws {
        let session = try seededSession()
        XCTAssertNil(session.execute("let hits = search prevent --limit 1").error)
        XCTAssertEqual(session.execute("$hits | count").output, "4 speeches, 10 hits")
        XCTAssertEqual(session.execute("$hits | count speaker:Khan").output, "2 speeches, 6 hits")
    }

    /// One definition of each group for every command: the same groups, periods in date order,
    /// and a transcript is one sitting (date and title), never a title shared by several days.
    func testEveryGroupingCommandGroupsAlike() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        for group in ["year", "month", "transcript", "party"] {
            let counted = Self.column(group, in: session.execute("count --by \(group) --format json").output)
            let stated = Self.column(group, in: session.execute("stats --by \(group) --format json").output)
            XCTAssertEqual(counted.sorted(), stated.sorted(), group)
            // Two sources of one sitting (an API file and a web page) stay two transcripts.
            if group != "transcript" { XCTAssertEqual(counted.count, Set(counted).count, "\(group) groups repeat a name") }
            if group == "year" || group == "month" {
                XCTAssertEqual(counted, counted.sorted(), group)
                XCTAssertEqual(stated, stated.sorted(), group)
            }
        }
    }

    static func column(_ key: String, in json: String) -> [String] {
        guard let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { return ["?"] }
        return rows.map { $0[key] as? String ?? "(none)" }
    }

    /// Queries over the store's own words: common and rare words, phrases, OR, exclusions, prefixes
    /// and filters, from a fixed seed so that a failure can be replayed.
    func generatedQueries(_ session: Session, count: Int) throws -> [String] {
        let vocabulary = try session.corpus.termFrequencies(in: session.corpus.everything)
            .filter { $0.term.count > 3 && $0.term.allSatisfy(\.isLetter) && $0.documents >= 2 }.map(\.term)
        XCTAssertGreaterThan(vocabulary.count, 500)
        var random = SeededRandom(seed: 8)
        func word() -> String { vocabulary[Int(random.next() % UInt64(min(vocabulary.count, 3000)))] }
        let shapes: [() -> String] = [
            { word() }, { "\(word()) \(word())" }, { "\(word()) OR \(word())" }, { "\(word()) -\(word())" },
            { "\(String(word().prefix(4)))*" }, { "\(word()) kind:answer" }, { "\(word()) date:2009" },
            { "(\(word()) OR \(word())) \(word())" }, { "\"\(word()) \(word())\" OR \(word())" }, { "section:wrans \(word())" },
        ]
        return (0..<count).map { shapes[$0 % shapes.count]() }
    }

    static func number(_ key: String, in json: String) -> Int {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return -1 }
        return object[key] as? Int ?? -1
    }

    static func sum(_ key: String, in json: String) -> Int {
        guard let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { return -1 }
        return rows.reduce(0) { $0 + ($1[key] as? Int ?? 0) }
    }
}

/// A small deterministic generator (SplitMix64).
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
