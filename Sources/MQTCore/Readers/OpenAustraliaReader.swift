import Foundation

/// OpenAustralia's variant of the publicwhip format: root `<debates>`, `talktype` (an
/// `interjection` is kind interjection), senators as `uk.org.publicwhip/lord/N` (a different id
/// space from the UK files). The House of Representatives and the Senate are told apart by the
/// file name or the GIDs (`.../debate/...` against `.../lords/...`).
public struct OpenAustraliaReader: TranscriptReader {
    public let format = "openaustralia"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        MarkupHead.isMarkup(head) && head.contains("<debates") && head.contains("uk.org.publicwhip/")
            && (head.contains("-heading") || head.contains("<speech"))
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        let document = try PublicWhipParser.parse(data, path: path, root: "debates")
        let fileName = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        let isSenate: Bool
        if fileName.hasPrefix("senate") {
            isSenate = true
        } else if fileName.hasPrefix("representatives") || fileName.hasPrefix("reps") {
            isSenate = false
        } else {
            isSenate = document.firstID?.hasPrefix("uk.org.publicwhip/lords/") == true
        }
        guard
            let date = ParlParseSections.lastDate(in: fileName)
                ?? document.firstID.flatMap(ParlParseSections.lastDate(in:))
        else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1), "no date in the file name or the ids")
        }
        let body = isSenate ? "Senate" : "House of Representatives"
        let transcript = Transcript(
            title: "\(body) debates", body: body, section: isSenate ? "senate" : "representatives", date: date,
            sourceURL: document.firstURL, format: format)
        return [ParsedTranscript(transcript: transcript, speeches: document.speeches)]
    }
}
