import MQTCore

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

/// A set of speeches: the whole result of a query (its filters, the set it narrowed, its order),
/// never the page a display shows. Made by `Corpus.select`; read with the other `Corpus` calls.
public struct SpeechSet: Sendable, Equatable {
    /// What the set is, for the store.
    let selection: SpeechSelection
    /// Which page a display shows: how many speeches (0: all) from which position.
    public var page: (limit: Int, offset: Int) = (20, 0)
    /// The page as shown, once the shell has read it for display; nil until then.
    public var display: Table?
    /// The questions with their answers the set stands for, when `qa` made it: it holds their
    /// speeches, and is displayed and exported as pairs.
    public internal(set) var questionPairs: QuestionPairView?

    init(selection: SpeechSelection) {
        self.selection = selection
    }

    /// The order speeches are read in.
    public var order: SearchOrder { selection.order }
    /// The query whose words are the set's hits, as typed; nil when it has no words.
    public var query: String? { selection.hitQuery?.text }

    public static func == (a: SpeechSet, b: SpeechSet) -> Bool {
        a.selection == b.selection && a.page == b.page && a.display == b.display && a.questionPairs == b.questionPairs
    }
}

/// What a command returns; the shell renders it.
public enum Value: Sendable, Equatable {
    case nothing
    case text(String)
    case table(Table)
    case record(Record)
    case speeches(SpeechSet)

    /// The set of speeches, when the value is one.
    public var speechSet: SpeechSet? {
        if case .speeches(let set) = self { return set }
        return nil
    }

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
