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
        case .sqlAttach: return "sql reads this store only: ATTACH is refused"
        }
    }
}
