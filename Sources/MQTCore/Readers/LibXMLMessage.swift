import Foundation

/// libxml2's error messages in mqt's words, on one line: libxml2 writes some over two lines
/// (`Input is not proper UTF-8, indicate encoding !` then `Bytes: 0x..`), names its own functions
/// (`xmlParseEntityDecl: no name`) and options (`use XML_PARSE_HUGE option`, which mqt never sets).
enum LibXMLMessage {
    /// The message to show for libxml2's `raw` one.
    static func inMQTWords(_ raw: String) -> String {
        var lines = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        // `xmlParseEntityDecl: no name`: the function is libxml2's, not the file's.
        if let range = lines.first?.range(of: #"^xml[A-Za-z0-9]+: "#, options: .regularExpression) {
            lines[0].removeSubrange(range)
        }
        let first = lines.first ?? ""
        if first.hasPrefix("Input is not proper UTF-8") {
            let bytes = lines.dropFirst().first { $0.hasPrefix("Bytes:") }.map { " (bytes " + $0.dropFirst("Bytes:".count).trimmingCharacters(in: .whitespaces) + ")" }
            return "not valid UTF-8\(bytes ?? ""): a file in another encoding must name it in its XML declaration"
        }
        if let depth = number(after: "Excessive depth in document: ", in: first) {
            return "elements nest more than \(depth) deep"
        }
        if first.contains("huge text node") { return "a text longer than 10,000,000 bytes without markup" }
        if first.contains("Huge input lookup") { return "a tag, name or attribute value longer than 10,000,000 bytes" }
        if first.contains("entity reference loop") || first.contains("amplification") {
            return "entities expand too far (an entity that refers to itself, or an entity bomb)"
        }
        if first.hasPrefix("Document labelled UTF-16 but has UTF-8 content") {
            return "the XML declaration says UTF-16, but the file is UTF-8"
        }
        if let code = number(after: "PCDATA invalid Char value ", in: first) {
            return "character \(code) (a control character) is not allowed in XML text"
        }
        if let code = number(after: "invalid xmlChar value ", in: first) {
            return "character \(code) (a control character) is not allowed in XML"
        }
        if first.hasPrefix("CharRef: invalid") {
            return "a character reference (&#...;) names a character XML does not allow"
        }
        if first.hasPrefix("Char 0x"), first.hasSuffix("out of allowed range") {
            return "character " + first.dropFirst("Char ".count).prefix { !$0.isWhitespace } + " is not allowed in XML"
        }
        if first == "attributes construct error" { return "a malformed attribute" }
        if first.hasPrefix("Specification mandates value for attribute ") {
            return "attribute " + first.dropFirst("Specification mandates value for attribute ".count) + " has no value"
        }
        if first.hasPrefix("Unsupported encoding ") {
            return "the XML declaration names an encoding mqt cannot read: " + first.dropFirst("Unsupported encoding ".count)
        }
        var message = lines.joined(separator: " ")
        message = message.replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")
        message = message.replacingOccurrences(of: "internal error: ", with: "")
        while message.hasSuffix("!") || message.hasSuffix(" ") { message.removeLast() }
        return message.isEmpty ? "not well-formed XML" : message
    }

    /// The whole number right after `prefix` in `text`, if it starts so.
    private static func number(after prefix: String, in text: String) -> Int? {
        guard text.hasPrefix(prefix) else { return nil }
        return Int(text.dropFirst(prefix.count).prefix { $0.isNumber })
    }
}
