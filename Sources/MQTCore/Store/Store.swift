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
    /// Stops a running statement when the user presses Ctrl-C (see `withoutInterrupts`).
    let interrupts: StatementInterrupts

    /// Opens (creating when missing) the database at `path`, or an in-memory one when nil.
    public init(path: String? = nil) throws {
        self.path = path
        let interrupts = StatementInterrupts()
        self.interrupts = interrupts
        var config = Configuration()
        config.prepareDatabase { db in
            // 16 KiB pages load and index text faster than 4 KiB (a no-op once a file has content).
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            interrupts.install(on: db)
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
        // Cached statements throughout: this runs once per transcript of a load.
        let known = try db.cachedStatement(sql: "SELECT 1 FROM transcripts WHERE content_hash = ?")
        if try Bool.fetchOne(known, arguments: [prepared.contentHash]) == true {
            return .unchanged
        }
        var replaced = false
        let t = prepared.parsed.transcript
        if let key = t.versionKey {
            let versions = try db.cachedStatement(sql: "SELECT id, version FROM transcripts WHERE version_key = ?")
            let stored = try Row.fetchAll(versions, arguments: [key])
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
        let insertTranscript = try db.cachedStatement(
            sql: """
                INSERT INTO transcripts(title, body, section, date, source_file, source_url, format,
                  version_key, version, content_hash, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))
                """)
        try insertTranscript.execute(arguments: [
            t.title, t.body, t.section, t.date, prepared.sourceFile, t.sourceURL, t.format, t.versionKey,
            t.version, prepared.contentHash,
        ])
        let transcriptID = db.lastInsertedRowID
        let speeches = prepared.parsed.speeches
        let fallbackStem = Self.fallbackIDStem(t)
        let chunk = RowBinder.largestChunk(db)
        var first = 0
        while first < speeches.count {
            let count = RowBinder.rows(forRemaining: speeches.count - first, largest: chunk)
            let statement = try db.cachedStatement(sql: RowBinder.insertSQL(rows: count))
            var binder = RowBinder(statement: statement.sqliteStatement, connection: db.sqliteConnection)
            for index in first..<(first + count) {
                let speech = speeches[index]
                let seq = index + 1
                binder.text(speech.sourceID ?? "\(fallbackStem).\(seq)")
                binder.integer(transcriptID)
                binder.integer(Int64(seq))
                binder.text(speech.speaker)
                binder.optional(speech.speakerID)
                binder.optional(speech.party)
                binder.optional(speech.role)
                binder.text(speech.kind.rawValue)
                binder.optional(speech.time)
                binder.optional(speech.column)
                binder.optional(speech.url)
                binder.optional(speech.headings.first)
                binder.optional(speech.headings.count > 1 ? speech.headings.last : nil)
                binder.text(prepared.texts[index])
                binder.integer(Int64(prepared.words[index]))
                binder.text(t.date)
                binder.text(t.section)
                binder.text(t.body)
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
