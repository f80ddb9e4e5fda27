import GRDB

/// A question and the answer that replied to it, worked out once at load (`qa_pairs`).
public struct QuestionPair: Sendable, Equatable {
    /// The question's and the answer's stored rows (`StoredSpeech.rowID`); no answer: unanswered.
    public var questionRowID: Int64
    public var answerRowID: Int64?
    /// The row id of the exchange's opening question (supplementaries share it).
    public var exchangeRowID: Int64
    /// The speeches' own ids (`speech_id`), and the exchange's opening question's.
    public var questionID: String
    public var answerID: String?
    public var exchangeID: String?
    public var date: String
    public var section: String
    /// The question's innermost heading (its subject), where it has one.
    public var heading: String?
    public var asker: String
    public var askerParty: String?
    public var answerer: String?
    public var answererRole: String?
    public var question: String
    public var answer: String?
    public var questionWords: Int
    public var answerWords: Int?
    /// Whether the question, and the answer, is in the set asked about (both false for every pair).
    public var questionMatched: Bool
    public var answerMatched: Bool
}

/// Pairs questions with answers in one transcript's records, in order. An exchange opens at a
/// question whose headings differ from the open exchange's (or, in written answers, at a question
/// after an answer: written questions have no supplementaries); every question waits for the
/// next answer of its exchange, so one reply answers every question grouped before it and a
/// supplementary is answered by the reply after it. A question left waiting when another
/// exchange opens, or at the end, is unanswered; an answer nothing waits for pairs with nothing.
/// A transcript with no answer records (Akoma Ntoso marks only `<question>`) is answered by
/// speeches: the first speech under the same headings by a minister (a role naming a Minister
/// or the Taoiseach) who did not ask answers the questions waiting.
public enum QuestionPairing {
    /// One record as the pairing sees it.
    public struct Record: Sendable, Equatable {
        public var rowID: Int64
        public var kind: SpeechKind
        public var headings: String?
        public var speaker: String
        public var role: String?
        public init(rowID: Int64, kind: SpeechKind, headings: String?, speaker: String = "", role: String? = nil) {
            self.rowID = rowID
            self.kind = kind
            self.headings = headings
            self.speaker = speaker
            self.role = role
        }

        /// A speech that answers when the transcript marks no answers: a minister's.
        var isMinisters: Bool {
            guard kind == .speech, let role = role?.lowercased() else { return false }
            return role.contains("minister") || role.contains("taoiseach")
        }
    }

    /// `(question, answer, exchange)` row ids, in the questions' order.
    public static func pairs(_ records: [Record], written: Bool) -> [(question: Int64, answer: Int64?, exchange: Int64)] {
        var pairs: [(question: Int64, answer: Int64?, exchange: Int64)] = []
        var waiting: [Int] = []
        var exchange: (rowID: Int64, headings: String?)?
        var afterAnswer = false
        let speechesAnswer = !records.contains { $0.kind == .answer }
        var askers: Set<String> = []
        for record in records {
            switch record.kind {
            case .question:
                if exchange == nil || exchange?.headings != record.headings || (written && afterAnswer) {
                    exchange = (record.rowID, record.headings)
                    waiting = []
                }
                if waiting.isEmpty { askers = [] }
                waiting.append(pairs.count)
                askers.insert(record.speaker)
                pairs.append((record.rowID, nil, exchange?.rowID ?? record.rowID))
                afterAnswer = false
            case .answer:
                if let open = exchange, open.headings == record.headings {
                    for index in waiting { pairs[index].answer = record.rowID }
                    waiting = []
                }
                afterAnswer = true
            case .speech where speechesAnswer && record.isMinisters && !waiting.isEmpty && !askers.contains(record.speaker):
                if let open = exchange, open.headings == record.headings {
                    for index in waiting { pairs[index].answer = record.rowID }
                    waiting = []
                }
            default:
                continue
            }
        }
        return pairs
    }

    /// Sections of written questions (`wrans`, `lordswrans`, `spwrans`, South African `*wrans`). Not
    /// `lmqs`: a Mayor's Question Time transcript has oral supplementaries.
    public static func isWritten(section: String) -> Bool {
        section.hasSuffix("wrans")
    }
}

extension Schema {
    /// `qa_pairs`: one row per question. Deleting a question deletes its row; deleting its answer
    /// leaves it unanswered.
    static let questionPairStatements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS qa_pairs(
          question_id INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,
          answer_id INTEGER REFERENCES speeches(id) ON DELETE SET NULL,
          exchange_id INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS qa_pairs_by_answer ON qa_pairs(answer_id)",
    ]

