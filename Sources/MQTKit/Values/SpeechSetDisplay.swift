import MQTCore

extension SpeechSet {
    /// The set with its page read for display: one row per speech (id, date, speaker, party or
    /// role, section, title, a snippet with the matched words marked), and a note saying how much
    /// of the set it shows when that is not all of it. Only a displayed set is ever paged, ranked
    /// and snippeted; the shell calls this just before rendering.
    public func displayed(by corpus: any Corpus) throws -> SpeechSet {
        if display != nil { return self }
        var copy = self
        if let view = questionPairs {
            copy.display = try questionPairTable(view, by: corpus, whole: false)
            return copy
        }
        let hits = try corpus.page(of: self, limit: page.limit, offset: page.offset)
        let rows = hits.map { hit -> [Cell] in
            let s = hit.speech
            let snippet = Snippet.make(from: s.text, spans: hit.spans)
            return [
                .text(s.speechID), .text(s.date), .text(s.speaker), Cell(s.party ?? s.role), .text(s.section), .text(s.title),
                .marked(snippet.text, snippet.marks),
            ]
        }
        var table = Table(columns: Self.columns, rows: rows, emptyMessage: "no speeches match")
        let shownAll = page.offset == 0 && (page.limit == 0 || hits.count < page.limit)
        if !shownAll {
            let total = try corpus.size(of: self)
            if page.offset > 0 || hits.count < total { table.note = Self.note(shown: hits.count, from: page.offset, of: total) }
        }
        copy.display = table
        return copy
    }

    /// `showing 20 of 517 speeches (--limit 0 for all)`; past the first page `showing speeches
    /// 21–40 of 517 (...)`, or `showing speech 3 of 4 (...)`.
    static func note(
        shown: Int, from offset: Int, of total: Int, noun: (one: String, many: String) = ("speech", "speeches")
    ) -> String {
        let nouns = total == 1 ? noun.one : noun.many
        let rest = "(--limit 0 for all)"
        if shown == 0 { return "none of \(total) \(nouns) from position \(offset + 1) \(rest)" }
        if offset == 0 { return "showing \(shown) of \(total) \(nouns) \(rest)" }
        if shown == 1 { return "showing \(noun.one) \(offset + 1) of \(total) \(rest)" }
        return "showing \(noun.many) \(offset + 1)–\(offset + shown) of \(total) \(rest)"
    }

    /// The page as shown, or no rows before it is read.
    public var shown: Table { display ?? Table(columns: Self.columns, rows: [], emptyMessage: "no speeches match") }

    static let columns = [
        Column("id", keepsWidth: true), Column("date", keepsWidth: true), Column("speaker"), Column("party/role", key: "party_role"),
        Column("section"), Column("title"), Column("snippet", wraps: true),
    ]
}
