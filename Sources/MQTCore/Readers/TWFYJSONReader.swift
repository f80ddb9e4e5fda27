import Foundation

/// TheyWorkForYou API answers (`getHansard`, `getDebates`, ...): `{"rows": [...]}` or a bare array
/// of rows, each an item of Hansard with its HTML `body`, `speaker` object and `major` code.
///
/// - `major` gives the section and body (1 debates, 2 whall, 3 wrans, 4 wms, 5 ni, 6 standing, 7 sp,
///   8 spwrans, 9 lmqs, 10 senedd, 101 lords); written answers and statements whose gid starts `HL`
///   are the Lords' (`lordswrans`, `lordswms`).
/// - `minor` 1/2 is question/answer where it means that (written answers and Mayor's questions; in
///   Public Bill Committees `minor` is a bill number). A written-answers heading row carrying a
///   `qnum` paragraph is the first question of its heading, so it is stored as that question.
/// - Heading rows (`htype` 10/11 with no speaker) are not speeches: every row names its own headings in
///   `parent.body`. Rows are grouped into one transcript per TheyWorkForYou page (the subsection, else
///   the section, on its date), ordered by `hpos`: search results come from many days and debates.
/// - A row repeated with the same gid is kept once; rows of another shape are left out and listed in
///   `TWFYJSONResult.skippedRows` with the reason.
public struct TWFYJSONReader: TranscriptReader {
    public let format = "twfy-api-json"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        let start = head.drop { $0.isWhitespace }
        if start.hasPrefix("{") { return head.contains("\"rows\"") && head.contains("\"hdate\"") }
        if start.hasPrefix("[") { return head.contains("\"gid\"") && head.contains("\"htype\"") }
        return false
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        let result = try parse(data, path: path)
        guard !result.transcripts.isEmpty else { throw CoreError.noSpeeches(path) }
        var transcripts = result.transcripts
        transcripts[0].notes = result.skippedRows.map { "\(path): \($0)" }
        return transcripts
    }

    /// Parses a whole answer, keeping count of what was not stored.
    public func parse(_ data: Data, path: String) throws -> TWFYJSONResult {
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw JSONProblem.malformed(error, data: data, path: path)
        }
        guard let items = (top as? [String: Any])?["rows"] as? [Any] ?? top as? [Any] else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1, column: 1),
                "expected a TheyWorkForYou API answer: an object with a \"rows\" array")
        }
        var result = TWFYJSONResult(transcripts: [], rows: items.count, headingRows: 0, duplicateGIDs: [], skippedRows: [])
        var seen = Set<String>()
        var groups: [String: [TWFYJSONRow]] = [:]
        var order: [String] = []
        for (index, item) in items.enumerated() {
            let row: TWFYJSONRow
            do {
                row = try TWFYJSONRow(item, index: index + 1)
            } catch {
                result.skippedRows.append(error.message)
                continue
            }
            guard seen.insert(row.gid).inserted else {
                result.duplicateGIDs.append(row.gid)
                continue
            }
            if row.isHeadingOnly {
                result.headingRows += 1
                continue
            }
            let key = [row.section, row.hdate, row.pageKey].joined(separator: "|")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        result.transcripts = order.compactMap { key in groups[key].map(transcript(from:)) }
        return result
    }

    func transcript(from rows: [TWFYJSONRow]) -> ParsedTranscript {
        let sorted = rows.sorted { ($0.hpos, $0.index) < ($1.hpos, $1.index) }
        let first = sorted[0]
        let speeches = sorted.map(speech(from:))
        let title = speeches.compactMap(\.headings.last).first ?? first.gid
        let transcript = Transcript(
            title: title, body: Self.body(of: first), section: first.section, date: first.hdate,
            sourceURL: first.url.map { $0.components(separatedBy: "#")[0] }, format: format)
        return ParsedTranscript(transcript: transcript, speeches: speeches)
    }

    func speech(from row: TWFYJSONRow) -> Speech {
        var label: String?
        let paragraphs = HTMLText.paragraphs(fromFragment: row.body) { node in
            guard label == nil, node.name == "p", node.hasClass("unknownspeaker") else { return false }
            label = node.text.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            return true
        }
        let speaker = row.speaker
        let name = speaker.flatMap { TWFYJSONRow.string($0["name"]) } ?? label ?? ""
        let party = speaker.flatMap { TWFYJSONRow.string($0["party"]) }.flatMap { $0.isEmpty ? nil : $0 }
        var positions: [String] = []
        for office in speaker?["office"] as? [[String: Any]] ?? [] {
            if let position = TWFYJSONRow.string(office["position"]), !position.isEmpty, !positions.contains(position) {
                positions.append(position)
            }
        }
        let speakerID = speaker.flatMap { TWFYJSONRow.string($0["person_id"]) } ?? row.personID
        return Speech(
            sourceID: row.gid, speaker: PublicWhipParser.collapse(name), speakerID: speakerID, party: party,
            role: positions.isEmpty ? nil : positions.joined(separator: ", "), kind: Self.kind(of: row),
            time: row.htime, url: row.url, headings: row.headings, paragraphs: paragraphs)
    }

    static func kind(of row: TWFYJSONRow) -> SpeechKind {
        guard ["wrans", "lordswrans", "spwrans", "lmqs"].contains(row.section) else { return .speech }
        switch row.minor {
        case "1": return .question
        case "2": return .answer
        default: return row.body.contains("qnum=") ? .question : .speech
        }
    }

    /// The body that sits in the row's section.
    static func body(of row: TWFYJSONRow) -> String {
        SectionCode.named(row.section)?.body ?? ""
    }
}
