import Foundation

/// Plain-text transcripts made of `Speaker: text` turns, as the London Assembly publishes Mayor's
/// Question Time:
///
///     London Assembly Mayor’s Question Time – Thursday 18 July 2019
///     2019/14512 - Cladding post-Grenfell Andrew Dismore AM
///     In a recent interview ... Do you agree with her appraisal?
///     Sadiq Khan (Mayor of London): I fully agree with ...
///
/// The first header line with a date gives the title and date. A question line (`2019/14512 - TITLE`,
/// the asker at its end or on the next line) opens a question whose title is the heading of what
/// follows; a label (`PlainTurnLabel`) opens a turn; other paragraphs continue the current turn
/// (lines within a paragraph are joined). At Mayor's Question Time members ask (question), the
/// Mayor and other office-holders answer (answer), the Chair's turns are speeches. Short lines
/// before the first turn are header; longer ones are kept as a turn with no speaker.
public struct PlainTranscriptReader: TranscriptReader {
    public let format = "plain-transcript"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        guard let first = head.first(where: { !$0.isWhitespace }), !"<{[".contains(first) else { return false }
        let lines = head.split(separator: "\n").dropLast()
        return lines.filter { PlainTurnLabel(line: String($0)) != nil }.count >= 2
            && DateText.isoDate(fromProse: head) != nil
    }

    /// A paragraph: its first line's number and its lines.
    struct Block {
        var line: Int
        var lines: [String]
        var text: String { lines.joined(separator: " ") }
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw SourceText.notUTF8(data, path: path)
        }
        let paragraphs = Self.blocks(text)
        var meeting: Block?
        var header: [String] = []
        var headings: [String] = []
        var speeches: [Speech] = []
        var current: Speech?
        var awaitingAsker = false
        var started = false
        var labelled = false
        var labelledIndices: [Int] = []
        func flush() {
            if let speech = current, !speech.paragraphs.isEmpty {
                if labelled { labelledIndices.append(speeches.count) }
                speeches.append(speech)
            }
            current = nil
            labelled = false
        }
        for block in paragraphs {
            if let question = Self.questionLine(block.text) {
                flush()
                started = true
                headings = question.title.isEmpty ? [] : [question.title]
                current = Speech(speaker: question.asker ?? "", kind: .question, headings: headings, paragraphs: [])
                awaitingAsker = question.asker == nil
                continue
            }
            if let label = PlainTurnLabel(line: block.text) {
                flush()
                started = true
                awaitingAsker = false
                labelled = true
                current = Speech(
                    speaker: label.name, party: label.party, role: label.role, kind: .speech, headings: headings,
                    paragraphs: label.rest.isEmpty ? [] : [label.rest])
                continue
            }
            if awaitingAsker, current?.paragraphs.isEmpty == true, block.text.split(separator: " ").count <= 6,
                let name = PlainTurnLabel.name(block.text, requireLetters: false)
            {
                current?.speaker = name
                awaitingAsker = false
                continue
            }
            awaitingAsker = false
            if !started {
                if meeting == nil, let dated = block.lines.firstIndex(where: { DateText.isoDate(fromProse: $0) != nil }) {
                    meeting = Block(line: block.line + dated, lines: [block.lines[dated]])
                    header += block.lines.enumerated().filter { $0.offset != dated }.map(\.element)
                    continue
                }
                if block.text.count <= 120, !".?!".contains(block.text.last ?? " ") {
                    header.append(block.text)
                    continue
                }
            }
            if current == nil { current = Speech(speaker: "", kind: .speech, headings: headings, paragraphs: []) }
            current?.paragraphs.append(block.text)
        }
        flush()
        guard let meeting, let date = DateText.isoDate(fromProse: meeting.text) else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1, column: 1),
                "no date in the header (expected a line such as 'Mayor’s Question Time – 18 July 2019')")
        }
        guard !speeches.isEmpty else { throw CoreError.noSpeeches(path) }
        let place = Self.bodyAndSection(([meeting.text] + header).joined(separator: " "))
        if place.section == "lmqs" {
            for index in labelledIndices {
                speeches[index].kind = Self.mayorsQuestionTimeKind(speeches[index])
            }
        }
        let transcript = Transcript(
            title: Self.title(fromMeetingLine: meeting.text), body: place.body, section: place.section, date: date,
            format: format)
        return [ParsedTranscript(transcript: transcript, speeches: speeches)]
    }

    /// Paragraphs (runs of non-blank lines); a label line starts a new one, a question line stands
    /// alone.
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var open = false
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        for (number, raw) in lines.enumerated() {
            let line = PublicWhipParser.collapse(raw.replacingOccurrences(of: "\u{00A0}", with: " "))
            let isQuestion = questionLine(line) != nil
            if line.isEmpty {
                open = false
            } else if open, !isQuestion, PlainTurnLabel(line: line) == nil, let last = blocks.indices.last {
                blocks[last].lines.append(line)
            } else {
                blocks.append(Block(line: number + 1, lines: [line]))
                open = !isQuestion
            }
        }
        return blocks
    }

    /// `2019/14512 - Title Asker AM` or `3739/2010 - Tax`: the question's title and, when it ends the
    /// line, its asker.
    static func questionLine(_ line: String) -> (title: String, asker: String?)? {
        let number = line.prefix { $0.isNumber || $0 == "/" }
        let parts = number.split(separator: "/")
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }), parts.contains(where: { $0.count == 4 }) else {
            return nil
        }
        let rest = line.dropFirst(number.count).drop { $0 == " " }
        guard let dash = rest.first, dash == "-" || dash == "\u{2013}" else { return nil }
        let text = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        return PlainTurnLabel.titleAndAsker(text)
    }

    /// At Mayor's Question Time: the Mayor and other office-holders answer, the Chair chairs,
    /// members ask.
    static func mayorsQuestionTimeKind(_ speech: Speech) -> SpeechKind {
        guard let role = speech.role else { return .question }
        if role.range(of: "Chair", options: .caseInsensitive) != nil { return .speech }
        return .answer
    }

    static func bodyAndSection(_ header: String) -> (body: String, section: String) {
        let lower = header.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let london = ["london assembly", "mayor's question time", "questions to the mayor"]
        if london.contains(where: lower.contains) { return ("London Assembly", "lmqs") }
        if let found = TWFYTextReader.bodyAndDate(header) { return (found.body, found.section) }
        return ("", "transcript")
    }

    /// `London Assembly Mayor’s Question Time – Thursday 18 July 2019` → the part before the date.
    static func title(fromMeetingLine line: String) -> String {
        for separator in [" \u{2013} ", " - ", " \u{2014} "] {
            if let range = line.range(of: separator), DateText.isoDate(fromProse: String(line[range.upperBound...])) != nil {
                return String(line[..<range.lowerBound])
            }
        }
        return line
    }
}
