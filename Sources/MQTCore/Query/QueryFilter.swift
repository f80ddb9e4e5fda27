/// A `field:value` restriction on speeches, e.g. `speaker:"Sadiq Khan"` or `date:2021..2022-06`.
public struct QueryFilter: Equatable, Sendable {
    /// The fields a query may filter on.
    public enum Field: String, CaseIterable, Sendable {
        case speaker, party, role, section, body, kind, date

        /// An example value, for messages.
        var sample: String {
            switch self {
            case .speaker: return "speaker:\"Sadiq Khan\""
            case .party: return "party:Labour"
            case .role: return "role:Mayor"
            case .section: return "section:lmqs"
            case .body: return "body:\"House of Lords\""
            case .kind: return "kind:question"
            case .date: return "date:2021-11-29"
            }
        }

        /// Fields matched as words within the value as written (speaker, party, role); the index
        /// holds them as columns of `speech_fts`.
        public var isIndexedText: Bool { self == .speaker || self == .party || self == .role }
    }

    public var field: Field
    /// The value without quotes.
    public var value: String
    /// For `date:`, the inclusive range of ISO dates (bounds may be partial: `2021`, `2021-06`).
    public var dates: DateRange?
    /// Character offsets in the query.
    public var span: Range<Int>

    public init(_ field: Field, _ value: String, dates: DateRange? = nil, span: Range<Int>) {
        self.field = field
        self.value = value
        self.dates = dates
        self.span = span
    }
}
