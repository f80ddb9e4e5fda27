import MQTCore
import MQTKit

/// `info`: what the corpus holds, in total and per body and section.
struct InfoCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "info", summary: "totals: transcripts, speeches, speakers, words, dates; per body and section",
        returns: .record,
        examples: [
            Example(
                "totals and sections", "info",
                output: """
                    transcripts  1
                    speeches     7 (4 questions, 3 answers)
                    speakers     2
                    words        1266
                    from         2021-11-29
                    to           2021-11-29
                    <blank>
                    body             section  transcripts  speeches  speakers  words  dates
                    London Assembly  lmqs               1         7         2   1266  2021-11-29
                    """),
            Example(
                "the totals as JSON", "info --format json",
                output: """
                    {
                      "transcripts": 1,
                      "speeches": 7,
                    ...
                      "from": "2021-11-29",
                      "to": "2021-11-29",
                    ...
                    }
                    """),
        ])

    func run(_ call: Call, session: Session) throws -> Value {
        let (total, sections) = try session.store.summary()
        let kinds = total.kinds.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        var fields: [(key: String, value: Cell)] = [
            ("transcripts", .int(total.transcripts)), ("speeches", .int(total.speeches)),
            ("speakers", .int(total.speakers)), ("words", .int(total.words)), ("from", Cell(total.from)),
            ("to", Cell(total.to)),
            ("kinds", .record(Record(kinds.map { ($0.key, Cell.int($0.value)) }))),
        ]
        let sectionRecords = sections.map { s -> Cell in
            .record(
                Record([
                    ("section", Cell(s.section)), ("body", Cell(s.body)), ("transcripts", .int(s.transcripts)),
                    ("speeches", .int(s.speeches)), ("speakers", .int(s.speakers)), ("words", .int(s.words)),
                    ("from", Cell(s.from)), ("to", Cell(s.to)),
                ]))
        }
        fields.append(("sections", .list(sectionRecords)))
        return .record(Record(fields, prose: prose(total, sections, kinds: kinds, width: session.settings.width)))
    }

    func prose(_ total: CorpusSummary, _ sections: [CorpusSummary], kinds: [(key: String, value: Int)], width: Int) -> String {
        let kindText = kinds.count > 1
            ? " (" + kinds.map { counted($0.value, $0.key, $0.key == SpeechKind.speech.rawValue ? "speeches" : nil) }.joined(separator: ", ") + ")" : ""
        let head: [(String, String)] = [
            ("transcripts", String(total.transcripts)), ("speeches", "\(total.speeches)\(kindText)"),
            ("speakers", String(total.speakers)), ("words", String(total.words)), ("from", total.from ?? "-"),
            ("to", total.to ?? "-"),
        ]
        let options = RenderOptions(width: width)
        let headText = head.map { $0.0.padding(toLength: 13, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
        guard !sections.isEmpty else { return headText }
        let columns = ["body", "section", "transcripts", "speeches", "speakers", "words"].map { Column($0) }
            + [Column("dates", keepsWidth: true)]
        let table = Table(
            columns: columns,
            rows: sections.map { s in
                [Cell(s.body), Cell(s.section), .int(s.transcripts), .int(s.speeches), .int(s.speakers), .int(s.words),
                 .text(Self.dates(s.from, s.to))]
            })
        return headText + "\n\n" + TableRenderer().render(.table(table), options: options)
    }
}

extension InfoCommand {
    /// `2021-11-29`, or `2009-10-12..2009-11-03` for a range.
    static func dates(_ from: String?, _ to: String?) -> String {
        guard let from, let to else { return "-" }
        return from == to ? from : "\(from)..\(to)"
    }
}
