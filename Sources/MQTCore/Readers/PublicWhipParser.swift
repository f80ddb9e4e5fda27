import Foundation

/// The "publicwhip" item stream shared by ParlParse (TheyWorkForYou) and OpenAustralia files: a
/// root element whose children are headings and records in document order. Headings are siblings,
/// not containers, so each record takes the headings seen above it (major/oral, then minor).
/// Divisions, `gidredirect`s and `nospeaker="true"` items are not records.
enum PublicWhipParser {
    /// What one file holds.
    struct Document {
        var rootAttributes: [String: String] = [:]
        var speeches: [Speech] = []
        /// `<bill title=...>` at the top of standing-committee and OpenAustralia files.
        var billTitle: String?
        /// The first GID in the file and the first non-empty url, for section and link.
        var firstID: String?
        var firstURL: String?
        /// Bytes of the file read when the document (or a part of it) was handed on.
        var bytesRead = 0
    }

    static let recordKinds: [String: SpeechKind] = [
        "speech": .speech, "ques": .question, "question": .question, "reply": .answer,
    ]
    static let headingLevels: [String: Int] = ["major-heading": 1, "oral-heading": 1, "minor-heading": 2]

    /// Modern ParlParse `type="..."` values that say more than "speech".
    static let typeKinds: [String: SpeechKind] = [
        "Start Question": .question, "Start SupplementaryQuestion": .question, "Start Answer": .answer,
        "Start Intervention": .interjection, "Continuation Intervention": .interjection,
        "Start Statement": .statement,
    ]

    /// Parses a whole file, held in memory, whose root element is `root`.
    static func parse(_ data: Data, path: String, root: String) throws -> Document {
        try parse(path: path, root: root) { body in try XMLStream.parse(data, path: path, body) }
    }

    /// Parses the file at `path`, read by libxml2 a chunk at a time, whose root element is `root`,
    /// and hands its speeches to `part` as they are parsed, about `partBytes` of text at a time:
    /// each part is the document so far with only its own speeches, and the last (`last`, handed
    /// on when the file ends, perhaps with no speeches) has every field final.
    static func parse(
        file path: String, root: String, partBytes: Int, part: (_ document: Document, _ last: Bool) throws -> Void
    ) throws {
        _ = try withoutActuallyEscaping(part) { part in
            try parse(path: path, root: root, partBytes: partBytes, part: part) { body in
                try XMLStream.parse(file: path, body)
            }
        }
    }

    private static func parse(
        path: String, root: String, partBytes: Int = .max, part: ((Document, Bool) throws -> Void)? = nil,
        opening: ((XMLStream) throws -> Document) throws -> Document
    ) throws -> Document {
        try opening { stream in
            var document = Document()
            var headings: [(level: Int, text: String)] = []
            var sawRoot = false
            var partText = 0
            /// Hands the speeches parsed since the last part to `part`, which then holds them alone.
            func handOn(last: Bool) throws {
                guard let part else { return }
                if last { try stream.throwIfRefused() }
                var handed = document
                handed.bytesRead = stream.bytesConsumed
                document.speeches = []
                partText = 0
                try part(handed, last)
            }
            while try stream.next() {
                guard stream.event == .start else { continue }
                if !sawRoot {
                    guard stream.name == root else {
                        throw CoreError.malformed(
                            SourceLocation(file: path, line: stream.line, column: 1),
                            "expected <\(root)> as the root element, found <\(stream.name)>")
                    }
                    sawRoot = true
                    for key in ["scrapeversion", "scraperversion", "latest"] {
                        if let value = stream.attribute(key) { document.rootAttributes[key] = value }
                    }
                    continue
                }
                let name = stream.name
                if let level = headingLevels[name] {
                    noteFirst(stream, in: &document)
                    let text = try stream.elementText()
                    guard !text.isEmpty else { continue }
                    headings.removeAll { $0.level >= level }
                    headings.append((level, text))
                } else if let kind = recordKinds[name] {
                    noteFirst(stream, in: &document)
                    if stream.attribute("nospeaker") == "true" {
                        try stream.skipElement()
                        continue
                    }
                    var speech = try record(stream, kind: kind)
                    speech.headings = headings.map(\.text)
                    partText += speech.paragraphs.reduce(0) { $0 + $1.utf8.count }
                    document.speeches.append(speech)
                    if partText >= partBytes { try handOn(last: false) }
                } else {
                    if name == "bill", document.billTitle == nil {
                        if let title = stream.attribute("title") {
                            document.billTitle = collapse(title)
                            try stream.skipElement()
                        } else {
                            document.billTitle = try stream.elementText()
                        }
                        continue
                    }
                    try stream.skipElement()
                }
            }
            guard sawRoot else {
                throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "no <\(root)> element")
            }
            try handOn(last: true)
            return document
        }
    }

    private static func noteFirst(_ stream: XMLStream, in document: inout Document) {
        if document.firstID == nil { document.firstID = SourceID.from(stream.attribute("id")) }
        if document.firstURL == nil, let url = stream.attribute("url"), !url.isEmpty { document.firstURL = url }
    }

    /// One `<speech>`, `<ques>` or `<reply>`, read through its end tag.
    static func record(_ stream: XMLStream, kind: SpeechKind) throws -> Speech {
        let name = collapse(stream.attribute("speakername") ?? "")
        var speakerID = stream.attribute("person_id") ?? stream.attribute("speakerid")
        if speakerID == "unknown" || speakerID == "" { speakerID = nil }
        var kind = kind
        if let type = stream.attribute("type"), let typed = typeKinds[type] { kind = typed }
        if stream.attribute("talktype") == "interjection" { kind = .interjection }
        let office = stream.attribute("speakeroffice").map(collapse)
        let url = stream.attribute("url")
        var speech = Speech(
            sourceID: SourceID.from(stream.attribute("id")), speaker: name, speakerID: speakerID, party: party(inName: name),
            role: office?.isEmpty == false ? office : nil, kind: kind, time: time(stream.attribute("time")),
            column: stream.attribute("colnum"), url: url?.isEmpty == false ? url : nil, paragraphs: [])
        speech.paragraphs = try stream.elementParagraphs()
        return speech
    }

    /// Scottish Parliament names carry constituency and party: `Elizabeth Smith (Mid Scotland and Fife) (Con)`.
    static func party(inName name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let before = name[..<open].trimmingCharacters(in: .whitespaces)
        guard before.hasSuffix(")") else { return nil }
        let party = name[name.index(after: open)..<name.index(before: name.endIndex)]
        return party.isEmpty || party.count > 12 ? nil : String(party)
    }

    /// `014:30:00` → `14:30:00`, `9:30` → `09:30:00`; `unknown` and "" → nil.
    static func time(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        let parts = raw.split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.count <= 3, let hour = parts[0], let minute = parts[1], hour < 48 else {
            return nil
        }
        let second = parts.count == 3 ? (parts[2] ?? 0) : 0
        // Not String(format:): this runs for every speech, and Foundation's formatting is slow.
        func twoDigits(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
        return "\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))"
    }

    /// Runs of whitespace to one space, trimmed.
    static func collapse(_ text: String) -> String {
        isCollapsed(text) ? text : text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// True when `collapse` would change nothing: ASCII without tabs, newlines, or leading,
    /// trailing or doubled spaces (almost every speaker name and office).
    static func isCollapsed(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }
}
