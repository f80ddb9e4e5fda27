/// The kinds of value that flow between commands in a pipeline.
public enum ValueKind: String, Sendable, CaseIterable {
    case nothing, text, table, record, speeches

    /// How the kind is named in messages.
    public var noun: String {
        switch self {
        case .nothing: return "no input"
        case .text: return "text"
        case .table: return "a table"
        case .record: return "a record"
        case .speeches: return "a set of speeches"
        }
    }
}

/// A set of speeches (e.g. search hits): row ids in order, with a table that shows them.
public struct SpeechSet: Sendable, Equatable {
    /// Store row ids, in result order.
    public var rowIDs: [Int64]
    /// How the set is displayed; one row per speech, in the same order.
    public var display: Table
    /// The query that made the set, if any (used to mark matches downstream).
    public var query: String?
    public init(rowIDs: [Int64], display: Table, query: String? = nil) {
        self.rowIDs = rowIDs
        self.display = display
        self.query = query
    }
}

/// What a command returns; the shell renders it.
public enum Value: Sendable, Equatable {
    case nothing
    case text(String)
    case table(Table)
    case record(Record)
    case speeches(SpeechSet)

    /// The kind, for pipeline checks.
    public var kind: ValueKind {
        switch self {
        case .nothing: return .nothing
        case .text: return .text
        case .table: return .table
        case .record: return .record
        case .speeches: return .speeches
        }
    }
}
