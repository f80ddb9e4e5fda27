import Foundation

/// TheyWorkForYou pages saved as text (the seed's form): a title line, a line naming the body and
/// date, then `Photo of NAME NAME ROLE` headers each opening a speech whose paragraphs follow.
public struct TWFYTextReader: TranscriptReader {
    public let format = "twfy-text"
    public init() {}

    /// Lines that are page furniture, never speech.
    static let furniture: Set<String> = [
        "Alert me about debates like this", "Share this", "Hide", "Show all speeches",
        "Email me when this is updated",
    ]

    public func recognizes(head: String, fileName: String) -> Bool {
        guard !head.hasPrefix("<"), !head.hasPrefix("{"), !head.hasPrefix("[") else { return false }
        return head.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            line.hasPrefix("Photo of ") && Self.speakerHeader(String(line)) != nil
        }
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw SourceText.notUTF8(data, path: path)
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var title: String?
        var dateLine: (body: String, section: String, date: String)?
        var speeches: [Speech] = []
        var current: Speech?
        for (number, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || Self.furniture.contains(line) { continue }
            if let header = Self.speakerHeader(line) {
                if let speech = current { speeches.append(speech) }
                current = Speech(
                    speaker: header.name, party: header.party, role: header.role, paragraphs: [])
                continue
            }
            if current != nil {
                current?.paragraphs.append(line)
            } else if title == nil {
                title = line
            } else if dateLine == nil, let parsed = Self.bodyAndDate(line) {
                dateLine = parsed
            } else {
                throw CoreError.malformed(
                    SourceLocation(file: path, line: number + 1, column: 1),
                    "text before the first speaker: '\(line.prefix(60))'")
            }
        }
        if let speech = current { speeches.append(speech) }
        guard let dateLine else {
            throw CoreError.malformed(SourceLocation(file: path, line: 2), "no line giving the body and date")
        }
        speeches = speeches.filter { !$0.paragraphs.isEmpty }
        guard !speeches.isEmpty else { throw CoreError.noSpeeches(path) }
        if dateLine.section == "lmqs" {
            for index in speeches.indices {
                let isMayor = speeches[index].role?.hasPrefix("Mayor") == true
                speeches[index].kind = isMayor ? .answer : .question
            }
        }
        let transcript = Transcript(
            title: title ?? "", body: dateLine.body, section: dateLine.section, date: dateLine.date,
            format: format)
        return [ParsedTranscript(transcript: transcript, speeches: speeches)]
    }

    /// Splits `Photo of Unmesh Desai Unmesh Desai Labour` into name and role/party: the name is the
    /// run of words that is written twice.
    static func speakerHeader(_ line: String) -> (name: String, party: String?, role: String?)? {
        guard line.hasPrefix("Photo of ") else { return nil }
        let words = line.dropFirst("Photo of ".count).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for length in stride(from: words.count / 2, through: 1, by: -1)
        where Array(words[0..<length]) == Array(words[length..<(2 * length)]) {
            let name = words[0..<length].joined(separator: " ")
            let position = words[(2 * length)...].joined(separator: " ")
            if position.isEmpty { return (name, nil, nil) }
            let first = position.split(separator: ",").first.map(String.init) ?? position
            if Parties.isParty(first) { return (name, first, nil) }
            return (name, nil, position)
        }
        return nil
    }

    /// `Questions to the Mayor of London – answered on 29th November 2021.` and the like.
    static func bodyAndDate(_ line: String) -> (body: String, section: String, date: String)? {
        guard let date = DateText.isoDate(fromProse: line) else { return nil }
        let lower = line.lowercased()
        if lower.contains("mayor of london") { return ("London Assembly", "lmqs", date) }
        if lower.contains("house of lords") || lower.contains("lords chamber") { return ("House of Lords", "lords", date) }
        if lower.contains("westminster hall") { return ("House of Commons", "whall", date) }
        if lower.contains("written answers") || lower.contains("written question") {
            return ("House of Commons", "wrans", date)
        }
        if lower.contains("written statement") { return ("House of Commons", "wms", date) }
        if lower.contains("scottish parliament") { return ("Scottish Parliament", "sp", date) }
        if lower.contains("northern ireland assembly") { return ("Northern Ireland Assembly", "ni", date) }
        if lower.contains("senedd") || lower.contains("welsh parliament") { return ("Senedd", "senedd", date) }
        if lower.contains("house of commons") || lower.contains("commons chamber") {
            return ("House of Commons", "debates", date)
        }
        return nil
    }
}
