@_exported import GRDB
import Foundation

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

    /// Stores one parsed file in a single transaction: it goes in whole or not at all.
    public func add(_ parsed: ParsedTranscript, sourceFile: String, contentHash: String) throws -> AddOutcome {
        try queue.write { db in
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM transcripts WHERE content_hash = ?", arguments: [contentHash]) == true
            {
                return .unchanged
            }
            var replaced = false
            let t = parsed.transcript
            if let key = t.versionKey {
                let stored = try Row.fetchAll(
                    db, sql: "SELECT id, version FROM transcripts WHERE version_key = ?", arguments: [key])
                for row in stored {
                    let version: String = row["version"] ?? ""
                    if Self.isNewer(version, than: t.version ?? "") || version == (t.version ?? "") {
                        return .superseded
                    }
                }
                for row in stored {
                    let id: Int64 = row["id"]
                    try db.execute(sql: "DELETE FROM transcripts WHERE id = ?", arguments: [id])
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
                    t.title, t.body, t.section, t.date, sourceFile, t.sourceURL, t.format, t.versionKey,
                    t.version, contentHash,
                ])
            let transcriptID = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO speeches(speech_id, transcript_id, seq, speaker, speaker_id, party, role, kind,
                      time, colnum, url, heading, subheading, text, words, date, section, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let fallbackStem = Self.fallbackIDStem(t)
            for (index, speech) in parsed.speeches.enumerated() {
                let seq = index + 1
                let text = speech.text
                let heading = speech.headings.first
                let subheading = speech.headings.count > 1 ? speech.headings.last : nil
                let values: [(any DatabaseValueConvertible)?] = [
                    speech.sourceID ?? "\(fallbackStem).\(seq)", transcriptID, seq, speech.speaker,
                    speech.speakerID, speech.party, speech.role, speech.kind.rawValue, speech.time,
                    speech.column, speech.url, heading, subheading, text, Tokenizer.wordCount(text),
                    t.date, t.section, t.body,
                ]
                try insert.execute(arguments: StatementArguments(values))
            }
            return replaced ? .replaced(speeches: parsed.speeches.count) : .added(speeches: parsed.speeches.count)
        }
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
