import Foundation
import MQTCore
import XCTest

@testable import MQTShell

/// `integrity-check` on a store damaged on purpose: each fault fails its own check, with the
/// problem named; the command ends in an error naming the failed checks.
final class IntegrityCheckTests: XCTestCase {
    /// The seed: 7 speeches (rows 1-7), 4 questions paired with answers.
    func damagedSeed(_ sql: String...) throws -> Session {
        let session = try seededSession()
        try session.store.queue.writeWithoutTransaction { db in
            // Foreign keys off so a dangling reference can be made at all.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            for statement in sql { try db.execute(sql: statement) }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        return session
    }

    func results(_ session: Session) throws -> [String: String] {
        var found: [String: String] = [:]
        for check in try session.store.integrityChecks() { found[check.name] = (check.ok ? "ok: " : "failed: ") + check.details }
        return found
    }

    func testTheSeedPassesEveryCheckInOrder() throws {
        let checks = try seededSession().store.integrityChecks()
        XCTAssertEqual(checks.map(\.name), ["sqlite", "foreign keys", "fts5", "schema", "indexed", "ids unique", "counts", "qa pairs"])
        XCTAssertEqual(checks.filter { !$0.ok }, [])
        // Speech row 1 of the seed: a question (47 words, 2 sentences as load counts them).
        let row = try seededSession().store.read { db in try Row.fetchOne(db, sql: "SELECT words, sentences, kind FROM speeches WHERE id = 1") }
        XCTAssertEqual(row?["kind"], "question")
    }

    func testAWrongWordCountIsNamedWithBothNumbers() throws {
        let session = try damagedSeed("UPDATE speeches SET words = words + 5, sentences = 0 WHERE id = 2")
        let stored = try session.store.read { db in try Int.fetchOne(db, sql: "SELECT words FROM speeches WHERE id = 2") } ?? 0
        let counted = Tokenizer.wordCount(try session.store.read { db in try String.fetchOne(db, sql: "SELECT text FROM speeches WHERE id = 2") } ?? "")
        XCTAssertEqual(stored - counted, 5)
        let sentences = SentenceSplitter.count(in: try session.store.read { db in try String.fetchOne(db, sql: "SELECT text FROM speeches WHERE id = 2") } ?? "")
        XCTAssertEqual(
            try results(session)["counts"],
            "failed: speech row 2: \(stored) words stored, \(counted) counted; speech row 2: 0 sentences stored, \(sentences) counted")
    }

    func testASpeechIdStoredTwice() throws {
        let session = try damagedSeed("UPDATE speeches SET speech_id = (SELECT speech_id FROM speeches WHERE id = 1) WHERE id = 3")
        let id = try session.store.read { db in try String.fetchOne(db, sql: "SELECT speech_id FROM speeches WHERE id = 1") } ?? ""
        XCTAssertEqual(try results(session)["ids unique"], "failed: speech id \(id) stored more than once")
    }

    func testASpeechMissingFromTheIndexAndAnEntryWithoutASpeech() throws {
        let session = try damagedSeed(
            "DELETE FROM speech_fts_docsize WHERE id = 4", "INSERT INTO speech_fts_docsize(id, sz) VALUES (99, x'00')")
        let found = try results(session)
        XCTAssertEqual(found["indexed"], "failed: speech row 4 is not indexed; index row 99 has no speech")
        XCTAssertEqual(found["fts5"]?.hasPrefix("failed: "), true)
        XCTAssertEqual(found["sqlite"], "ok: PRAGMA integrity_check: ok")
    }

    func testPairsNamingMissingOrWrongSpeeches() throws {
        // Row 2 is an answer, not a question; rows 98 and 99 do not exist.
        let session = try damagedSeed(
            "UPDATE qa_pairs SET answer_id = 99 WHERE question_id = 1",
            "INSERT INTO qa_pairs(question_id, answer_id, exchange_id, date, transcript_id, seq) VALUES (2, NULL, 9, '2021-11-29', 1, 2), (98, NULL, 9, '2021-11-29', 1, 98)")
        let found = try results(session)
        XCTAssertEqual(
            found["qa pairs"],
            "failed: pair of speech row 1: answer row 99 missing; pair of speech row 2: kind answer, not question; pair of speech row 98: no such speech")
        XCTAssertEqual(
            found["foreign keys"],
            "failed: qa_pairs row 1 names a missing speeches row; qa_pairs row 98 names a missing speeches row")
    }

    func testAnOldSchemaVersion() throws {
        let session = try damagedSeed("UPDATE mqt_meta SET value = '6' WHERE key = 'schema_version'")
        XCTAssertEqual(try results(session)["schema"], "failed: version 6, not \(Schema.schemaVersion)")
    }

    func testMoreThanThreeProblemsAreCounted() throws {
        let session = try damagedSeed("UPDATE speeches SET sentences = 0")
        XCTAssertEqual(try results(session)["counts"]?.hasSuffix(" (7 problems)"), true)
    }

    func testTheCommandShowsTheTableThenOneErrorNamingTheFailedChecks() throws {
        let session = try damagedSeed("DELETE FROM speech_fts_docsize WHERE id = 4")
        let outcome = session.execute("integrity-check")
        XCTAssertEqual(outcome.error, "error: integrity-check: 2 of 8 checks failed: fts5, indexed")
        XCTAssertEqual(
            outcome.output,
            """
            check         result  details
            sqlite        ok      PRAGMA integrity_check: ok
            foreign keys  ok      every reference names a stored row
            fts5          failed  database disk image is malformed
            schema        ok      version 8
            indexed       failed  speech row 4 is not indexed
            ids unique    ok      no speech id stored twice
            counts        ok      words and sentences of 7 speeches
            qa pairs      ok      4 pairs name stored speeches
            """)
    }
}
