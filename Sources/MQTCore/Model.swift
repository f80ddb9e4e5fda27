import Foundation

/// One sitting or document: a debate day, a question session, a written-answers batch.
public struct Transcript: Sendable, Equatable, Codable {
    /// Title as published (e.g. "Prevent in London").
    public var title: String
    /// The body that sat (e.g. "London Assembly", "House of Commons").
    public var body: String
    /// TheyWorkForYou short section name (debates, lords, whall, wrans, wms, lmqs, ...).
    public var section: String
    /// Sitting date as YYYY-MM-DD.
    public var date: String
    /// Where the source says the record lives online, if it says.
    public var sourceURL: String?
    /// Reader that produced it (e.g. "twfy-text", "parlparse").
    public var format: String
    /// Key shared by every version of the same day/document (for "newest version wins"); nil when unversioned.
    public var versionKey: String?
    /// Version label within `versionKey` (later labels sort higher, e.g. "a" < "b").
    public var version: String?

    public init(
        title: String, body: String, section: String, date: String, sourceURL: String? = nil,
        format: String, versionKey: String? = nil, version: String? = nil
    ) {
        self.title = title
        self.body = body
        self.section = section
        self.date = date
        self.sourceURL = sourceURL
        self.format = format
        self.versionKey = versionKey
        self.version = version
    }
}

/// What a record in a transcript is.
public enum SpeechKind: String, Sendable, Codable, CaseIterable {
    case speech, question, answer, statement, interjection
}

/// One contribution by one speaker, paragraphs kept (separated by a blank line).
public struct Speech: Sendable, Equatable, Codable {
    /// The source's own id (a ParlParse gid, an AKN eId); nil when the source has none.
    public var sourceID: String?
    /// Speaker name as written in the source.
    public var speaker: String
    /// The source's speaker or person id, where it has one.
    public var speakerID: String?
    /// Party as written, where known.
    public var party: String?
    /// Role or office as written (e.g. "Mayor of London"), where known.
    public var role: String?
    public var kind: SpeechKind
    public var time: String?
    public var column: String?
    public var url: String?
    /// Nearest headings above the speech, outermost first.
    public var headings: [String]
    /// Paragraphs of text.
    public var paragraphs: [String]

    public init(
        sourceID: String? = nil, speaker: String, speakerID: String? = nil, party: String? = nil,
        role: String? = nil, kind: SpeechKind = .speech, time: String? = nil, column: String? = nil,
        url: String? = nil, headings: [String] = [], paragraphs: [String]
    ) {
        self.sourceID = sourceID
        self.speaker = speaker
        self.speakerID = speakerID
        self.party = party
        self.role = role
        self.kind = kind
        self.time = time
        self.column = column
        self.url = url
        self.headings = headings
        self.paragraphs = paragraphs
    }

    /// The text with paragraphs separated by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// A transcript with its speeches, as one reader produced it from one file.
public struct ParsedTranscript: Sendable, Equatable {
    public var transcript: Transcript
    public var speeches: [Speech]
    /// What the reader left out of the file and why (rows of another shape, ...), for the user.
    public var notes: [String]
    /// Each speech's sequence number when the source gives them (a JSON Lines export keeps the gap a
    /// speech stored once from another source left); nil: 1, 2, 3, ...
    public var seqs: [Int]?
    public init(transcript: Transcript, speeches: [Speech], notes: [String] = [], seqs: [Int]? = nil) {
        self.transcript = transcript
        self.speeches = speeches
        self.notes = notes
        self.seqs = seqs
    }
}
