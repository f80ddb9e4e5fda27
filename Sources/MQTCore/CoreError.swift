import Foundation

/// A position in a source file, for messages of the form `FILE:LINE:COL: problem`.
public struct SourceLocation: Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
    /// `file:line:col`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// Every error MQTCore raises; the messages users see live here and nowhere else.
public enum CoreError: Error, Equatable, CustomStringConvertible {
    case fileNotFound(String)
    case unreadable(String, reason: String)
    case unrecognisedFormat(String)
    case malformed(SourceLocation, String)
    case noSpeeches(String)
    case store(String)
    case unknownSpeech(String)
    /// SQL that SQLite refused (`Store.runSQL`), with SQLite's message.
    case sql(String)
    /// SQL that tried to write through the read-only `sql` connection, with SQLite's message.
    case sqlReadOnly(String)
    /// `--db`/`open` of a SQLite file another application made: its tables, none of them mqt's.
    case notAStore(String, tables: [String])
    /// A write (`load`, `load --members`) into a store mqt could open only for reading.
    case readOnlyStore(String, action: String)
    /// Another process kept the store locked for writing longer than the store waits (seconds).
    case storeBusy(String, seconds: Int)
    /// The disk (or the store's size limit) filled while loading FILE; the summary says what the
    /// load stored before it.
    case storeFull(file: String, stored: String)
    /// SQL that tried to ATTACH another database to the `sql` connection.
    case sqlAttach

    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .unrecognisedFormat(let path): return "\(path): not a transcript in any format mqt reads"
        case .malformed(let location, let problem): return "\(location.description): \(problem)"
        case .noSpeeches(let path): return "\(path): no speeches found"
        case .store(let message): return "database: \(message)"
        case .unknownSpeech(let id): return "no speech with id '\(id)'"
        case .sql(let message): return "sql: \(message)"
        case .sqlReadOnly(let message): return "sql is read-only: \(message)"
        case .notAStore(let path, let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", ..." : "")
            return "\(path) is not an mqt store (it holds other tables: \(shown)); it was left untouched"
        case .readOnlyStore(let path, let action): return "\(path) is read-only: cannot \(action)"
        case .storeBusy(let path, let seconds):
            return "\(path) is busy: another process has been writing to it for \(seconds) s (a load?); try again when it is done"
        case .storeFull(let file, let stored):
            return "\(file): disk full: nothing of this file was stored, the load stopped here (\(stored)); free space and load again"
        case .sqlAttach: return "sql reads this store only: ATTACH is refused"
        }
    }
}
