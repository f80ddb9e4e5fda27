import GRDB

/// The store's documented schema. `schemaVersion` is written to `mqt_meta` and checked on open.
public enum Schema {
    /// Bumped whenever a table or column changes meaning. Version 2: the store indexes new
    /// speeches in bulk (`FTSBacklog`) instead of through an insert trigger. Version 3: every
    /// heading level in `speeches.headings`, and `speech_duplicates` (see `Store+Duplicates`).
    /// Version 4: `sentences` per speech (`SentenceSplitter`), so `stats` never rereads the text.
    /// Version 5: `speech_fts` declared `content="speeches"`, the quoting Datasette and sqlite-utils
    /// recognise (`upgradeFTSDeclaration`).
    /// Version 6: the sentence counts made again, after citations and table rows were split anew.
    /// Version 7: `qa_pairs`, each question with its answer (`QuestionPairing`).
    /// Version 8: `qa_pairs.echo`, how much of each question its answer repeats (`QuestionEcho`).
    public static let schemaVersion = 8

    /// The SQL that creates version `schemaVersion` from nothing: the core tables, the secondary
    /// indexes on speeches, then the member-resolution tables (in their own file).
    public static var statements: [String] {
        coreStatements + speechIndexes.map(\.sql) + memberStatements + questionPairStatements
    }

    /// Secondary indexes on `speeches`. A load into an empty store drops those marked `deferred`
    /// and builds them once at the end: their keys arrive in no order (speaker names) or are long
    /// (gids), so keeping them up to date row by row costs more than one sort at the end (0.85 s
    /// against 0.27 s for all five at 10x). Date, section and kind keys arrive nearly in order and
    /// cost little to keep up to date; building them at the end would mean more scans of the whole
    /// table. `speeches_by_transcript` is not here: replacing an older version of a day deletes its
    /// speeches through it. `speeches_by_section` and `speeches_by_kind` serve `section:` and
    /// `kind:` filters on their own (`count section:wrans`: 156 ms to a few ms at 60x). Stemming
    /// (`~word`) needs no index: it reads FTS5's own vocabulary through a temp `fts5vocab` table.
    static let speechIndexes: [(name: String, sql: String, deferred: Bool)] = [
        ("speeches_by_speech_id", "CREATE INDEX IF NOT EXISTS speeches_by_speech_id ON speeches(speech_id)", true),
        ("speeches_by_speaker", "CREATE INDEX IF NOT EXISTS speeches_by_speaker ON speeches(speaker)", true),
        ("speeches_by_date", "CREATE INDEX IF NOT EXISTS speeches_by_date ON speeches(date)", false),
        (
            "speeches_by_section", "CREATE INDEX IF NOT EXISTS speeches_by_section ON speeches(section, date)",
            false
        ),
        ("speeches_by_kind", "CREATE INDEX IF NOT EXISTS speeches_by_kind ON speeches(kind)", false),
    ]

    static let coreStatements: [String] = [
        """
        CREATE TABLE mqt_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)
        """,
        """
        CREATE TABLE transcripts(
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          section TEXT NOT NULL,
          date TEXT NOT NULL,
          source_file TEXT NOT NULL,
          source_url TEXT,
          format TEXT NOT NULL,
          version_key TEXT,
          version TEXT,
          content_hash TEXT NOT NULL UNIQUE,
          loaded_at TEXT NOT NULL)
        """,
        "CREATE INDEX transcripts_by_version_key ON transcripts(version_key)",
        "CREATE TABLE speeches(\n" + speechTableColumns + ")",
        "CREATE INDEX speeches_by_transcript ON speeches(transcript_id, seq)",
        duplicatesTable,
        "CREATE INDEX speech_duplicates_by_speech_id ON speech_duplicates(speech_id)",
        ftsTable,
        """
        CREATE TRIGGER speeches_fts_delete AFTER DELETE ON speeches BEGIN
          INSERT INTO speech_fts(speech_fts, rowid, text, speaker, party, role)
          VALUES ('delete', old.id, old.text, old.speaker, old.party, old.role);
        END
        """,
    ]

