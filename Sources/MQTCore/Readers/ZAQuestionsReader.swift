import Foundation

/// mySociety za-hansard question papers as JSON: an array of written (or oral) questions to South
/// African ministers, each with `askedby`, `questionto`, `identifier` and one `speeches` entry holding
/// the `intro` line ("1499. Mr A C Steyn (DA) to ask the Minister of Human Settlements:") and the
/// `text`. Every question is a record of kind question, with the minister asked as its heading. The
/// intro is kept as the first paragraph; the party is the bracketed part of it (`DA-Gauteng` → `DA`:
/// NCOP delegates add their province). Questions of one paper are grouped by date, since a paper
/// reprints unanswered questions from earlier weeks under their first date.
public struct ZAQuestionsReader: TranscriptReader {
    public let format = "za-questions"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        head.drop { $0.isWhitespace }.hasPrefix("[") && head.contains("\"askedby\"") && head.contains("\"questionto\"")
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw JSONProblem.malformed(error, data: data, path: path)
        }
        guard let questions = top as? [Any] else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1, column: 1), "expected an array of za-hansard questions")
        }
        var groups: [String: [Speech]] = [:]
        var order: [String] = []
        var bodies: [String: (body: String, section: String, url: String?)] = [:]
        for (index, item) in questions.enumerated() {
            guard let question = item as? [String: Any] else {
                throw problem(path, data, index, "is not an object")
            }
            guard let date = question["date"] as? String, ParlParseSections.lastDate(in: date) == date else {
                throw problem(path, data, index, "has no date of the form YYYY-MM-DD")
            }
            let entries = question["speeches"] as? [[String: Any]] ?? []
            guard let entry = entries.first, let text = entry["text"] as? String else {
                throw problem(path, data, index, "has no speeches entry with text")
            }
            let identifier = SourceID.from(question["identifier"] as? String)
            let asker = (question["askedby"] as? String) ?? (entry["personname"] as? String) ?? ""
            let intro = (entry["intro"] as? String) ?? ""
            let minister = question["questionto"] as? String
            var collector = TextCollector()
            collector.append(intro)
            collector.breakParagraph()
            collector.append(text)
            let url = entry["source_url"] as? String
            let speech = Speech(
                sourceID: identifier, speaker: PublicWhipParser.collapse(asker), party: Self.party(inIntro: intro),
                kind: .question, url: url, headings: minister.map { [$0] } ?? [],
                paragraphs: collector.takeParagraphs())
            if groups[date] == nil {
                order.append(date)
                bodies[date] = Self.house(identifier: identifier, answerType: question["answer_type"] as? String, url: url)
            }
            groups[date, default: []].append(speech)
        }
        guard !order.isEmpty else { throw CoreError.noSpeeches(path) }
        return order.compactMap { date in
            guard let speeches = groups[date], let house = bodies[date] else { return nil }
            let kind = house.section.hasSuffix("wrans") ? "written" : "oral"
            let transcript = Transcript(
                title: "Questions for \(kind) reply, \(house.body)", body: house.body, section: house.section,
                date: date, sourceURL: house.url, format: format)
            return ParsedTranscript(transcript: transcript, speeches: speeches)
        }
    }

    func problem(_ path: String, _ data: Data, _ index: Int, _ what: String) -> CoreError {
        let offset = JSONProblem.offset(ofElement: index, in: data) ?? 0
        return .malformed(SourceLocation(file: path, byteOffset: offset, in: data), "question \(index + 1) \(what)")
    }

    /// `437. Mr D A Worth (DA-FS) to ask …` → `DA`; `(Cope)` → `Cope`.
    static func party(inIntro intro: String) -> String? {
        guard let open = intro.firstIndex(of: "("), let close = intro[open...].firstIndex(of: ")") else { return nil }
        let inside = intro[intro.index(after: open)..<close]
        let party = inside.split(separator: "-").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return party.isEmpty ? nil : party
    }

    /// `NW1903E` (National Assembly, written: `nawrans`) and `CW647E` (National Council of Provinces,
    /// written: `ncopwrans`); oral questions are `naoralqs` and `ncoporalqs`.
    static func house(identifier: String?, answerType: String?, url: String?) -> (body: String, section: String, url: String?) {
        let house = identifier?.uppercased().hasPrefix("C") == true ? "ncop" : "na"
        let written = (answerType ?? identifier.map { String($0.dropFirst().prefix(1)) }) != "O"
        let section = house + (written ? "wrans" : "oralqs")
        return (SectionCode.named(section)?.body ?? "", section, url)
    }
}
