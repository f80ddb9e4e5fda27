import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// The same speech from two sources (same id, same date) is stored once, whatever the load order;
/// an export loaded back changes nothing; an id two different records use reaches both.
final class DuplicateSpeechTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/seeds"
    static let json = seeds + "/twfy-api-json/gethansard-hong-kong-subset.json"
    static let html = seeds + "/twfy-html"

    /// The stored speeches as text (row ids and transcript ids aside), in a stable order.
    func speechRows(_ store: Store) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.speech_id, t.format, s.seq, s.speaker, s.speaker_id, s.party, s.role, s.kind, s.time,
                      s.colnum, s.url, s.headings, s.text, s.words, s.date
                    FROM speeches s JOIN transcripts t ON t.id = s.transcript_id ORDER BY s.speech_id, t.format
                    """
            ).map { row in row.databaseValues.map { $0.isNull ? "NULL" : "\($0)" }.joined(separator: "|") }
        }
    }

    func count(_ store: Store, _ sql: String) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    func testTheSameSpeechFromTwoSourcesIsStoredOnceInEitherOrder() throws {
        var results: [[String]] = []
        // One load of both (into an empty store: no speech-id index), and one load after the other.
        for loads in [[[Self.json, Self.html]], [[Self.html, Self.json]], [[Self.json], [Self.html]], [[Self.html], [Self.json]]] {
            let store = try Store()
            var reported = 0
            for paths in loads {
                let report = try Loader(store: store).load(paths)
                XCTAssertEqual(report.failures.count, 0)
                reported += report.speeches
            }
            XCTAssertEqual(reported, try store.summary().total.speeches, "loads report what the store gained")
            for id in ["2023-12-12.HL1090.q1", "1919-03-18a.1898.6"] {
                XCTAssertEqual(try store.speeches(withID: id).count, 1, "\(id), loads \(loads)")
            }
            XCTAssertEqual(try count(store, "SELECT count(*) FROM speeches GROUP BY speech_id ORDER BY 1 DESC LIMIT 1"), 1)
            XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_duplicates"), 2, "the html records are kept aside")
            XCTAssertEqual(
                try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH '\"Chinese state surveillance\"'"),
                try count(store, "SELECT count(*) FROM speeches WHERE text LIKE '%Chinese state surveillance%'"),
                "the index holds each stored speech once")
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES ('integrity-check', 1)")
            }
            results.append(try speechRows(store))
        }
        XCTAssertEqual(results[1], results[0])
        XCTAssertEqual(results[2], results[0])
        XCTAssertEqual(results[3], results[0])

        let store = try Store()
        _ = try Loader(store: store).load([Self.html, Self.json])
        let old = try XCTUnwrap(try store.speeches(withID: "1919-03-18a.1898.6").first)
        XCTAssertEqual(
            old.url, "https://www.theyworkforyou.com/debates/?id=1919-03-18a.1898.5#g1898.6", "the API's record wins")
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT colnum FROM speeches WHERE speech_id = '1919-03-18a.1898.6'") },
            "1898", "the page's column fills the API record's gap")
    }

    func testAnExportLoadedBackIntoItsStoreChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("store.db").path)
        _ = try Loader(store: store).load([
            Self.json, Self.html, Self.seeds + "/za-questions", Self.seeds + "/parlparse-2009", Self.seeds + "/plain",
        ])
        var lines: [String] = []
        try store.exportSpeeches { lines.append($0.jsonLine) }
        let file = folder.appendingPathComponent("all.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let before = try store.summary().total
        let rows = try speechRows(store)
        let report = try Loader(store: store).load([file.path])
        XCTAssertEqual(report.failures.count, 0)
        XCTAssertEqual(report.speeches, 0)
        XCTAssertEqual(report.unchangedFiles, [file.path])
        XCTAssertEqual(try store.summary().total, before)
        XCTAssertEqual(try speechRows(store), rows)
    }

    func testAnIDTwoRecordsUseReachesBoth() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.seeds + "/za-questions"])
        for (id, speakers) in [
            ("CW603E", ["D A Worth"]), ("CW603E~2", ["M J R de Villiers"]), ("CW635E", ["O de Beer"]),
            ("CW635E~2", ["D Joseph"]), ("CW636E", ["R A Lees"]), ("CW636E~2", ["B L Abrahams"]),
        ] {
            XCTAssertEqual(try store.speeches(withID: id).map(\.speaker), speakers, id)
        }
        XCTAssertEqual(try count(store, "SELECT count(*) FROM speeches"), 37, "no question is lost")
    }

    /// A ParlParse day (versioned) and a page holding one of its speeches.
    func transcript(_ format: String, version: String?, ids: [String], hash: String) -> PreparedTranscript {
        let t = Transcript(
            title: "Day", body: "House of Lords", section: "lords", date: "2023-12-05", format: format,
            versionKey: version.map { _ in "lords/2023-12-05" }, version: version)
        let speeches = ids.map { id in
            Speech(
                sourceID: id, speaker: "Lord \(format)", party: format == "twfy-html" ? nil : "Labour",
                column: format == "twfy-html" ? "1456" : nil, paragraphs: ["Legal migration is important (\(format) \(id))."])
        }
        return PreparedTranscript(ParsedTranscript(transcript: t, speeches: speeches), sourceFile: hash, contentHash: hash)
    }

    func testANewerVersionWithoutTheSpeechBringsBackTheOtherRecord() throws {
        let page = transcript("twfy-html", version: nil, ids: ["x.1"], hash: "page")
        let dayA = transcript("parlparse", version: "a", ids: ["x.1", "x.2"], hash: "a")
        let dayB = transcript("parlparse", version: "b", ids: ["x.2"], hash: "b")
        for order in [[page, dayA, dayB], [dayA, page, dayB], [dayA, dayB, page], [dayB, dayA, page]] {
            let store = try Store()
            for prepared in order { _ = try store.add(prepared) }
            let names = "order \(order.map(\.contentHash))"
            XCTAssertEqual(try store.speeches(withID: "x.1").map(\.speaker), ["Lord twfy-html"], names)
            XCTAssertEqual(try store.speeches(withID: "x.2").map(\.speaker), ["Lord parlparse"], names)
            XCTAssertEqual(try count(store, "SELECT count(*) FROM speech_duplicates"), 0, names)
            XCTAssertEqual(
                try count(store, "SELECT count(*) FROM speech_fts WHERE speech_fts MATCH 'legal migration'"), 2, names)
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES ('integrity-check', 1)")
            }
        }
        let store = try Store()
        _ = try store.add(page)
        _ = try store.add(dayA)
        let merged = try XCTUnwrap(try store.speeches(withID: "x.1").first)
        XCTAssertEqual([merged.speaker, merged.party], ["Lord parlparse", "Labour"], "ParlParse wins over the page")
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT colnum FROM speeches WHERE speech_id = 'x.1'") }, "1456")
    }
}
