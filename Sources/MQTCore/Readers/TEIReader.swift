import Foundation

/// ParlaMint TEI: `<u who="#id">` utterances of `<seg>` paragraphs inside `<div>`s with `<head>`s.
/// Speakers come from the `-meta.tsv` file beside the XML (`Speaker_name` written
/// `Last, First` becomes `First Last`; party from `Speaker_party_name`, else `Speaker_party`);
/// without it the `who` id stands as the name. Editorial notes, gaps and incidents are not speech.
public struct TEIReader: TranscriptReader {
    public let format = "parlamint-tei"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        MarkupHead.isMarkup(head) && head.contains("<TEI") && head.contains("http://www.tei-c.org/ns/1.0")
    }

    static let skipped: Set<String> = ["note", "gap", "kinesic", "vocal", "incident", "desc"]

    struct Header {
        var title = ""
        var meeting: String?
        var date: String?
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        let meta = (try? ParlaMintMeta(tsvBeside: path)) ?? ParlaMintMeta()
        var header = Header()
        var headings: [String?] = []
        var speeches: [Speech] = []
        try XMLStream.parse(data, path: path) { stream in
            var inHeader = false
            while try stream.next() {
                if stream.event == .end {
                    if stream.name == "div" { _ = headings.popLast() }
                    if stream.name == "teiHeader" { inHeader = false }
                    continue
                }
                guard stream.event == .start else { continue }
                switch stream.name {
                case "teiHeader": inHeader = true
                case "title" where inHeader:
                    let type = stream.attribute("type")
                    let text = try stream.elementText()
                    if type == "sub" || header.title.isEmpty { header.title = text }
                case "meeting" where inHeader:
                    if header.meeting == nil { header.meeting = stream.attribute("corresp") }
                case "date" where inHeader:
                    if header.date == nil, let when = stream.attribute("when"), when.count == 10 { header.date = when }
                    try stream.skipElement()
                case "div":
                    headings.append(nil)
                case "head":
                    let text = try stream.elementText()
                    if let last = headings.indices.last, headings[last] == nil, !text.isEmpty { headings[last] = text }
                case "u":
                    var speech = try utterance(stream, meta)
                    speech.headings = headings.compactMap { $0 }
                    speeches.append(speech)
                default:
                    if inHeader { continue }
                    if Self.skipped.contains(stream.name) { try stream.skipElement() }
                }
            }
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        guard let date = meta.date ?? header.date ?? ParlParseSections.lastDate(in: fileName) else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1), "no sitting date in the TEI header")
        }
        let meeting = (header.meeting ?? "") + " " + header.title
        let (body, section): (String, String) =
            meeting.contains("parliament.HL") || meeting.contains("House of Lords")
            ? ("House of Lords", "lords")
            : meeting.contains("parliament.HC") || meeting.contains("House of Commons")
                ? ("House of Commons", "debates") : (meta.body ?? "Parliament", "tei")
        let transcript = Transcript(
            title: header.title.isEmpty ? fileName : header.title, body: body, section: section, date: date,
            format: format)
        return [ParsedTranscript(transcript: transcript, speeches: speeches)]
    }

    /// One `<u>` through its end tag.
    private func utterance(_ stream: XMLStream, _ meta: ParlaMintMeta) throws -> Speech {
        let id = SourceID.from(stream.xmlID())
        let who = (stream.attribute("who") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        let row = id.flatMap { meta.rows[$0] } ?? meta.speakers[who]
        var speech = Speech(
            sourceID: id, speaker: row?.name ?? who, speakerID: who.isEmpty ? nil : who, party: row?.party,
            role: row?.role, paragraphs: [])
        speech.paragraphs = try stream.elementParagraphs(skipping: Self.skipped)
        return speech
    }
}
