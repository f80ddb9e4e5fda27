import Foundation

/// Akoma Ntoso debate records: the Houses of the Oireachtas' own XML (`eId`s) and mySociety's
/// za-hansard flavour (`id`s). Speakers are `by="#ref"` resolved through the `TLCPerson`s in
/// `meta/references`; `<question>` is kind question; nested `debateSection` headings become each
/// speech's headings. Text outside speeches (summaries, prayers, vote lists) is not a speech.
public struct AkomaNtosoReader: TranscriptReader {
    public let format = "akoma-ntoso"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        MarkupHead.isMarkup(head) && head.contains("<akomaNtoso") && head.contains("<debate")
    }

    /// Containers that may carry a `<heading>` above the speeches inside them.
    static let sections: Set<String> = [
        "debateSection", "questions", "address", "adjournment", "administrationOfOath", "communication",
        "declarationOfVote", "ministerialStatements", "nationalInterest", "noticesOfMotion", "oralStatements",
        "papers", "petitions", "pointOfOrder", "personalStatements", "prayers", "proceduralMotions", "rollCall",
        "resolutions", "writtenStatements",
    ]

    /// A TLCPerson or TLCRole.
    struct Reference {
        var showAs: String
        var href: String?
    }

    /// What is known about the document before and around its speeches.
    struct Context {
        var references: [String: Reference] = [:]
        var debateName = ""
        var date: String?
        var workURI: String?
        var author: String?
        var headings: [String?] = []
        var speeches: [Speech] = []
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        let context = try XMLStream.parse(data, path: path) { stream -> Context in
            var context = Context()
            var inWork = false
            while try stream.next() {
                switch stream.event {
                case .text:
                    continue
                case .end:
                    if Self.sections.contains(stream.name) { _ = context.headings.popLast() }
                    if stream.name == "FRBRWork" { inWork = false }
                case .start:
                    try handleStart(stream, &context, inWork: &inWork)
                }
            }
            return context
        }
        guard let date = context.date ?? context.workURI.flatMap(ParlParseSections.lastDate(in:)) else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1), "no sitting date (docDate or FRBRWork)")
        }
        let (body, section) = Self.bodyAndSection(author: context.author, debateName: context.debateName)
        let transcript = Transcript(
            title: context.debateName.isEmpty ? "\(body) debates" : context.debateName, body: body,
            section: section, date: date, format: format)
        return [ParsedTranscript(transcript: transcript, speeches: context.speeches)]
    }

    private func handleStart(_ stream: XMLStream, _ context: inout Context, inWork: inout Bool) throws {
        switch stream.name {
        case "debate":
            context.debateName = PublicWhipParser.collapse(stream.attribute("name") ?? "")
        case "FRBRWork":
            inWork = true
        case "FRBRuri" where inWork:
            context.workURI = stream.attribute("value")
        case "FRBRauthor" where inWork:
            if context.author == nil { context.author = stream.attribute("href") }
        case "docDate":
            if context.date == nil { context.date = stream.attribute("date") }
        case "TLCPerson", "TLCRole":
            if let id = stream.attribute("eId") ?? stream.attribute("id") {
                context.references[id] = Reference(
                    showAs: PublicWhipParser.collapse(stream.attribute("showAs") ?? id), href: stream.attribute("href"))
            }
        case let name where Self.sections.contains(name):
            context.headings.append(nil)
        case "heading":
            let text = try stream.elementText()
            if !context.headings.isEmpty, context.headings[context.headings.count - 1] == nil, !text.isEmpty {
                context.headings[context.headings.count - 1] = text
            }
        case "speech", "question":
            var speech = try record(stream, kind: stream.name == "question" ? .question : .speech, context)
            speech.headings = context.headings.compactMap { $0 }
            context.speeches.append(speech)
        default:
            break
        }
    }

    /// One `<speech>` or `<question>` through its end tag.
    private func record(_ stream: XMLStream, kind: SpeechKind, _ context: Context) throws -> Speech {
        let by = (stream.attribute("by") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        let asRole = (stream.attribute("as") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        let person = context.references[by]
        var speech = Speech(
            sourceID: (SourceID.from(stream.attribute("eId")) ?? SourceID.from(stream.attribute("id"))).map { id in
                context.workURI.map { "\($0)#\(id)" } ?? id
            },
            speaker: person?.showAs ?? "", speakerID: by.isEmpty ? nil : Self.speakerID(by, person),
            role: asRole.isEmpty ? nil : context.references[asRole]?.showAs ?? asRole.replacingOccurrences(of: "_", with: " "),
            kind: kind, paragraphs: [])
        var collector = TextCollector()
        var from = TextCollector()
        var depth = 0
        var fromDepth: Int?
        loop: while try stream.next() {
            switch stream.event {
            case .start:
                depth += 1
                if stream.name == "from" { fromDepth = depth }
                if stream.name == "recordedTime", speech.time == nil {
                    speech.time = stream.attribute("time").flatMap(Self.clockTime)
                }
                if fromDepth == nil { collector.open(stream.name) }
            case .end:
                if depth == 0 { break loop }
                if fromDepth == depth { fromDepth = nil } else if fromDepth == nil { collector.close(stream.name) }
                depth -= 1
            case .text:
                stream.withText { text in
                    if fromDepth != nil { from.append(text) } else { collector.append(text) }
                }
            }
        }
        speech.paragraphs = collector.takeParagraphs()
        let written = from.takeLine()
        if speech.speaker.isEmpty { speech.speaker = written }
        if speech.role == nil, !written.isEmpty, kind == .speech,
            !Tokenizer.fold(written).contains(Tokenizer.fold(speech.speaker))
        {
            speech.role = written
        }
        return speech
    }

    /// The Oireachtas member code from `/ie/oireachtas/member/id/CODE`, else the reference's own id.
    static func speakerID(_ reference: String, _ person: Reference?) -> String {
        if let href = person?.href, let range = href.range(of: "/member/id/") {
            return String(href[range.upperBound...])
        }
        return reference
    }

    /// `2020-07-30T09:30:00+01:00` or `14:03:00` → `09:30:00` / `14:03:00`.
    static func clockTime(_ value: String) -> String? {
        let clock = value.split(separator: "T").last.map(String.init) ?? value
        return PublicWhipParser.time(String(clock.prefix(8)))
    }

    static func bodyAndSection(author: String?, debateName: String) -> (String, String) {
        let author = author?.lowercased() ?? ""
        let name = debateName.uppercased()
        if author.contains("/house/dail") { return ("Dáil Éireann", "dail") }
        if author.contains("/house/seanad") { return ("Seanad Éireann", "seanad") }
        if name.contains("NATIONAL COUNCIL OF PROVINCES") || name.contains("NCOP") {
            return ("National Council of Provinces", "ncop")
        }
        if name.contains("JOINT SITTING") { return ("Parliament of South Africa", "joint") }
        if name.contains("NATIONAL ASSEMBLY") || name.contains("EXTENDED PUBLIC COMMITTEE") {
            return ("National Assembly", "na")
        }
        return (debateName.isEmpty ? "Parliament" : debateName, "akn")
    }
}