    /// Version 7 adds `qa_pairs`, paired for every transcript already stored.
    static func upgradeFromVersion6(_ db: Database) throws {
        for statement in questionPairStatements { try db.execute(sql: statement) }
        let transcripts = try Row.fetchAll(
            db,
            sql: """
                SELECT t.id, t.section FROM transcripts t
                WHERE t.id IN (SELECT transcript_id FROM speeches WHERE kind = 'question') ORDER BY t.id
                """)
        for row in transcripts { try Store.pairQuestions(transcriptID: row["id"], section: row["section"], db: db) }
        try db.execute(sql: "UPDATE mqt_meta SET value = '7' WHERE key = 'schema_version'")
    }
}

extension Store {
    /// Pairs the questions of one stored transcript (`QuestionPairing`) into `qa_pairs`.
    static func pairQuestions(transcriptID: Int64, section: String, db: Database) throws {
        let read = try db.cachedStatement(
            sql: "SELECT id, kind, headings, speaker, role FROM speeches WHERE transcript_id = ? AND kind IN ('question', 'answer', 'speech') ORDER BY seq")
        let records = try Row.fetchAll(read, arguments: [transcriptID]).map { row in
            QuestionPairing.Record(
                rowID: row["id"], kind: SpeechKind(rawValue: row["kind"]) ?? .speech, headings: row["headings"],
                speaker: row["speaker"], role: row["role"])
        }
        let insert = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO qa_pairs(question_id, answer_id, exchange_id) VALUES (?, ?, ?)")
        for pair in QuestionPairing.pairs(records, written: QuestionPairing.isWritten(section: section)) {
            try insert.execute(arguments: [pair.question, pair.answer, pair.exchange])
        }
    }

    /// The pairs whose question or answer is in `set` (nil: every pair), in corpus order,
    /// narrowed by asker and answerer (names containing the text, any case), the asker's party
    /// (equal, any case) and, with `unansweredOnly`, to questions without an answer.
    public func questionPairs(
        in set: SpeechSelection?, asker: String? = nil, answerer: String? = nil, party: String? = nil,
        unansweredOnly: Bool = false
    ) throws -> [QuestionPair] {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        var matchColumns = "0 AS q_in, 0 AS a_in"
        if let set, set != .everything {
            let (query, rest) = set.driven
            let parts = SearchSQL(query ?? .everything, within: rest, needSpeeches: false)
            let source = parts.source
            // SQLite lets WHERE name a result column: each subquery is written once.
            matchColumns = "p.question_id IN (SELECT \(parts.rowID) \(source.sql)) AS q_in, "
                + "coalesce(p.answer_id IN (SELECT \(parts.rowID) \(source.sql)), 0) AS a_in"
            arguments += source.arguments + source.arguments
            conditions.append("(q_in OR a_in)")
        }
        if let asker {
            conditions.append("instr(lower(q.speaker), lower(?)) > 0")
            arguments.append(asker.databaseValue)
        }
        if let answerer {
            conditions.append("instr(lower(a.speaker), lower(?)) > 0")
            arguments.append(answerer.databaseValue)
        }
        if let party {
            conditions.append("lower(q.party) = lower(?)")
            arguments.append(party.databaseValue)
        }
        if unansweredOnly { conditions.append("p.answer_id IS NULL") }
        let sql = """
            SELECT p.question_id, p.answer_id, p.exchange_id, q.speech_id AS q_id, a.speech_id AS a_id, e.speech_id AS e_id, q.date, q.section,
              coalesce(q.subheading, q.heading) AS heading, q.speaker AS asker, q.party AS asker_party,
              a.speaker AS answerer, a.role AS answerer_role, q.text AS q_text, a.text AS a_text,
              q.words AS q_words, a.words AS a_words, \(matchColumns)
            FROM qa_pairs p JOIN speeches q ON q.id = p.question_id LEFT JOIN speeches a ON a.id = p.answer_id
              LEFT JOIN speeches e ON e.id = p.exchange_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY q.date, q.transcript_id, q.seq
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                QuestionPair(
                    questionRowID: row["question_id"], answerRowID: row["answer_id"], exchangeRowID: row["exchange_id"],
                    questionID: row["q_id"], answerID: row["a_id"], exchangeID: row["e_id"], date: row["date"], section: row["section"],
                    heading: row["heading"], asker: row["asker"], askerParty: row["asker_party"], answerer: row["answerer"],
                    answererRole: row["answerer_role"], question: row["q_text"], answer: row["a_text"],
                    questionWords: row["q_words"], answerWords: row["a_words"], questionMatched: row["q_in"],
                    answerMatched: row["a_in"])
            }
        }
    }
}
