import Foundation
import MQTCore
import MQTKit

/// `show ID [--context N]`: one speech in full, with N speeches either side.
struct ShowCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "show", summary: "a speech in full with its headings, speaker, date and URL",
        arguments: [ArgumentSpec("id", summary: "the speech id, as search, kwic and quotes list it (the source's own where it has one)")],
        options: [OptionSpec("context", value: "N", summary: "also show N speeches before and after")],
        returns: .record,
        examples: [
            Example(
                "the Mayor's first answer", "show 2021-11-29-prevent-in-london.2",
                output: """
                    2021-11-29-prevent-in-london.2
                    London Assembly, lmqs, 2021-11-29: Prevent in London
                    Sadiq Khan (Mayor of London), answer
                    <blank>
                    Terrorism remains a significant threat to our society, as the tragic murder of
                    ...
                    """),
            Example("an unknown id", "show nope", output: "error: no speech with id 'nope'"),
        ])

    func run(_ call: Call, session: Session) throws -> Value {
        let id = call.argument("id") ?? ""
        let context = try call.integer("context", default: 0, in: 0...1000)
        // The source's id only: the store's row number is internal and never taken for an id.
        guard let speech = try session.store.speeches(withID: id).first else { throw CoreError.unknownSpeech(id) }
        let shown = context == 0 ? [speech] : try session.store.speechesAround(speech, count: context)
        let width = session.settings.width
        let prose = shown.map { render($0, width: width, focus: $0.rowID == speech.rowID && shown.count > 1) }
            .joined(separator: "\n\n")
        let records = shown.map { s -> Cell in
            .record(
                Record([
                    ("id", .text(s.speechID)), ("date", .text(s.date)), ("body", .text(s.body)), ("section", .text(s.section)),
                    ("title", .text(s.title)),
                    ("headings", .list(s.headings.map { .text($0) })),
                    ("speaker", .text(s.speaker)), ("speaker_id", Cell(s.speakerID)), ("party", Cell(s.party)),
                    ("role", Cell(s.role)), ("kind", .text(s.kind.rawValue)), ("time", Cell(s.time)), ("url", Cell(s.url)),
                    ("text", .text(s.text)),
                ]))
        }
        if records.count == 1, case .record(let single) = records[0] {
            return .record(Record(single.fields, prose: prose))
        }
        return .record(Record([("speeches", .list(records))], prose: prose))
    }

    func render(_ s: StoredSpeech, width: Int, focus: Bool) -> String {
        var lines = [(focus ? "> " : "") + s.speechID]
        lines.append("\(s.body), \(s.section), \(s.date): \(s.title)")
        let headings = s.headings.filter { !$0.isEmpty }
        if !headings.isEmpty { lines.append(headings.joined(separator: " / ")) }
        let position = [s.party, s.role].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        lines.append(s.speaker + (position.isEmpty ? "" : " (\(position))") + ", \(s.kind.rawValue)" + (s.time.map { " at \($0)" } ?? ""))
        if let url = s.url, !url.isEmpty { lines.append(url) }
        lines.append("")
        for (index, paragraph) in s.text.components(separatedBy: "\n\n").enumerated() {
            if index > 0 { lines.append("") }
            lines.append(contentsOf: TextWrap.lines(paragraph, width: width))
        }
        return lines.joined(separator: "\n")
    }
}

