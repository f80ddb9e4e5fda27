@_exported import GRDB
import Foundation
import GRDBSQLite

/// What happened to one file handed to `Store.add`.
public enum AddOutcome: Sendable, Equatable {
    /// Stored as new, with this many speeches.
    case added(speeches: Int)
    /// Stored, replacing an older version of the same day.
    case replaced(speeches: Int)
    /// Identical content is already stored.
    case unchanged
    /// A newer version of the same day is already stored; nothing changed.
    case superseded

    /// Speeches this outcome stored.
    public var speechCount: Int {
        switch self {
        case .added(let count), .replaced(let count): return count
        case .unchanged, .superseded: return 0
        }
    }
}

/// The corpus database: one SQLite file (or memory) with an FTS5 index over speech text.
public final class Store: @unchecked Sendable {
    /// The GRDB connection; plugins may run their own SQL through `read`.
    public let queue: DatabaseQueue
    /// File path, or nil for an in-memory store.
    public let path: String?

    /// Opens (creating when missing) the database at `path`, or an in-memory one when nil.
    public init(path: String? = nil) throws {
        self.path = path
        var config = Configuration()
        config.prepareDatabase { db in
            // 16 KiB pages load and index text faster than 4 KiB (a no-op once a file has content).
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            if let path {
                queue = try DatabaseQueue(path: path, configuration: config)
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            } else {
                queue = try DatabaseQueue(configuration: config)
            }
            try queue.write { db in try Schema.prepare(db) }
        } catch let error as CoreError {
            throw error
        } catch let error as DatabaseError {
            throw CoreError.store("\(path ?? ":memory:"): \(error.message ?? error.description)")
        }
    }

