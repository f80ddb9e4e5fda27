import GRDB

extension Schema {
    /// `qa_pairs`: one row per question. Deleting a question deletes its row; deleting its answer
    /// leaves it unanswered.
    static let questionPairStatements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS qa_pairs(
          question_id INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,
          answer_id INTEGER REFERENCES speeches(id) ON DELETE SET NULL,
          exchange_id INTEGER NOT NULL,
          echo REAL,
          date TEXT NOT NULL,
          transcript_id INTEGER NOT NULL,
          seq INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS qa_pairs_by_answer ON qa_pairs(answer_id)",
        // Pairs in corpus order without a sort; it covers what a filter without speeches reads.
        "CREATE INDEX IF NOT EXISTS qa_pairs_in_corpus_order ON qa_pairs(date, transcript_id, seq, answer_id)",
    ]

    /// Version 7 adds `qa_pairs`, paired for every transcript already stored.
    static func upgradeFromVersion6(_ db: Database) throws {
        try pairEveryTranscript(db)
        try db.execute(sql: "UPDATE mqt_meta SET value = '7' WHERE key = 'schema_version'")
    }

    /// Version 8 keeps each pair's echo (`QuestionEcho`) and its question's place in corpus order,
    /// so `qa-stats` never rereads texts and `qa` never reads speeches to order pairs: every
    /// transcript is paired again.
    static func upgradeFromVersion7(_ db: Database) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS qa_pairs")
        try pairEveryTranscript(db)
        try db.execute(sql: "UPDATE mqt_meta SET value = '8' WHERE key = 'schema_version'")
    }

    /// Makes `qa_pairs` and pairs the questions of every stored transcript.
    static func pairEveryTranscript(_ db: Database) throws {
        for statement in questionPairStatements { try db.execute(sql: statement) }
        let transcripts = try Row.fetchAll(
            db,
            sql: """
                SELECT t.id, t.section FROM transcripts t
                WHERE t.id IN (SELECT transcript_id FROM speeches WHERE kind = 'question') ORDER BY t.id
                """)
        for row in transcripts { try Store.pairQuestions(transcriptID: row["id"], section: row["section"], db: db) }
    }
}

extension Store {
    /// Pairs the questions of one stored transcript (`QuestionPairing`) into `qa_pairs`, with the
    /// echo of each answered pair.
    static func pairQuestions(transcriptID: Int64, section: String, db: Database) throws {
        let read = try db.cachedStatement(
            sql: "SELECT id, kind, headings, speaker, role, date, seq FROM speeches WHERE transcript_id = ? AND kind IN ('question', 'answer', 'speech') ORDER BY seq")
        var places: [Int64: (date: String, seq: Int)] = [:]
        let records = try Row.fetchAll(read, arguments: [transcriptID]).map { row in
            places[row["id"]] = (row["date"], row["seq"])
            return QuestionPairing.Record(
                rowID: row["id"], kind: SpeechKind(rawValue: row["kind"]) ?? .speech, headings: row["headings"],
                speaker: row["speaker"], role: row["role"])
        }
        let insert = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO qa_pairs(question_id, answer_id, exchange_id, date, transcript_id, seq) VALUES (?, ?, ?, ?, ?, ?)")
        var answered: [(Int64, Int64)] = []
        for pair in QuestionPairing.pairs(records, written: QuestionPairing.isWritten(section: section)) {
            let place = places[pair.question] ?? ("", 0)
            try insert.execute(arguments: [pair.question, pair.answer, pair.exchange, place.date, transcriptID, place.seq])
            if let answer = pair.answer { answered.append((pair.question, answer)) }
        }
        try keepEchoes(answered, db: db)
    }

    /// Works out and stores the echo of each `(question, answer)` pair of rows.
    static func keepEchoes(_ pairs: [(question: Int64, answer: Int64)], db: Database) throws {
        guard !pairs.isEmpty else { return }
        let text = try db.cachedStatement(sql: "SELECT text FROM speeches WHERE id = ?")
        let update = try db.cachedStatement(sql: "UPDATE qa_pairs SET echo = ? WHERE question_id = ?")
        let echo = QuestionEcho()
        var answerText: (id: Int64, text: String)?
        for pair in pairs {
            guard let question = try String.fetchOne(text, arguments: [pair.question]) else { continue }
            // Grouped questions share one reply: it is read once.
            if answerText?.id != pair.answer {
                answerText = try String.fetchOne(text, arguments: [pair.answer]).map { (pair.answer, $0) }
            }
            guard let answer = answerText?.text else { continue }
            try update.execute(arguments: [echo.share(question: question, answer: answer), pair.question])
        }
    }

