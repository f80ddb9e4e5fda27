import Foundation

/// One speech as `export` writes it and the JSON Lines reader reads it back: the speech's fields with
/// its transcript's, so every line stands alone (for jq, pandas, a spreadsheet) and a file of them
/// loads into a new store as the same corpus. Field names are the store's column names.
public struct ExportedSpeech: Sendable, Equatable {
    /// Groups lines into transcripts: lines with the same value come from one transcript.
    public var transcriptID: Int64?
    public var title: String
    public var body: String
    public var section: String
    public var date: String
    public var sourceURL: String?
    public var format: String
    public var versionKey: String?
    public var version: String?
    public var id: String
    public var seq: Int
    public var speaker: String
    public var speakerID: String?
    public var party: String?
    public var role: String?
    public var kind: String
    public var time: String?
    public var column: String?
    public var url: String?
    public var headings: [String]
    /// Paragraphs separated by blank lines.
    public var text: String

    /// Field names in the order they are written (also the CSV/TSV header).
    public static let fields = [
        "transcript_id", "title", "body", "section", "date", "source_url", "format", "version_key", "version",
        "id", "seq", "speaker", "speaker_id", "party", "role", "kind", "time", "column", "url", "headings", "text",
    ]

    public init(
        transcriptID: Int64?, title: String, body: String, section: String, date: String, sourceURL: String?,
        format: String, versionKey: String? = nil, version: String? = nil, id: String, seq: Int, speaker: String,
        speakerID: String?, party: String?, role: String?, kind: String, time: String?, column: String?, url: String?,
        headings: [String], text: String
    ) {
        self.transcriptID = transcriptID
        self.title = title
        self.body = body
        self.section = section
        self.date = date
        self.sourceURL = sourceURL
        self.format = format
        self.versionKey = versionKey
        self.version = version
        self.id = id
        self.seq = seq
        self.speaker = speaker
        self.speakerID = speakerID
        self.party = party
        self.role = role
        self.kind = kind
        self.time = time
        self.column = column
        self.url = url
        self.headings = headings
        self.text = text
    }

    /// Field values as text, in `fields` order (headings joined by ` > `, nil for missing values):
    /// what CSV, TSV and tables show.
    public var values: [String?] {
        [
            transcriptID.map(String.init), title, body, section, date, sourceURL, format, versionKey, version, id,
            String(seq), speaker, speakerID, party, role, kind, time, column, url,
            headings.isEmpty ? nil : headings.joined(separator: " > "), text,
        ]
    }

    /// The speech as one compact JSON object, fields in `fields` order.
    public var jsonLine: String {
        var out = "{"
        for (index, (name, value)) in zip(Self.fields, values).enumerated() {
            if index > 0 { out += ", " }
            out += JSONString.quoted(name) + ": "
            switch name {
            case "transcript_id", "seq": out += value ?? "null"
            case "headings": out += "[" + headings.map(JSONString.quoted).joined(separator: ", ") + "]"
            default: out += value.map(JSONString.quoted) ?? "null"
            }
        }
        return out + "}"
    }


    /// The transcript this line belongs to.
    public var transcript: Transcript {
        Transcript(
            title: title, body: body, section: section, date: date, sourceURL: sourceURL, format: format,
            versionKey: versionKey, version: version)
    }

    /// The speech, paragraphs split at blank lines.
    public var speech: Speech {
        Speech(
            sourceID: SourceID.from(id), speaker: speaker, speakerID: speakerID, party: party, role: role,
            kind: SpeechKind(rawValue: kind) ?? .speech, time: time, column: column, url: url, headings: headings,
            paragraphs: text.components(separatedBy: "\n\n"))
    }
}
