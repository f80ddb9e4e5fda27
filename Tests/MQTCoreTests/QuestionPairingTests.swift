import Foundation
import GRDB
import XCTest
@testable import MQTCore

/// Questions paired with answers at load (`qa_pairs`): the rule on hand-made records, the exact
/// pairs of the seed fixtures, and a version 6 store paired on open.
final class QuestionPairingTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    private func record(_ id: Int64, _ kind: SpeechKind, _ headings: String? = "h") -> QuestionPairing.Record {
        QuestionPairing.Record(rowID: id, kind: kind, headings: headings)
    }

    private func pairs(_ records: [QuestionPairing.Record], written: Bool) -> [String] {
        QuestionPairing.pairs(records, written: written).map { "\($0.question)→\($0.answer.map(String.init) ?? "-") in \($0.exchange)" }
    }

    func testTheRuleOnHandMadeRecords() {
        // Oral: a question, its answer, an interjection, a supplementary and its answer, a last
        // supplementary with no answer: one exchange, opened by 1.
        XCTAssertEqual(
            pairs([record(1, .question), record(2, .answer), record(3, .interjection), record(4, .question), record(5, .answer), record(6, .question)], written: false),
            ["1→2 in 1", "4→5 in 1", "6→- in 1"])
        // Written: two grouped questions answered by one reply; the next question, after an answer
        // under the same heading text, opens its own exchange.
        XCTAssertEqual(
            pairs([record(1, .question), record(2, .question), record(3, .answer), record(4, .question), record(5, .answer)], written: true),
            ["1→3 in 1", "2→3 in 1", "4→5 in 4"])
        // A question left waiting when the headings change is unanswered; an answer under other
        // headings, or one nothing waits for, pairs with nothing.
        XCTAssertEqual(
            pairs([record(1, .question, "a"), record(2, .question, "b"), record(3, .answer, "c"), record(4, .answer, "b"), record(5, .answer, "b")], written: false),
            ["1→- in 1", "2→4 in 2"])
        XCTAssertEqual(pairs([], written: false), [])
        // No answer records (Akoma Ntoso): the first minister's speech that is not the asker's
        // answers; the chair's and the asker's own speeches do not.
        let minister = QuestionPairing.Record(rowID: 4, kind: .speech, headings: "h", speaker: "Norma Foley", role: "Minister for Education")
        XCTAssertEqual(
            pairs([
                QuestionPairing.Record(rowID: 1, kind: .question, headings: "h", speaker: "Pa Daly"),
                QuestionPairing.Record(rowID: 2, kind: .speech, headings: "h", speaker: "Pa Daly"),
                QuestionPairing.Record(rowID: 3, kind: .speech, headings: "h", speaker: "Seán Ó Fearghaíl", role: "An Ceann Comhairle"),
                minister, QuestionPairing.Record(rowID: 5, kind: .question, headings: "h", speaker: "Pa Daly"),
            ], written: false),
            ["1→4 in 1", "5→- in 1"])
        XCTAssertEqual(pairs([record(1, .answer), record(2, .speech)], written: true), [])
    }

    private func storedPairs(_ store: Store) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT q.speech_id AS q, a.speech_id AS a, e.speech_id AS e FROM qa_pairs p
                    JOIN speeches q ON q.id = p.question_id LEFT JOIN speeches a ON a.id = p.answer_id
                    JOIN speeches e ON e.id = p.exchange_id ORDER BY q.id
                    """
            ).map { row in "\(row["q"] as String) → \((row["a"] as String?) ?? "-") in \(row["e"] as String)" }
        }
    }

    func testTheSeedsFourQuestionsAndThreeAnswers() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        let stem = "2021-11-29-prevent-in-london"
        XCTAssertEqual(
            try storedPairs(store),
            [
                "\(stem).1 → \(stem).2 in \(stem).1", "\(stem).3 → \(stem).4 in \(stem).1",
                "\(stem).5 → \(stem).6 in \(stem).1", "\(stem).7 → - in \(stem).1",
            ])
    }

    func testAWrittenAnswerToTwoQuestions() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009/sp-written"])
        let all = try storedPairs(store)
        XCTAssertEqual(all.count, 34)
        XCTAssertTrue(all.allSatisfy { !$0.contains("→ -") }, "every question answered")
        let stem = "uk.org.publicwhip/spwa/2009-10-29.S3W-"
        XCTAssertEqual(
            all.filter { $0.contains("S3W-27917") || $0.contains("S3W-27918") },
            ["\(stem)27917.q0 → \(stem)27918.r0 in \(stem)27917.q0", "\(stem)27918.q1 → \(stem)27918.r0 in \(stem)27917.q0"])
        let replies = try store.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT answer_id) FROM qa_pairs") }
        XCTAssertEqual(replies, 33, "34 questions, 33 replies: one answers two")
    }

    func testLordsWrittenAnswersAndANewStyleOralSession() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/parlparse-2009/lordswrans"])
        let lords = try storedPairs(store)
        XCTAssertEqual(lords.count, 18)
        XCTAssertTrue(lords.allSatisfy { !$0.contains("→ -") })
        XCTAssertEqual(Set(lords.map { $0.components(separatedBy: " in ")[1] }).count, 18, "no supplementaries in written answers")
        let oral = try Store()
        _ = try Loader(store: oral).load([Self.root + "/seeds/parlparse-2023"])
        let counts = try oral.read { db in
            try Row.fetchOne(db, sql: "SELECT count(*) AS q, count(answer_id) AS a, count(DISTINCT exchange_id) AS e FROM qa_pairs")
        }
        XCTAssertEqual(counts?["q"] as Int?, 113)
        XCTAssertEqual(counts?["a"] as Int?, 113)
        XCTAssertEqual(counts?["e"] as Int?, 18, "one exchange per question heading (Legal Aid twice), supplementaries inside it")
        // The first exchange by seq: the opening question (1), its supplementary (3) and two more
        // members' (6, 9, after the Speaker calls them), each answered by the reply after it; then
        // two grouped questions (11, 12) answered together by 13.
        let first = try oral.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT q.seq AS q, a.seq AS a, e.seq AS e FROM qa_pairs p JOIN speeches q ON q.id = p.question_id
                    JOIN speeches a ON a.id = p.answer_id JOIN speeches e ON e.id = p.exchange_id WHERE q.seq <= 12 ORDER BY q.seq
                    """
            ).map { "\($0["q"] as Int)→\($0["a"] as Int) in \($0["e"] as Int)" }
        }
        XCTAssertEqual(first, ["1→2 in 1", "3→4 in 1", "6→7 in 1", "9→10 in 1", "11→13 in 11", "12→13 in 11"])
    }

    func testAkomaNtosoQuestionsAreAnsweredByTheMinistersSpeech() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/akoma-ntoso/oireachtas"])
        let pairs = try store.questionPairs(QuestionPairFilter())
        XCTAssertEqual(pairs.count, 13)
        XCTAssertEqual(pairs.filter { $0.answer == nil }.count, 0)
        XCTAssertEqual(
            Set(pairs.compactMap(\.answerer)), ["Norma Foley", "Josepha Madigan", "Simon Harris", "Niall Collins"])
        XCTAssertEqual(pairs.first?.answer?.prefix(40), "The purpose of the calculated grades sys")
    }

    func testReplacingOrDeletingATranscriptDropsItsPairs() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
        try store.queue.write { db in try db.execute(sql: "DELETE FROM speeches WHERE seq = 2") }
        XCTAssertEqual(try storedPairs(store).first, "2021-11-29-prevent-in-london.1 → - in 2021-11-29-prevent-in-london.1")
        try store.queue.write { db in try db.execute(sql: "DELETE FROM transcripts") }
        XCTAssertEqual(try storedPairs(store), [])
    }

    func testAVersion6StoreIsPairedOnOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v6-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        do {
            let store = try Store(path: path)
            _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE qa_pairs")
                try db.execute(sql: "UPDATE mqt_meta SET value = '6' WHERE key = 'schema_version'")
            }
        }
        let store = try Store(path: path)
        XCTAssertEqual(
            try store.read { try String.fetchOne($0, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'") },
            String(Schema.schemaVersion))
        XCTAssertEqual(try storedPairs(store).count, 4)
        XCTAssertEqual(try store.questionPairs(QuestionPairFilter()).map(\.answerID?.description), [
            "2021-11-29-prevent-in-london.2", "2021-11-29-prevent-in-london.4", "2021-11-29-prevent-in-london.6", nil,
        ])
    }

    /// Version 7 kept no echoes or places: opening it pairs every transcript again, as a load does.
    func testAVersion7StoreGetsItsEchoesOnOpen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-v7-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.db").path
        let echoes = "SELECT echo FROM qa_pairs ORDER BY question_id"
        let loaded: [Double?]
        do {
            let store = try Store(path: path)
            _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt"])
            loaded = try store.read { try Optional<Double>.fetchAll($0, sql: echoes) }
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE qa_pairs")
                try db.execute(sql: "CREATE TABLE qa_pairs(question_id INTEGER PRIMARY KEY, answer_id INTEGER, exchange_id INTEGER NOT NULL)")
                try db.execute(sql: "INSERT INTO qa_pairs VALUES (1, 2, 1)")
                try db.execute(sql: "UPDATE mqt_meta SET value = '7' WHERE key = 'schema_version'")
            }
        }
        // Three answered questions have key words; the unanswered fourth has no echo.
        XCTAssertEqual(loaded.map { $0 == nil }, [false, false, false, true])
        let store = try Store(path: path)
        XCTAssertEqual(try store.read { try Optional<Double>.fetchAll($0, sql: echoes) }, loaded)
        XCTAssertEqual(try store.questionPairs(QuestionPairFilter()).map(\.questionID), (1...4).map { "2021-11-29-prevent-in-london.\([1, 3, 5, 7][$0 - 1])" })
    }

    /// A set smaller than the pairs drives the statement; a larger one is probed for each pair.
    /// Both plans give the same pairs, in the same order, with the same `in`.
    func testBothPlansGiveTheSamePairs() throws {
        let store = try Store()
        _ = try Loader(store: store).load([Self.root + "/seeds/prevent-in-london-2021-11-29.txt", Self.root + "/seeds/parlparse-2009/sp-written"])
        func rows(_ filter: QuestionPairFilter, setDrives: Bool) throws -> [QuestionPairRow] {
            let parts = QuestionPairSQL(filter, speeches: false, setDrives: setDrives)
            let sql = "\(parts.with) SELECT p.question_id, p.answer_id, \(parts.matchColumns) \(parts.from) \(parts.whereClause) ORDER BY p.date, p.transcript_id, p.seq"
            return try store.read { db in
                try Row.fetchAll(db, sql: sql, arguments: parts.arguments).map {
                    QuestionPairRow(questionRowID: $0["question_id"], answerRowID: $0["answer_id"], questionMatched: $0["q_in"], answerMatched: $0["a_in"])
                }
            }
        }
        var kept = 0
        for text in ["prevent", "cricket", "government", "\"social media\"", "speaker:Desai", "scottish NOT executive", "kind:answer"] {
            let filter = QuestionPairFilter(within: SpeechSelection(queries: [try store.compileQuery(text)]), asker: text == "government" ? "a" : nil)
            let driven = try rows(filter, setDrives: true)
            XCTAssertEqual(driven, try rows(filter, setDrives: false), text)
            XCTAssertEqual(try store.questionPairRows(filter), driven, text)
            kept += driven.count
        }
        XCTAssertGreaterThan(kept, 40, "the queries keep pairs of both transcripts")
    }

    /// TheyWorkForYou API JSON: `minor` 1 is a question, 2 an answer, paired within one page (the
    /// subsection on its date); a question on another page waits for nothing there.
    func testTheyWorkForYouJSONPairsMinorOneWithMinorTwo() throws {
        func row(_ gid: String, minor: Int, subsection: String, hpos: Int, speaker: String, text: String) -> String {
            """
            {"gid": "\(gid)", "hdate": "2023-12-19", "htype": "12", "major": "3", "minor": "\(minor)", "section_id": "100", \
            "subsection_id": "\(subsection)", "hpos": "\(hpos)", "body": "<p>\(text)</p>", "speaker": {"name": "\(speaker)"}, \
            "parent": {"body": "Written Answers — Home Office: Visas"}}
            """
        }
        let json = "{\"rows\": [" + [
            row("2023-12-11.6251.q0", minor: 1, subsection: "200", hpos: 1, speaker: "Alicia Kearns", text: "To ask the Secretary of State about visas for Hong Kong."),
            row("2023-12-11.6252.q0", minor: 1, subsection: "200", hpos: 2, speaker: "Alicia Kearns", text: "To ask the Secretary of State about the BNO route."),
            row("2023-12-11.6252.r0", minor: 2, subsection: "200", hpos: 3, speaker: "Tom Pursglove", text: "The BNO route remains open to Hong Kong visas."),
            row("2023-12-11.6300.q0", minor: 1, subsection: "300", hpos: 4, speaker: "Alicia Kearns", text: "To ask about something else."),
        ].joined(separator: ", ") + "]}"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("twfy-\(UUID().uuidString).json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let store = try Store()
        _ = try Loader(store: store).load([file.path])
        let pairs = try store.questionPairs(QuestionPairFilter())
        XCTAssertEqual(pairs.map(\.questionID), ["2023-12-11.6251.q0", "2023-12-11.6252.q0", "2023-12-11.6300.q0"])
        XCTAssertEqual(pairs.map(\.answerID), ["2023-12-11.6252.r0", "2023-12-11.6252.r0", nil])
        XCTAssertEqual(pairs.map(\.answerer), ["Tom Pursglove", "Tom Pursglove", nil])
    }
}
