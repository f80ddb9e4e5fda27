import MQTKit

/// Plain text to read: each transcript's title with its body, section and date under it, then each
/// speech as a line naming its speaker (party or role, kind, time, id) followed by its paragraphs.
struct TextSpeechEncoder: SpeechEncoder {
    private var transcript: String?
    private var count = 0

    mutating func begin() -> String { "" }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        var out = count == 0 ? "" : "\n"
        count += 1
        let key = [speech.transcriptID.map(String.init) ?? "", speech.title, speech.date].joined(separator: "|")
        if key != transcript {
            transcript = key
            let facts = [speech.body, speech.section, speech.date].filter { !$0.isEmpty }.joined(separator: " · ")
            out += "\(speech.title)\n\(facts)\n\n"
        }
        out += Self.byline(speech) + "\n" + speech.text + "\n"
        return out
    }

    mutating func end() -> String { "" }

    /// `Sadiq Khan (Labour, Mayor) · answer · 10:02 · 12345`.
    static func byline(_ speech: ExportedSpeech) -> String {
        var line = speech.speaker.isEmpty ? "(no speaker)" : speech.speaker
        let position = [speech.party, speech.role].compactMap { $0 }.joined(separator: ", ")
        if !position.isEmpty { line += " (\(position))" }
        if speech.kind != "speech" { line += " · \(speech.kind)" }
        if let time = speech.time { line += " · \(time)" }
        return line + " · " + speech.id
    }
}
