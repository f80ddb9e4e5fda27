/// What a member file holds: people (one per human being), the ids transcripts use for them (a
/// term, a seat, an office: `uk.org.publicwhip/member/1891`, `.../lord/100001`, an Oireachtas member
/// code) and alternative name forms.
public struct MemberRecords: Sendable, Equatable {
    /// One person: `uk.org.publicwhip/person/10001`, Diane Abbott.
    public struct Person: Sendable, Equatable {
        public var id: String
        public var name: String
    }

    /// One id a transcript may give as speaker id, with what is known of that term or office.
    public struct Term: Sendable, Equatable {
        public var id: String
        public var personID: String?
        public var house: String?
        public var name: String?
        public var party: String?
        public var constituency: String?
        public var role: String?
        public var from: String?
        public var to: String?
    }

    /// `<alias fullname="Ian McCartney" alternate="Minister without Portfolio" from=... to=.../>`:
    /// `kind` is `fullname`, `lastname` or `constituency`, the attribute that held `name`.
    public struct Alias: Sendable, Equatable {
        public var name: String
        public var alias: String
        public var kind: String
        public var from: String?
        public var to: String?
    }

    public var people: [Person] = []
    public var terms: [Term] = []
    public var aliases: [Alias] = []

    public init() {}

    public var isEmpty: Bool { people.isEmpty && terms.isEmpty && aliases.isEmpty }
}
