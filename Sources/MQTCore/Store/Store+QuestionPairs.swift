import GRDB

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
