/// Other names under which the person a `speaker:` filter names is recorded.
public struct SpeakerAlternatives: Equatable, Sendable {
    /// Names as written in the corpus (matched as words within the speaker name).
    public var names: [String]
    /// Source speaker or person ids (matched exactly against `speeches.speaker_id`).
    public var speakerIDs: [String]
    public init(names: [String] = [], speakerIDs: [String] = []) {
        self.names = names
        self.speakerIDs = speakerIDs
    }
}

/// What compiling a query needs to know about the corpus. `Store` provides one
/// (`StoreQueryResolver`); tests can provide their own.
public protocol QueryResolver {
    /// The distinct bodies of the stored transcripts ("London Assembly", "House of Lords", ...).
    func bodies() throws -> [String]
    /// The distinct section short names (lmqs, debates, wrans, ...).
    func sections() throws -> [String]
    /// Words of the corpus vocabulary (folded) sharing the Porter stem of `word` (folded).
    func stemVariants(of word: String) throws -> [String]
    /// Aliases of the person named by a `speaker:` filter (member resolution); empty when unknown.
    func speakerAlternatives(for name: String) throws -> SpeakerAlternatives
}
