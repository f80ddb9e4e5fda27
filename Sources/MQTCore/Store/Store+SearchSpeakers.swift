import GRDB

extension Store {
    /// Member resolution for `speaker:` filters: when member files are loaded (`loadMembers`) and
    /// the name given is a person's (or one of their aliases), every name and speaker id that
    /// person is known by, so `speaker:"Gordon Brown"` also finds his speeches recorded under
    /// another form of the name or only by id. Names of offices ("The Prime Minister") are left
    /// out, and an office typed as the filter is not resolved: other people held it (the person's
    /// ids cover their speeches under an office). Nothing when no member file knows the name: the
    /// filter then matches the name as written only (its words in sequence within the speaker name).
    func speakerAlternatives(for name: String) throws -> SpeakerAlternatives {
        guard !name.lowercased().hasPrefix("the "), let person = try person(forSpeakerID: nil, name: name) else {
            return SpeakerAlternatives()
        }
        let identity = try identities(ofPerson: person.personID)
        let names = (identity.names + identity.aliases).filter { !$0.lowercased().hasPrefix("the ") }
        return SpeakerAlternatives(names: names, speakerIDs: identity.ids)
    }

    /// The values of every `speaker:` filter in a query tree.
    static func speakerFilters(in node: QueryNode?) -> [String] {
        guard let node else { return [] }
        switch node {
        case .filter(let filter): return filter.field == .speaker ? [filter.value] : []
        case .term, .near: return []
        case .and(let nodes), .or(let nodes): return nodes.flatMap { speakerFilters(in: $0) }
        case .not(let inner): return speakerFilters(in: inner)
        }
    }
}