    /// The full-text index over speeches. `content="speeches"` in double quotes: Datasette's
    /// `detect_fts` and sqlite-utils find an external-content table only by that spelling (or
    /// `[speeches]`), not by `'speeches'`.
    static let ftsTable = """
        CREATE VIRTUAL TABLE speech_fts USING fts5(
          text, speaker, party, role,
          content="speeches", content_rowid='id',
          tokenize='unicode61 remove_diacritics 2')
        """

    /// Prepares the schema of a store being opened, writing only when something needs it: a new
    /// store, an upgrade, or secondary indexes a killed load left dropped. Those are built only
    /// when no other process is writing (a running load drops them on purpose and builds them at
    /// its end); a read-only store is searched without them.
    static func open(_ queue: DatabaseQueue, readOnly: Bool, path: String) throws {
        let state = try queue.read { db -> (version: String?, indexesMissing: Bool) in
            guard try db.tableExists("mqt_meta") else { return (nil, false) }
            let version = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'")
            let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
            return (version, speechIndexes.contains { !present.contains($0.name) })
        }
        if state.version == String(schemaVersion) {
            guard state.indexesMissing && !readOnly else { return }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Store.busyTimeout * 1000))") }
                do {
                    try db.inTransaction {
                        try createMissingSpeechIndexes(db)
                        return .commit
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    // Another process is loading: it builds them when it is done.
                }
            }
            return
        }
        if readOnly {
            throw CoreError.readOnlyStore(
                path, action: state.version == nil ? "create a store in it" : "upgrade it from schema version \(state.version!) to \(schemaVersion)")
        }
        try queue.write { db in try prepare(db) }
    }

    /// Creates the schema in an empty database, or checks the version of an existing one.
    static func prepare(_ db: Database) throws {
        let exists = try db.tableExists("mqt_meta")
        if !exists {
            for statement in statements { try db.execute(sql: statement) }
            try db.execute(
                sql: "INSERT INTO mqt_meta(key, value) VALUES ('schema_version', ?)",
                arguments: [String(schemaVersion)])
            return
        }
        var version = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'")
        if version == "1" {
            // Version 1 indexed each new speech through a trigger; the store now does it itself.
            try db.execute(sql: "DROP TRIGGER IF EXISTS speeches_fts_insert")
            try db.execute(sql: "UPDATE mqt_meta SET value = '2' WHERE key = 'schema_version'")
            version = "2"
        }
        if version == "2" {
            try upgradeFromVersion2(db)
            version = "3"
        }
        if version == "3" {
            try upgradeFromVersion3(db)
            version = "4"
        }
        if version == "4" {
            try upgradeFTSDeclaration(db, to: 5)
            version = "5"
        }
        if version == "5" {
            try upgradeFromVersion5(db)
            version = "6"
        }
        if version == "6" {
            try upgradeFromVersion6(db)
            version = "7"
        }
        if version == "7" {
            try upgradeFromVersion7(db)
            version = "8"
        }
        guard version == String(schemaVersion) else {
            throw CoreError.store(
                "schema version \(version ?? "none") is not \(schemaVersion); load the files into a new database")
        }
        try createMissingSpeechIndexes(db)
    }

    /// The other records of a speech stored twice (same id, same date): not searched, kept so that a
    /// speech survives when the transcript of the record that won is replaced.
    static let duplicatesTable = "CREATE TABLE speech_duplicates(\n" + speechTableColumns + ")"

    /// The columns of a stored speech, the same in `speeches` and `speech_duplicates`.
    static let speechTableColumns = """
          id INTEGER PRIMARY KEY,
          speech_id TEXT NOT NULL,
          transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          speaker TEXT NOT NULL,
          speaker_id TEXT,
          party TEXT,
          role TEXT,
          kind TEXT NOT NULL,
          time TEXT,
          colnum TEXT,
          url TEXT,
          heading TEXT,
          subheading TEXT,
          headings TEXT,
          text TEXT NOT NULL,
          words INTEGER NOT NULL,
          sentences INTEGER NOT NULL DEFAULT 0,
          date TEXT NOT NULL,
          section TEXT NOT NULL,
          body TEXT NOT NULL
        """

    /// Version 3 adds `speeches.headings` (filled from `heading` and `subheading`, the levels
    /// version 2 kept) and `speech_duplicates` (empty: version 2 stored duplicates as speeches).
    static func upgradeFromVersion2(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE speeches ADD COLUMN headings TEXT")
        try db.execute(
            sql: """
                UPDATE speeches SET headings = CASE
                  WHEN heading IS NULL THEN NULL
                  WHEN subheading IS NULL THEN json_array(heading)
                  ELSE json_array(heading, subheading) END
                """)
        try db.execute(sql: duplicatesTable)
        try db.execute(sql: "CREATE INDEX speech_duplicates_by_speech_id ON speech_duplicates(speech_id)")
        try db.execute(sql: "UPDATE mqt_meta SET value = '3' WHERE key = 'schema_version'")
    }

    /// Version 4 adds `sentences` to stored and duplicate speeches, counted from their text once.
    static func upgradeFromVersion3(_ db: Database) throws {
        for table in ["speeches", "speech_duplicates"] {
            // An upgrade from version 2 made `speech_duplicates` as it is now, column included.
            if try !db.columns(in: table).contains(where: { $0.name == "sentences" }) {
                try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN sentences INTEGER NOT NULL DEFAULT 0")
            }
        }
        try recountSentences(db)
        try db.execute(sql: "UPDATE mqt_meta SET value = '4' WHERE key = 'schema_version'")
    }

    /// Version 6 splits sentences anew (citations such as `c. 469` and table rows), so every stored
    /// count is made again.
    static func upgradeFromVersion5(_ db: Database) throws {
        try recountSentences(db)
        try db.execute(sql: "UPDATE mqt_meta SET value = '6' WHERE key = 'schema_version'")
    }

    /// Counts the sentences of every stored and duplicate speech with `SentenceSplitter`, through a
    /// SQL function so the text never leaves SQLite as a whole table.
    static func recountSentences(_ db: Database) throws {
        let count = DatabaseFunction("mqt_sentence_count", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(SentenceSplitter.count) ?? 0
        }
        db.add(function: count)
        defer { db.remove(function: count) }
        for table in ["speeches", "speech_duplicates"] {
            try db.execute(sql: "UPDATE \(table) SET sentences = mqt_sentence_count(text)")
        }
    }

    /// Recreates `speech_fts` with the declaration other tools recognise (`ftsTable`) and rebuilds
    /// it from `speeches`. The delete trigger names the table only in its body, so it stays.
    /// Writes `version` as the schema version.
    static func upgradeFTSDeclaration(_ db: Database, to version: Int) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS speech_fts")
        try db.execute(sql: ftsTable)
        try db.execute(sql: "INSERT INTO speech_fts(speech_fts) VALUES('rebuild')")
        try db.execute(sql: "UPDATE mqt_meta SET value = ? WHERE key = 'schema_version'", arguments: [String(version)])
    }

    /// Builds the secondary indexes a load dropped and could not rebuild (the process was killed).
    static func createMissingSpeechIndexes(_ db: Database) throws {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        for index in speechIndexes where !present.contains(index.name) {
            try db.execute(sql: index.sql)
        }
    }

    /// Drops the deferred secondary indexes before a load into an empty store.
    static func dropDeferredSpeechIndexes(_ db: Database) throws {
        for index in speechIndexes where index.deferred {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
    }
}
