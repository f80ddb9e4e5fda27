import GRDB

/// One check `Store.integrityChecks` ran: its name, whether it passed, and what it found.
public struct IntegrityCheck: Sendable, Equatable {
    public let name: String
    public let ok: Bool
    /// True for a check that could not run here (FTS5's on a read-only store); `ok` is then true.
    public let skipped: Bool
    /// What was checked when it passed; the first problems found when it failed.
    public let details: String

    public init(_ name: String, ok: Bool, skipped: Bool = false, details: String) {
        self.name = name
        self.ok = ok
        self.skipped = skipped
        self.details = details
    }
}

extension Store {
    /// The most problems one check lists in its details (a count says how many there were).
    static let integrityProblemsShown = 3

    /// Runs SQLite's and FTS5's integrity checks and mqt's own invariants, in this order: `sqlite`
    /// (`PRAGMA integrity_check`), `foreign keys` (`PRAGMA foreign_key_check`), `fts5` (FTS5's
    /// `integrity-check` with rank 1: the index against the speeches' text), `schema` (the version
    /// mqt writes), `indexed` (every speech has an index entry, every entry a speech), `ids unique`
    /// (no `speech_id` twice in `speeches`), `counts` (each speech's `words` and `sentences` as
    /// counted again from its text) and `qa pairs` (each pair's question is a stored question, its
    /// answer a stored speech). A check that cannot run fails with the reason, except FTS5's on a
    /// read-only store, which is skipped.
    public func integrityChecks() throws -> [IntegrityCheck] {
        try queue.inDatabase { db in
            var checks: [IntegrityCheck] = []
            func run(_ name: String, _ body: () throws -> IntegrityCheck) {
                do { checks.append(try body()) } catch let error as DatabaseError {
                    checks.append(IntegrityCheck(name, ok: false, details: error.message ?? error.description))
                } catch {
                    checks.append(IntegrityCheck(name, ok: false, details: "\(error)"))
                }
            }
            run("sqlite") {
                let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                return lines == ["ok"]
                    ? IntegrityCheck("sqlite", ok: true, details: "PRAGMA integrity_check: ok")
                    : Self.failed("sqlite", lines)
            }
            run("foreign keys") {
                let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                let problems = rows.map { row -> String in
                    let table: String = row[0]
                    let rowID: Int64? = row[1]
                    let parent: String = row[2]
                    return "\(table) row \(rowID.map(String.init) ?? "?") names a missing \(parent) row"
                }
                return problems.isEmpty
                    ? IntegrityCheck("foreign keys", ok: true, details: "every reference names a stored row") : Self.failed("foreign keys", problems)
            }
            run("fts5") {
                guard !isReadOnly else {
                    return IntegrityCheck("fts5", ok: true, skipped: true, details: "not run: the store is read-only and FTS5 checks through a write")
                }
                // An INSERT in name only: FTS5 reads and compares, it writes nothing.
                try db.execute(sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES('integrity-check', 1)")
                return IntegrityCheck("fts5", ok: true, details: "index matches the speeches' text")
            }
            run("schema") {
                let version = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'")
                return version == String(Schema.schemaVersion)
                    ? IntegrityCheck("schema", ok: true, details: "version \(Schema.schemaVersion)")
                    : IntegrityCheck("schema", ok: false, details: "version \(version ?? "none"), not \(Schema.schemaVersion)")
            }
            run("indexed") { try Self.indexedCheck(db) }
            run("ids unique") {
                let twice = try String.fetchAll(
                    db, sql: "SELECT speech_id FROM speeches GROUP BY speech_id HAVING count(*) > 1 ORDER BY speech_id")
                return twice.isEmpty
                    ? IntegrityCheck("ids unique", ok: true, details: "no speech id stored twice")
                    : Self.failed("ids unique", twice.map { "speech id \($0) stored more than once" })
            }
            run("counts") { try Self.countsCheck(db) }
            run("qa pairs") { try Self.questionPairsCheck(db) }
            return checks
        }
    }

    /// A failed check listing its first problems and how many there were.
    static func failed(_ name: String, _ problems: [String]) -> IntegrityCheck {
        var details = problems.prefix(integrityProblemsShown).joined(separator: "; ")
        if problems.count > integrityProblemsShown { details += " (\(problems.count) problems)" }
        return IntegrityCheck(name, ok: false, details: details)
    }

    /// Every speech has a row in FTS5's `speech_fts_docsize` (one per indexed document), and none
    /// is left for a speech that is gone.
    static func indexedCheck(_ db: Database) throws -> IntegrityCheck {
        let unindexed = try Int64.fetchAll(
            db, sql: "SELECT id FROM speeches WHERE id NOT IN (SELECT id FROM speech_fts_docsize) ORDER BY id")
        let orphans = try Int64.fetchAll(
            db, sql: "SELECT id FROM speech_fts_docsize WHERE id NOT IN (SELECT id FROM speeches) ORDER BY id")
        let problems = unindexed.map { "speech row \($0) is not indexed" } + orphans.map { "index row \($0) has no speech" }
        guard problems.isEmpty else { return failed("indexed", problems) }
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM speeches") ?? 0
        return IntegrityCheck("indexed", ok: true, details: "\(count) of \(count) speeches")
    }

    /// `words` and `sentences` of every speech against `Tokenizer.wordCount` and
    /// `SentenceSplitter.count` of its text, read one row at a time.
    static func countsCheck(_ db: Database) throws -> IntegrityCheck {
        var problems: [String] = []
        var checked = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text, words, sentences FROM speeches ORDER BY id")
        while let row = try rows.next() {
            checked += 1
            let text: String = row["text"]
            let id: Int64 = row["id"]
            let words = Tokenizer.wordCount(text)
            let sentences = SentenceSplitter.count(in: text)
            let storedWords: Int = row["words"]
            let storedSentences: Int = row["sentences"]
            if words != storedWords { problems.append("speech row \(id): \(storedWords) words stored, \(words) counted") }
            if sentences != storedSentences {
                problems.append("speech row \(id): \(storedSentences) sentences stored, \(sentences) counted")
            }
        }
        return problems.isEmpty
            ? IntegrityCheck("counts", ok: true, details: "words and sentences of \(checked) speeches") : failed("counts", problems)
    }

    /// Each `qa_pairs` row names a stored question, and an answer that is stored (or none).
    static func questionPairsCheck(_ db: Database) throws -> IntegrityCheck {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.question_id, q.kind AS question_kind, p.answer_id, a.id AS answer_row
                FROM qa_pairs p LEFT JOIN speeches q ON q.id = p.question_id LEFT JOIN speeches a ON a.id = p.answer_id
                ORDER BY p.question_id
                """)
        var problems: [String] = []
        for row in rows {
            let question: Int64 = row["question_id"]
            let kind: String? = row["question_kind"]
            let answer: Int64? = row["answer_id"]
            let answerRow: Int64? = row["answer_row"]
            if kind == nil {
                problems.append("pair of speech row \(question): no such speech")
            } else if kind != SpeechKind.question.rawValue {
                problems.append("pair of speech row \(question): kind \(kind ?? ""), not question")
            }
            if let answer, answerRow == nil { problems.append("pair of speech row \(question): answer row \(answer) missing") }
        }
        return problems.isEmpty
            ? IntegrityCheck("qa pairs", ok: true, details: "\(rows.count) pairs name stored speeches") : failed("qa pairs", problems)
    }
}
