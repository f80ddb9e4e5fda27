import Foundation

/// ParlParse / TheyWorkForYou "publicwhip" XML, old style (`speakerid`, 2009) and new style
/// (`person_id`, `type`, 2023): debates, written answers and statements, devolved bodies, standing
/// committees, London Mayor's Questions. A day may come in several versions (`...27a.xml` to
/// `...27d.xml`); each file carries `versionKey` `section/day` and its letter, and the store keeps
/// the newest.
public struct ParlParseReader: TranscriptReader {
    public let format = "parlparse"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        guard MarkupHead.isMarkup(head), head.contains("<publicwhip") else { return false }
        return ["-heading", "<speech", "<ques", "<question", "<reply", "<bill", "<gidredirect"].contains {
            head.contains($0)
        }
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        try transcripts(of: PublicWhipParser.parse(data, path: path, root: "publicwhip"), path: path)
    }

    public func read(file path: String, partBytes: Int, _ part: (ParsedTranscript, Int, Bool) throws -> Void) throws
        -> Bool
    {
        try PublicWhipParser.parse(file: path, root: "publicwhip", partBytes: partBytes) { document, last in
            try part(transcripts(of: document, path: path)[0], document.bytesRead, last)
        }
        return true
    }

    func transcripts(of document: PublicWhipParser.Document, path: String) throws -> [ParsedTranscript] {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        guard let section = ParlParseSections.section(path: path, firstID: document.firstID) else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1),
                "cannot tell the section from the file name, its folder or its ids")
        }
        guard
            let date = ParlParseSections.lastDate(in: fileName)
                ?? document.firstID.flatMap(ParlParseSections.lastDate(in:))
        else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1), "no date in the file name or the ids")
        }
        let parts = ParlParseSections.stemAndVersion(fileName: fileName)
        let stem = parts.stem.isEmpty ? date : parts.stem
        let version = parts.version.isEmpty
            ? (document.rootAttributes["scrapeversion"] ?? document.rootAttributes["scraperversion"] ?? "")
            : parts.version
        var title = section.title
        if let bill = document.billTitle, !bill.isEmpty { title += ": \(bill)" }
        let transcript = Transcript(
            title: title, body: section.body, section: section.name, date: date, sourceURL: document.firstURL,
            format: format, versionKey: "\(section.name)/\(stem)", version: version)
        return [ParsedTranscript(transcript: transcript, speeches: document.speeches)]
    }
}
