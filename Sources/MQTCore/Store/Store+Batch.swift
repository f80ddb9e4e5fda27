import GRDB

/// Speeches stored but not yet in `speech_fts`. The store indexes them with one
/// `INSERT ... SELECT` per batch instead of a trigger per row: SQLite 3.40's FTS5 writes its
/// pending terms out as a new index segment at every statement savepoint, so indexing row by row
/// (or statement by statement) cuts the index into a segment per statement and spends the load
/// merging them. One statement per batch of files writes a few large segments instead.
struct FTSBacklog {
    /// Every speech with an id up to this one is in the index.
    private(set) var indexedThrough: Int64

    init(_ db: Database) throws {
        indexedThrough = try Self.lastID(db)
    }

    /// Indexes every speech stored since the last call.
    mutating func index(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO speech_fts(rowid, text, speaker, party, role)
                SELECT id, text, speaker, party, role FROM speeches WHERE id > ?
                """,
            arguments: [indexedThrough])
        indexedThrough = try Self.lastID(db)
    }

    /// After a delete: new rows may reuse the ids of the deleted ones.
    mutating func rebase(_ db: Database) throws {
        indexedThrough = try Self.lastID(db)
    }

    static func lastID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM speeches") ?? 0
    }
}

/// Several files stored in one transaction (`Store.inBatch`). Each file still goes in whole or
/// not at all: a batch that fails is rolled back whole, and the loader then stores its files one
/// per transaction, so only the file at fault is left out.
public struct StoreBatch {
    let db: Database
    var backlog: FTSBacklog
    /// The load's own speech ids, when it runs without the speech-id index.
    let ids: LoadedSpeechIDs?

    /// Stores one transcript (see `Store.add`).
    public mutating func add(_ prepared: PreparedTranscript) throws -> AddOutcome {
        try Self.naming(prepared.sourceFile) { try Store.insert(prepared, into: db, backlog: &backlog, ids: ids) }
    }

    /// Stores one transcript that comes in parts (a large file, `ReadAhead.Outcome.part`): `next`
    /// gives each part in order, `last` on the final one, and throws when the file fails part
    /// way; the batch then rolls back, so the file goes in whole or not at all. Every part is
    /// taken, even of a transcript stored already.
    public mutating func add(inParts next: () throws -> (part: PreparedTranscript, last: Bool)) throws -> AddOutcome {
        var (part, last) = try next()
        return try Self.naming(part.sourceFile) {
            switch try Store.admit(part, into: db, backlog: &backlog, ids: ids) {
            case .refused(let outcome):
                while !last { (part, last) = try next() }
                return outcome
            case .admitted(let replaced):
                var insertion = TranscriptInsertion(replaced: replaced)
                while true {
                    try Store.insertPart(part, of: &insertion, more: !last, into: db, backlog: &backlog, ids: ids)
                    if last { return try Store.finish(&insertion, last: part, in: db) }
                    (part, last) = try next()
                }
            }
        }
    }

    /// A database error other than a full disk or a busy store, as an error naming the file.
    private static func naming<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode != .SQLITE_FULL && error.resultCode != .SQLITE_BUSY {
            throw CoreError.store("\(file): \(error.message ?? error.description)")
        }
    }
}

extension Store {
    /// Runs `body` in one write transaction, then indexes what it stored; rolls everything back
    /// when `body` or the indexing throws. `ids`: the load's own speech ids (see `LoadedSpeechIDs`).
    public func inBatch<T>(ids: LoadedSpeechIDs? = nil, _ body: (inout StoreBatch) throws -> T) throws -> T {
        do {
            let result = try queue.write { db in
                var batch = StoreBatch(db: db, backlog: try FTSBacklog(db), ids: ids)
                let result = try body(&batch)
                try batch.backlog.index(db)
                return result
            }
            ids?.commit()
            return result
        } catch let error as DatabaseError {
            ids?.rollBack()
            if error.resultCode == .SQLITE_FULL { throw StoreFull() }
            if error.resultCode == .SQLITE_BUSY { throw storeError(error) }
            throw CoreError.store(error.message ?? error.description)
        } catch {
            ids?.rollBack()
            throw error
        }
    }
}

/// The disk, or the store's page limit (`PRAGMA max_page_count`), filled during a transaction,
/// which SQLite rolled back. The loader names the file and stops (`CoreError.storeFull`).
public struct StoreFull: Error, Sendable, CustomStringConvertible {
    public var description: String { "database or disk is full" }
}
