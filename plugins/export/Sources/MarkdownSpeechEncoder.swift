import MQTKit

/// A readable Markdown document: a `#` title for each transcript (body, section, date and link under
/// it), a `##` line when the headings change, then each speech as its speaker in bold (party or role,
/// time and id after) followed by its paragraphs.
struct MarkdownSpeechEncoder: SpeechEncoder {
    private var transcript: String?
    private var headings: [String] = []
    private var count = 0
    /// Text before the first speech (the provenance comment).
    let header: String

    init(header: String = "") { self.header = header }

    mutating func begin() -> String { header }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        var out = count == 0 ? "" : "\n"
        count += 1
        let key = [speech.transcriptID.map(String.init) ?? "", speech.title, speech.date].joined(separator: "|")
        if key != transcript {
            transcript = key
            headings = []
            let facts = [speech.body, speech.section, speech.date].filter { !$0.isEmpty }.joined(separator: " · ")
            out += "# \(escape(speech.title))\n\n\(facts)"
            if let source = speech.sourceURL { out += " · <\(source)>" }
            out += "\n\n"
        }
        if speech.headings != headings {
            headings = speech.headings
            if !headings.isEmpty { out += "## " + escape(headings.joined(separator: " > ")) + "\n\n" }
        }
        let speaker = speech.speaker.isEmpty ? "(no speaker)" : speech.speaker
        var line = "**\(escape(speaker))**"
        let position = [speech.party, speech.role].compactMap { $0 }.joined(separator: ", ")
        if !position.isEmpty { line += " (\(escape(position)))" }
        if speech.kind != "speech" { line += " · \(speech.kind)" }
        if let time = speech.time { line += " · \(time)" }
        line += " · " + (speech.url.map { "[\(speech.id)](\($0))" } ?? "`\(speech.id)`")
        out += line + "\n\n" + speech.text.components(separatedBy: "\n\n").map(escape).joined(separator: "\n\n") + "\n"
        return out
    }

    mutating func end() -> String { "" }

    /// Keeps text from being read as Markdown markup where it matters: a line that would start a
    /// heading, list or quote, and emphasis characters.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`[]<>".contains(character) { out += "\\" }
            out.append(character)
        }
        if let first = out.first, "#+-".contains(first) { out = "\\" + out }
        if out.first?.isNumber == true, let dot = out.firstIndex(where: { !$0.isNumber }), out[dot] == "." {
            out.insert("\\", at: dot)
        }
        return out
    }
}
