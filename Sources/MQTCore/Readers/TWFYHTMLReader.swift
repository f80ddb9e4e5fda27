import Foundation

/// TheyWorkForYou debate pages saved as HTML (the source form of the seed `.txt`). Each
/// `div.debate-speech` is one record: speaker from `.debate-speech__speaker__name`, party or office
/// from `.debate-speech__speaker__position` ("Labour, Wirral South" → party Labour; "Mayor of London"
/// → role), text from `.debate-speech__content`, id from the speech's own link (the TheyWorkForYou
/// gid, e.g. `2023-02-23.20.4`). Navigation, scripts and the rest of the page are ignored.
///
/// Procedural items (no speaker header: motions, amendments, "The following Statement was made …")
/// are kept, so no words are lost, with speaker "" — or the chair's title when the text opens with
/// `<p class="unknownspeaker">The Deputy Presiding Officer:</p>`. The `(Translated)` marker on Senedd
/// speeches is page furniture and left out. In written answers `.qN`/`.rN` ids are questions/answers.
public struct TWFYHTMLReader: TranscriptReader {
    public let format = "twfy-html"
    public init() {}

    public func recognizes(head: String, fileName: String) -> Bool {
        MarkupHead.isMarkup(head) && head.range(of: "<html", options: .caseInsensitive) != nil && head.contains("TheyWorkForYou")
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        try Self.checkComplete(data, path: path)
        guard let document = HTMLDocument(data: data), let root = document.root else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "cannot be read as HTML")
        }
        let page = try TWFYPageInfo(root: root, path: path)
        let blocks = root.descendants { $0.name == "div" && $0.hasClass("debate-speech") }
        let headings = [page.parentHeading, page.title].compactMap { $0 }
        var speeches: [Speech] = []
        var lordsCitation = false
        for block in blocks {
            var speech = speech(from: block, page: page)
            speech.headings = headings
            if let citation = Self.citation(in: block) {
                speech.column = Self.column(fromCitation: citation)
                lordsCitation = lordsCitation || citation.hasPrefix("HL ")
            }
            speeches.append(speech)
        }
        guard !speeches.isEmpty else { throw CoreError.noSpeeches(path) }
        // Lords written answers and statements sit under /wrans/ and /wms/ with the Commons'.
        var section = page.section, body = page.body
        if lordsCitation, ["wrans", "wms"].contains(section), let lords = SectionCode.named("lords" + section) {
            section = lords.code
            body = lords.body ?? body
        }
        let transcript = Transcript(
            title: page.title, body: body, section: section, date: page.date, sourceURL: page.sourceURL,
            format: format)
        return [ParsedTranscript(transcript: transcript, speeches: speeches)]
    }

    func speech(from block: HTMLNode, page: TWFYPageInfo) -> Speech {
        let header = block.firstDescendant { $0.name == "h2" && $0.hasClass("debate-speech__speaker") }
        var name = header?.firstDescendant { $0.hasClass("debate-speech__speaker__name") }?.text ?? ""
        let position = header?.firstDescendant { $0.hasClass("debate-speech__speaker__position") }?.text ?? ""
        let (party, role) = Self.partyAndRole(position)
        let speakerID = header?.descendants { $0.name == "a" }.compactMap { $0.attribute("href") }
            .compactMap(Self.personID(fromHref:)).first
        let clock = header?.firstDescendant { $0.name == "a" && $0.hasClass("time") }?.text
            .split(separator: ",").first.map { String($0).trimmingCharacters(in: .whitespaces) }
        var paragraphs: [String] = []
        if let content = block.firstDescendant(where: { $0.name == "div" && $0.hasClass("debate-speech__content") }) {
            let label = content.children.first { $0.isElement && $0.name == "p" }
                .flatMap { $0.hasClass("unknownspeaker") ? $0 : nil }
            if name.isEmpty, let label {
                name = label.text.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            }
            paragraphs = HTMLText.paragraphs(of: content) { node in
                (label.map { $0.pointer == node.pointer } ?? false) || (node.name == "i" && node.text == "(Translated)")
            }
        }
        let url = block.descendants { $0.name == "a" }.compactMap { $0.attribute("data-url") }.first
            ?? block.descendants { $0.name == "a" && $0.text == "Individually" }.compactMap { $0.attribute("href") }
                .first.map { "https://www.theyworkforyou.com" + $0 }
        let blockID = String((block.attribute("id") ?? "").drop { $0 == "g" })
        let sourceID = SourceID.from(url.flatMap(Self.gid(fromURL:))) ?? SourceID.from(blockID)
        return Speech(
            sourceID: sourceID, speaker: name, speakerID: speakerID, party: party, role: role,
            kind: Self.kind(of: sourceID ?? blockID, section: page.section), time: clock.flatMap(page.time(fromClock:)),
            url: url, paragraphs: paragraphs)
    }

    /// `Labour, Wirral South` → party; `, Battersea South` (a constituency alone) → neither; anything
    /// else (`Mayor of London`, `Shadow Minister (Tech)`) → role.
    static func partyAndRole(_ position: String) -> (party: String?, role: String?) {
        let first = position.components(separatedBy: ",")[0].trimmingCharacters(in: .whitespaces)
        if first.isEmpty { return (nil, nil) }
        if Parties.isParty(first) { return (first, nil) }
        return (nil, position)
    }

    /// `/mp/?p=25500` → `25500`.
    static func personID(fromHref href: String) -> String? {
        guard let range = href.range(of: "?p=") else { return nil }
        let digits = href[range.upperBound...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    /// `https://www.theyworkforyou.com/wrans/?id=2023-12-11.6269.q0` → `2023-12-11.6269.q0`; a Public
    /// Bill Committee address → its last path part.
    static func gid(fromURL url: String) -> String? {
        if let range = url.range(of: "?id=") {
            let id = url[range.upperBound...].prefix { $0 != "&" && $0 != "#" }
            return id.isEmpty ? nil : String(id)
        }
        let last = url.split(separator: "/").last.map { String($0.prefix { $0 != "?" && $0 != "#" }) }
        return last?.isEmpty == false ? last : nil
    }

    /// Written answers and Mayor's questions: `.q0` is a question, `.r0` an answer.
    static func kind(of gid: String, section: String) -> SpeechKind {
        guard ["wrans", "lordswrans", "spwrans", "lmqs"].contains(section),
            let last = gid.split(separator: ".").last, let letter = last.first, last.dropFirst().allSatisfy(\.isNumber),
            last.count > 1
        else { return .speech }
        return letter == "q" ? .question : letter == "r" ? .answer : .speech
    }

    /// `HC Deb, 14 December 2023, c1078` from `(Citation: …)`.
    static func citation(in block: HTMLNode) -> String? {
        for span in block.descendants(where: { $0.name == "span" }) {
            let text = span.text
            if text.hasPrefix("(Citation: ") {
                return String(text.dropFirst("(Citation: ".count).prefix { $0 != ")" })
            }
        }
        return nil
    }

    /// `HC Deb, 5 September 2023, c109WH` → `109WH`; `cW` (no column) → nil.
    static func column(fromCitation citation: String) -> String? {
        guard let last = citation.components(separatedBy: ", ").last, last.hasPrefix("c") else { return nil }
        let column = String(last.dropFirst())
        return column.contains(where: \.isNumber) ? column : nil
    }

    /// A saved page cut short loses speeches silently, since the HTML parser closes what is open:
    /// a page must end with `</html>`.
    static func checkComplete(_ data: Data, path: String) throws {
        let tail = String(decoding: data.suffix(4096), as: UTF8.self)
        guard tail.range(of: "</html>", options: .caseInsensitive) == nil else { return }
        throw CoreError.malformed(
            SourceLocation(file: path, byteOffset: data.count, in: data),
            "the page ends before </html> (is the file truncated?)")
    }
}
