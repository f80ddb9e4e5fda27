/// What `count --by`, `stats --by` and every other grouping command group speeches by: one
/// definition of each group for all of them.
public enum SearchGroup: String, CaseIterable, Sendable {
    case speaker, party, role, section, body, kind, transcript, date, month, year

    /// Whether the group is a period (shown in date order rather than by size).
    public var isTime: Bool { self == .date || self == .month || self == .year }

    /// The SQL naming a group from its key column `key`: a transcript is one sitting, named by its
    /// date and title (two days that share a title stay two groups).
    func label(of key: String) -> String {
        self == .transcript ? "(SELECT t.date || ' ' || t.title FROM transcripts t WHERE t.id = \(key))" : key
    }

    /// The SQL expression (over `speeches s`) whose value names the group.
    public var key: String {
        switch self {
        case .speaker: return "s.speaker"
        case .party: return Self.partyKey
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

    /// The party as the transcript wrote it; failing that, from member files (`load --members`):
    /// the party of the speaker's member id, else of the person's term that covers the speech's
    /// date. ParlParse debates name no party, so without this `count --by party` is all "(none)".
    static let partyKey = """
        coalesce(nullif(s.party, ''),
          (SELECT m.party FROM member_ids m WHERE m.id = s.speaker_id AND m.party <> ''),
          (SELECT m.party FROM member_ids m
            WHERE m.person_id = coalesce((SELECT i.person_id FROM member_ids i WHERE i.id = s.speaker_id), s.speaker_id)
              AND m.party <> '' AND coalesce(m.from_date, '') <= s.date AND coalesce(m.to_date, '9999-12-31') >= s.date
            ORDER BY m.from_date DESC LIMIT 1))
        """
}