    /// The pairs the filter keeps, in corpus order, with where its set met each.
    public func questionPairRows(_ filter: QuestionPairFilter) throws -> [QuestionPairRow] {
        let parts = try questionPairSQL(filter, speeches: false)
        guard let set = filter.within, parts.with.isEmpty else { return try questionPairRows(parts) }
        // A set larger than the pairs: its rows are read once and every pair is tested against
        // them here, which costs a fraction of SQLite probing two IN lists for every pair.
        var rest = filter
        rest.within = nil
        let (query, within) = set.driven
        let search = SearchSQL(query ?? .everything, within: within, needSpeeches: false)
        let source = search.source
        let members = try read { db in
            try Int64.fetchSet(db, sql: "SELECT \(search.rowID) \(source.sql)", arguments: StatementArguments(source.arguments))
        }
        return try questionPairRows(QuestionPairSQL(rest, speeches: false, setDrives: false)).compactMap { row in
            var row = row
            row.questionMatched = members.contains(row.questionRowID)
            row.answerMatched = row.answerRowID.map(members.contains) ?? false
            return row.questionMatched || row.answerMatched ? row : nil
        }
    }

    private func questionPairRows(_ parts: QuestionPairSQL) throws -> [QuestionPairRow] {
        let sql = """
            \(parts.with) SELECT p.question_id, p.answer_id, \(parts.matchColumns) \(parts.from) \(parts.whereClause)
            ORDER BY p.date, p.transcript_id, p.seq
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: parts.arguments).map { row in
                QuestionPairRow(
                    questionRowID: row["question_id"], answerRowID: row["answer_id"], questionMatched: row["q_in"],
                    answerMatched: row["a_in"])
            }
        }
    }

    /// These pairs whole (both speeches' fields and texts), in the order given.
    public func questionPairs(_ rows: [QuestionPairRow]) throws -> [QuestionPair] {
        guard !rows.isEmpty else { return [] }
        let list = "[" + rows.map { String($0.questionRowID) }.joined(separator: ",") + "]"
        let sql = """
            SELECT p.question_id, p.answer_id, p.exchange_id, q.speech_id AS q_id, a.speech_id AS a_id, e.speech_id AS e_id, q.date, q.section,
              coalesce(q.subheading, q.heading) AS heading, q.speaker AS asker, q.party AS asker_party,
              a.speaker AS answerer, a.role AS answerer_role, q.text AS q_text, a.text AS a_text,
              q.words AS q_words, a.words AS a_words
            FROM qa_pairs p JOIN speeches q ON q.id = p.question_id LEFT JOIN speeches a ON a.id = p.answer_id
              LEFT JOIN speeches e ON e.id = p.exchange_id
            WHERE p.question_id IN (SELECT value FROM json_each(?))
            """
        let byQuestion = try read { db in
            try Row.fetchAll(db, sql: sql, arguments: [list]).map { row in
                QuestionPair(
                    questionRowID: row["question_id"], answerRowID: row["answer_id"], exchangeRowID: row["exchange_id"],
                    questionID: row["q_id"], answerID: row["a_id"], exchangeID: row["e_id"], date: row["date"], section: row["section"],
                    heading: row["heading"], asker: row["asker"], askerParty: row["asker_party"], answerer: row["answerer"],
                    answererRole: row["answerer_role"], question: row["q_text"], answer: row["a_text"],
                    questionWords: row["q_words"], answerWords: row["a_words"], questionMatched: false, answerMatched: false)
            }
        }
        let pairs = Dictionary(byQuestion.map { ($0.questionRowID, $0) }, uniquingKeysWith: { a, _ in a })
        return rows.compactMap { row in
            guard var pair = pairs[row.questionRowID] else { return nil }
            pair.questionMatched = row.questionMatched
            pair.answerMatched = row.answerMatched
            return pair
        }
    }

    /// The statement parts for a filter: its set drives when it holds fewer speeches than there are
    /// pairs (a rare word: a few index look-ups, not a probe for each of 100,000 pairs).
    func questionPairSQL(_ filter: QuestionPairFilter, speeches: Bool) throws -> QuestionPairSQL {
        guard let set = filter.within else { return QuestionPairSQL(filter, speeches: speeches, setDrives: false) }
        let pairs = try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM qa_pairs") ?? 0 }
        return QuestionPairSQL(filter, speeches: speeches, setDrives: try countSpeeches(in: set) < pairs)
    }

    /// The pairs the filter keeps, whole, in corpus order.
    public func questionPairs(_ filter: QuestionPairFilter) throws -> [QuestionPair] {
        try questionPairs(questionPairRows(filter))
    }

    /// The sums `qa-stats` divides, over the pairs the filter keeps: one row, or one per group.
    /// Nothing but stored counts is read (words at load, echoes at pairing).
    public func questionPairFigures(_ filter: QuestionPairFilter, by group: QuestionPairGroup?) throws -> [QuestionPairFigures] {
        let parts = try questionPairSQL(filter, speeches: true)
        let key: String
        switch group {
        case nil: key = "NULL"
        case .asker: key = "q.speaker"
        case .answerer: key = "a.speaker"
        case .party: key = "q.party"
        case .month: key = "substr(p.date, 1, 7)"
        }
        let sql = """
            \(parts.with) SELECT \(key) AS key, count(*) AS questions, count(p.answer_id) AS answered, sum(q.words) AS q_words,
              coalesce(sum(a.words), 0) AS a_words, coalesce(sum(CASE WHEN p.answer_id IS NOT NULL THEN q.words END), 0) AS answered_q_words,
              count(p.echo) AS echoed, coalesce(sum(p.echo), 0.0) AS echo_sum, \(parts.matchColumns)
            \(parts.from) \(parts.whereClause)
            GROUP BY 1
            """
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: parts.arguments) }
        // An empty selection still gives SQLite's one row of zeros when nothing groups it.
        return rows.filter { ($0["questions"] as Int) > 0 }.map { row in
            var figures = QuestionPairFigures(key: row["key"])
            figures.questions = row["questions"]
            figures.answered = row["answered"]
            figures.questionWords = row["q_words"]
            figures.answerWords = row["a_words"]
            figures.answeredQuestionWords = row["answered_q_words"]
            figures.echoed = row["echoed"]
            figures.echoSum = row["echo_sum"]
            return figures
        }
    }
}

/// The `FROM` and `WHERE` of a statement over the pairs a filter keeps (`p` the pair, `q` its
/// question, `a` its answer), and the columns saying where the filter's set met each pair.
struct QuestionPairSQL {
    /// `WITH m(id) AS ...`, the set's rows, when the set drives the statement.
    var with = ""
    var matchColumns = "0 AS q_in, 0 AS a_in"
    var from = "FROM qa_pairs p"
    var whereClause = ""
    var arguments = StatementArguments()

    /// `speeches`: whether the statement reads `q` and `a`; without, they are joined only when a
    /// filter names them (reading speeches is most of the cost of a large selection).
    /// `setDrives`: a set smaller than the pairs drives the statement (each of its speeches looked
    /// up among questions and answers by index); a larger one is probed for every pair instead.
    init(_ filter: QuestionPairFilter, speeches: Bool, setDrives: Bool) {
        if speeches || filter.asker != nil || filter.party != nil { from += " JOIN speeches q ON q.id = p.question_id" }
        if speeches || filter.answerer != nil { from += " LEFT JOIN speeches a ON a.id = p.answer_id" }
        var conditions: [String] = []
        var columnArguments: [DatabaseValue] = []
        var values: [DatabaseValue] = []
        if let set = filter.within {
            let (query, rest) = set.driven
            let parts = SearchSQL(query ?? .everything, within: rest, needSpeeches: false)
            let source = parts.source
            if setDrives {
                with = "WITH m(id) AS MATERIALIZED (SELECT \(parts.rowID) \(source.sql))"
                matchColumns = "p.question_id IN m AS q_in, coalesce(p.answer_id IN m, 0) AS a_in"
                columnArguments = source.arguments
                conditions.append("(p.question_id IN m OR p.answer_id IN m)")
            } else {
                matchColumns = "p.question_id IN (SELECT \(parts.rowID) \(source.sql)) AS q_in, "
                    + "coalesce(p.answer_id IN (SELECT \(parts.rowID) \(source.sql)), 0) AS a_in"
                columnArguments = source.arguments + source.arguments
                // SQLite lets WHERE name a result column: each subquery is written once.
                conditions.append("(q_in OR a_in)")
            }
        }
        if let asker = filter.asker {
            conditions.append("instr(lower(q.speaker), lower(?)) > 0")
            values.append(asker.databaseValue)
        }
        if let answerer = filter.answerer {
            conditions.append("instr(lower(a.speaker), lower(?)) > 0")
            values.append(answerer.databaseValue)
        }
        if let party = filter.party {
            conditions.append("lower(q.party) = lower(?)")
            values.append(party.databaseValue)
        }
        if filter.unansweredOnly { conditions.append("p.answer_id IS NULL") }
        if let rows = filter.questionRowIDs {
            conditions.append("p.question_id IN (SELECT value FROM json_each(?))")
            values.append(("[" + rows.map(String.init).joined(separator: ",") + "]").databaseValue)
        }
        whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments = StatementArguments(columnArguments + values)
    }
}
