import Foundation

/// Gathers consecutive CSV/TSV rows of one transcript (`DelimitedSpeechReader`) and makes the
/// transcript when a row of another one comes, or the file ends.
struct DelimitedTranscriptBuilder {
    /// Field → column index (`SpeechColumns.resolve`).
    let columns: [String: Int]
    let path: String
    /// `csv` or `tsv`, for rows with no format column.
    let defaultFormat: String
    /// The file's name without its extension: the title of rows without one.
    let fileTitle: String
    /// Rows left out, waiting for the next transcript made.
    var notes: [String] = []

    private var key: String?
    private var transcript: Transcript?
    private var speeches: [Speech] = []
    private var seqs: [Int?] = []
    /// The rows' fields, for the content hash; their size, for grouping.
    private var hashed = Data()

    init(columns: [String: Int], path: String, defaultFormat: String) {
        self.columns = columns
        self.path = path
        self.defaultFormat = defaultFormat
        fileTitle = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// A field's value, nil when the row has no such column or the cell is blank.
    func value(_ field: String, in row: [String]) -> String? {
        guard let index = columns[field], index < row.count else { return nil }
        let text = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Adds a row; returns the previous transcript when this row starts another.
    mutating func add(_ row: [String], line: Int) -> (transcript: ParsedTranscript, hash: String, bytes: Int)? {
        let location = "\(path):\(line)"
        guard let rawText = value("text", in: row) else {
            notes.append("\(location): no text; row left out")
            return nil
        }
        // Sources leave some speakers unnamed (a division, a procedural line): kept, as the store does.
        let speaker = value("speaker", in: row) ?? ""
        guard let date = value("date", in: row).flatMap(Self.isoDate) else {
            notes.append("\(location): date '\(value("date", in: row) ?? "")' is not YYYY-MM-DD; row left out")
            return nil
        }
        let section = value("section", in: row) ?? "transcript"
        let rowTranscript = Transcript(
            title: value("title", in: row) ?? fileTitle,
            body: value("body", in: row) ?? SectionCode.named(section)?.body ?? "",
            section: section, date: date, sourceURL: value("source_url", in: row),
            format: value("format", in: row) ?? defaultFormat,
            versionKey: value("version_key", in: row), version: value("version", in: row))
        let rowKey = value("transcript_id", in: row).map { "#" + $0 }
            ?? [rowTranscript.title, rowTranscript.body, section, date, rowTranscript.sourceURL ?? "", rowTranscript.format]
            .joined(separator: "\u{1F}")
        var finished: (ParsedTranscript, String, Int)?
        if rowKey != key {
            finished = finish()
            key = rowKey
            transcript = rowTranscript
        }
        // Spreadsheets write CRLF inside cells; paragraphs are separated by one blank line.
        let text = rawText.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        speeches.append(
            Speech(
                sourceID: SourceID.from(value("id", in: row)), speaker: speaker, speakerID: value("speaker_id", in: row),
                party: value("party", in: row), role: value("role", in: row),
                kind: value("kind", in: row).flatMap(SpeechKind.init(rawValue:)) ?? .speech,
                time: value("time", in: row), column: value("column", in: row), url: value("url", in: row),
                headings: value("headings", in: row).map { $0.components(separatedBy: " > ") } ?? [],
                paragraphs: text.components(separatedBy: "\n\n").filter { !$0.isEmpty }))
        seqs.append(value("seq", in: row).flatMap { Int($0) })
        hashed.append(contentsOf: row.joined(separator: "\u{1F}").utf8)
        hashed.append(0x1E)
        return finished
    }

    /// The transcript of the rows gathered, nil when there are none.
    mutating func finish() -> (transcript: ParsedTranscript, hash: String, bytes: Int)? {
        defer {
            speeches = []
            seqs = []
            hashed = Data()
            key = nil
        }
        guard let transcript, !speeches.isEmpty else { return nil }
        // Sequence numbers as the file gives them, when every row has one and they increase.
        let given = seqs.compactMap { $0 }
        let kept = given.count == seqs.count && given.first.map { $0 > 0 } == true && zip(given, given.dropFirst()).allSatisfy { $0 < $1 }
        let parsed = ParsedTranscript(transcript: transcript, speeches: speeches, notes: notes, seqs: kept ? given : nil)
        notes = []
        return (parsed, ContentHash.digest(hashed), hashed.count)
    }

    /// `2021-11-29`, or the date at the start of `2021-11-29T10:00:00`; nil for anything else.
    static func isoDate(_ text: String) -> String? {
        let head = Array(text.utf8.prefix(10))
        guard head.count == 10, head[4] == 0x2D, head[7] == 0x2D,
            head.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) })
        else { return nil }
        return String(decoding: head, as: UTF8.self)
    }
}
