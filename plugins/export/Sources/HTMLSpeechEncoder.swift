import MQTKit

/// Speeches as the HTML report: the page's title and command, then each transcript's title (body,
/// section, date and a link to its source under it), a heading when the headings change, and each
/// speech as an article: its speaker's line, then its paragraphs. The provenance closes the page.
struct HTMLSpeechEncoder: SpeechEncoder {
    let title: String
    let provenance: Provenance?
    private var transcript: String?
    private var headings: [String] = []

    init(title: String, provenance: Provenance?) {
        self.title = title
        self.provenance = provenance
    }

    mutating func begin() -> String { HTMLReport.head(title: title, provenance: provenance) }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        var out = ""
        let escape = HTMLReport.escape
        let key = [speech.transcriptID.map(String.init) ?? "", speech.title, speech.date].joined(separator: "|")
        if key != transcript {
            transcript = key
            headings = []
            let facts = [speech.body, speech.section, speech.date].filter { !$0.isEmpty }.map(escape).joined(separator: " · ")
            out += "<h2>\(escape(speech.title))</h2>\n<p class=\"facts\">\(facts)"
            if let source = speech.sourceURL { out += " · <a href=\"\(escape(source))\">source</a>" }
            out += "</p>\n"
        }
        if speech.headings != headings {
            headings = speech.headings
            if !headings.isEmpty { out += "<h3>\(escape(headings.joined(separator: " › ")))</h3>\n" }
        }
        out += "<article>\n<p class=\"speaker\"><strong>\(escape(speech.speaker.isEmpty ? "(no speaker)" : speech.speaker))</strong>"
        let position = [speech.party, speech.role].compactMap { $0 }.joined(separator: ", ")
        if !position.isEmpty { out += " (\(escape(position)))" }
        if speech.kind != "speech" { out += " · \(escape(speech.kind))" }
        if let time = speech.time { out += " · \(escape(time))" }
        out += " · " + (speech.url.map { "<a href=\"\(escape($0))\">\(escape(speech.id))</a>" } ?? "<code>\(escape(speech.id))</code>")
        out += "</p>\n"
        for paragraph in speech.text.components(separatedBy: "\n\n") {
            out += "<p>\(escape(paragraph).replacingOccurrences(of: "\n", with: "<br/>"))</p>\n"
        }
        return out + "</article>\n"
    }

    mutating func end() -> String { HTMLReport.provenance(provenance) + HTMLReport.tail }
}