    /// Runs read-only SQL.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.read(body)
    }

    /// True when no speech is stored.
    public func isEmpty() throws -> Bool {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM speeches)") == 0 }
    }

    /// Stores one parsed file in a single transaction: it goes in whole or not at all.
    public func add(_ parsed: ParsedTranscript, sourceFile: String, contentHash: String) throws -> AddOutcome {
        try add(PreparedTranscript(parsed, sourceFile: sourceFile, contentHash: contentHash))
    }

    /// Stores one prepared transcript in a single transaction. Same content already stored:
    /// `.unchanged`; the same or a newer version of its day stored: `.superseded`; an older version
    /// stored: replaced.
    public func add(_ prepared: PreparedTranscript) throws -> AddOutcome {
        try inBatch { batch in try batch.add(prepared) }
    }

    /// Inserts one transcript's rows; `backlog` indexes them in `speech_fts` later, in bulk.
    static func insert(_ prepared: PreparedTranscript, into db: Database, backlog: inout FTSBacklog) throws
        -> AddOutcome
    {
        if try Bool.fetchOne(
            db, sql: "SELECT 1 FROM transcripts WHERE content_hash = ?", arguments: [prepared.contentHash]) == true
        {
            return .unchanged
        }
        var replaced = false
        let t = prepared.parsed.transcript
        if let key = t.versionKey {
            let stored = try Row.fetchAll(
                db, sql: "SELECT id, version FROM transcripts WHERE version_key = ?", arguments: [key])
            for row in stored {
                let version: String = row["version"] ?? ""
                if Self.isNewer(version, than: t.version ?? "") || version == (t.version ?? "") {
                    return .superseded
                }
            }
            if !stored.isEmpty {
                // The delete trigger takes the old rows out of the index: they must be in it first.
                try backlog.index(db)
                for row in stored {
                    let id: Int64 = row["id"]
                    try db.execute(sql: "DELETE FROM transcripts WHERE id = ?", arguments: [id])
                }
                try backlog.rebase(db)
                replaced = true
            }
        }
        try db.execute(
            sql: """
                INSERT INTO transcripts(title, body, section, date, source_file, source_url, format,
                  version_key, version, content_hash, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))
                """,
            arguments: [
                t.title, t.body, t.section, t.date, prepared.sourceFile, t.sourceURL, t.format, t.versionKey,
                t.version, prepared.contentHash,
            ])
        let transcriptID = db.lastInsertedRowID
        // One statement per run of up to `chunk` rows: fewer statements to step and bind.
        let speeches = prepared.parsed.speeches
        let fallbackStem = Self.fallbackIDStem(t)
        let variables = Int(sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_VARIABLE_NUMBER, -1))
        let chunk = max(1, min(Self.insertChunk, variables / RowBinder.columns))
        var first = 0
        while first < speeches.count {
            let count = min(chunk, speeches.count - first)
            let sql = RowBinder.insertSQL(rows: count)
            let statement = count == chunk ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
            var binder = RowBinder(statement: statement.sqliteStatement, connection: db.sqliteConnection)
            for index in first..<(first + count) {
                let speech = speeches[index]
                let seq = index + 1
                let subheading = speech.headings.count > 1 ? speech.headings.last : nil
                binder.bind([
                    .text(speech.sourceID ?? "\(fallbackStem).\(seq)"), .integer(transcriptID), .integer(Int64(seq)),
                    .text(speech.speaker), .optional(speech.speakerID), .optional(speech.party),
                    .optional(speech.role), .text(speech.kind.rawValue), .optional(speech.time),
                    .optional(speech.column), .optional(speech.url), .optional(speech.headings.first),
                    .optional(subheading), .text(prepared.texts[index]), .integer(Int64(prepared.words[index])),
                    .text(t.date), .text(t.section), .text(t.body),
                ])
            }
            try binder.step()
            first += count
        }
        let count = prepared.parsed.speeches.count
        return replaced ? .replaced(speeches: count) : .added(speeches: count)
    }

    /// Version labels compare by length, then alphabetically (`b` after `a`, `aa` after `z`).
    static func isNewer(_ a: String, than b: String) -> Bool {
        a.count != b.count ? a.count > b.count : a > b
    }

    /// `2021-11-29-prevent-in-london`: the id stem for speeches whose source gives none.
    static func fallbackIDStem(_ t: Transcript) -> String {
        var slug = ""
        for scalar in Tokenizer.fold(t.title).unicodeScalars {
            if Tokenizer.isWordScalar(scalar) && scalar.isASCII {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        let short = String(slug.prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return short.isEmpty ? t.date : "\(t.date)-\(short)"
    }
}

extension Store {
    /// Rows per INSERT statement in the bulk path.
    static let insertChunk = 512

    /// Binds rows straight to a prepared multi-row SQLite INSERT and steps it: the bulk-load
    /// path, without building GRDB argument values for every speech.
    struct RowBinder {
        enum Value {
            case text(String)
            case integer(Int64)
            case optional(String?)
        }

        static let columns = 18
        static let insertColumns = """
            speech_id, transcript_id, seq, speaker, speaker_id, party, role, kind, time, colnum, url, heading,
            subheading, text, words, date, section, body
            """

        /// `INSERT INTO speeches(...) VALUES (?, ...), (?, ...)` for `rows` rows.
        static func insertSQL(rows: Int) -> String {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
            return "INSERT INTO speeches(\(insertColumns)) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ",")
        }

        /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
        static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

        let statement: SQLiteStatement
        let connection: SQLiteConnection?
        private var next: Int32 = 1

        init(statement: SQLiteStatement, connection: SQLiteConnection?) {
            self.statement = statement
            self.connection = connection
            sqlite3_reset(statement)
        }

        /// Binds the next row's values.
        mutating func bind(_ values: [Value]) {
            for value in values {
                switch value {
                case .integer(let number):
                    sqlite3_bind_int64(statement, next, number)
                case .text(var text), .optional(.some(var text)):
                    text.withUTF8 { bytes in
                        _ = sqlite3_bind_text(
                            statement, next, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                            Int32(bytes.count), Self.transient)
                    }
                case .optional(.none):
                    sqlite3_bind_null(statement, next)
                }
                next += 1
            }
        }

        /// Runs the statement once all rows are bound.
        func step() throws {
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE else {
                let message = connection.map { String(cString: sqlite3_errmsg($0)) }
                sqlite3_reset(statement)
                throw DatabaseError(resultCode: ResultCode(rawValue: status), message: message)
            }
            sqlite3_reset(statement)
        }
    }
}
