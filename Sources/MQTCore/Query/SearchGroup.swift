/// What `count --by` groups matching speeches by.
public enum SearchGroup: String, CaseIterable, Sendable {
    case speaker, party, role, section, body, kind, transcript, date, month, year

    /// The SQL expression (over `speeches s`) whose value names the group.
    var key: String {
        switch self {
        case .speaker: return "s.speaker"
        case .party: return "s.party"
        case .role: return "s.role"
        case .section: return "s.section"
        case .body: return "s.body"
        case .kind: return "s.kind"
        case .transcript: return "s.transcript_id"
        case .date: return "s.date"
        case .month: return "substr(s.date, 1, 7)"
        case .year: return "substr(s.date, 1, 4)"
        }
    }
}
