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

    /// True when the store could be opened only for reading (a read-only file or folder): queries
    /// work, `load` is refused (`CoreError.readOnlyStore`).
    public let isReadOnly: Bool
    /// What SQLite was given to open: `path`, or its immutable URI in a read-only folder.
    let connectionPath: String?

    /// Seconds a write waits for another process's write transaction (a load commits every few
    /// megabytes) before `CoreError.storeBusy`, unless `init` is given another. Reads never wait
    /// for writes (WAL).
    public static let defaultBusyTimeout: TimeInterval = 30
    /// This store's wait for another process's write (`defaultBusyTimeout` unless given).
    public let busyTimeout: TimeInterval

    /// Opens (creating when missing) the database at `path`, or an in-memory one when nil. A file
    /// this process may not write, or one in a folder it may not write, is opened read-only (in a
    /// read-only folder as immutable: SQLite could not make its `-shm` file there). A SQLite file
    /// with tables but no `mqt_meta` belongs to another application and is refused untouched.
    /// Opening writes only when something needs it: a new store, an upgrade, a missing index.
    public init(path: String? = nil, busyTimeout: TimeInterval = Store.defaultBusyTimeout) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let interrupts = StatementInterrupts()
        self.interrupts = interrupts
        let access = path.map(StoreAccess.init(path:)) ?? .readWrite
        isReadOnly = access != .readWrite
        connectionPath = path.map { access == .readOnlyFolder ? StoreAccess.immutableURI($0) : $0 }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.readonly = isReadOnly
        config.prepareDatabase { db in
            // 16 KiB pages load and index text faster than 4 KiB (a no-op once a file has content).
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA page_size = 16384") }
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            interrupts.install(on: db)
        }
        do {
            if let path {
                queue = try DatabaseQueue(path: connectionPath ?? path, configuration: config)
                let tables = try queue.read { db in
                    try String.fetchAll(
                        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                }
                if !tables.isEmpty && !tables.contains("mqt_meta") { throw CoreError.notAStore(path, tables: tables) }
                if !isReadOnly, try queue.read({ db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }) != "wal" {
                    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                }
            } else {
                queue = try DatabaseQueue(configuration: config)
            }
            try Schema.open(queue, readOnly: isReadOnly, path: path ?? ":memory:", busyTimeout: busyTimeout)
        } catch let error as CoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A SQLite error as the user sees it: a lock held too long by another writer says so.
    func storeError(_ error: DatabaseError) -> CoreError {
        Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }

    static func storeError(_ error: DatabaseError, path: String?, busyTimeout: TimeInterval) -> CoreError {
        if error.resultCode == .SQLITE_BUSY { return .storeBusy(path ?? ":memory:", seconds: Int(busyTimeout)) }
        return .store("\(path ?? ":memory:"): \(error.message ?? error.description)")
    }

    /// Throws `CoreError.readOnlyStore` when the store was opened read-only; `action` says what
    /// was refused (`load`).
    public func checkWritable(_ action: String) throws {
        if isReadOnly { throw CoreError.readOnlyStore(path ?? ":memory:", action: action) }
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
