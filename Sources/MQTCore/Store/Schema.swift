import GRDB

/// The store's documented schema. `schemaVersion` is written to `mqt_meta` and checked on open.
public enum Schema {
    /// Bumped whenever a table or column changes meaning.
    public static let schemaVersion = 1

    /// The SQL that creates version `schemaVersion` from nothing: the core tables, then what the
    /// search and member-resolution features add (each in its own file).
    public static var statements: [String] { coreStatements + searchStatements + memberStatements }

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
        """
        CREATE TABLE speeches(
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
          text TEXT NOT NULL,
          words INTEGER NOT NULL,
          date TEXT NOT NULL,
          section TEXT NOT NULL,
          body TEXT NOT NULL)
        """,
        "CREATE INDEX speeches_by_speech_id ON speeches(speech_id)",
        "CREATE INDEX speeches_by_transcript ON speeches(transcript_id, seq)",
        "CREATE INDEX speeches_by_speaker ON speeches(speaker)",
        "CREATE INDEX speeches_by_date ON speeches(date)",
        """
        CREATE VIRTUAL TABLE speech_fts USING fts5(
          text, speaker, party, role,
          content='speeches', content_rowid='id',
          tokenize='unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER speeches_fts_insert AFTER INSERT ON speeches BEGIN
          INSERT INTO speech_fts(rowid, text, speaker, party, role)
          VALUES (new.id, new.text, new.speaker, new.party, new.role);
        END
        """,
        """
        CREATE TRIGGER speeches_fts_delete AFTER DELETE ON speeches BEGIN
          INSERT INTO speech_fts(speech_fts, rowid, text, speaker, party, role)
          VALUES ('delete', old.id, old.text, old.speaker, old.party, old.role);
        END
        """,
    ]

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
        let version = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'")
        guard version == String(schemaVersion) else {
            throw CoreError.store(
                "schema version \(version ?? "none") is not \(schemaVersion); load the files into a new database")
        }
    }
}
