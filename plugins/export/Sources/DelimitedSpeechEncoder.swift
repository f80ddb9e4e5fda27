import MQTKit

/// CSV (RFC 4180: CRLF line ends; fields quoted when they hold a comma, quote or line break) or TSV
/// (tabs and line breaks inside fields become spaces). One header row of field names.
struct DelimitedSpeechEncoder: SpeechEncoder {
    let separator: String
    var lineEnd: String { separator == "," ? "\r\n" : "\n" }

    mutating func begin() -> String {
        ExportedSpeech.fields.joined(separator: separator) + lineEnd
    }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        speech.values.map { field($0 ?? "") }.joined(separator: separator) + lineEnd
    }

    mutating func end() -> String { "" }

    func field(_ text: String) -> String {
        if separator == "\t" {
            return text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\t", with: " ")
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
