import MQTKit

/// `cite ID [--sentence N] [--style plain|twfy|oscola|markdown]`: a citation of one speech, ready to paste.
struct CiteCommand: Command {
    let spec = CommandSpec(
        name: "cite", summary: "a citation of a speech (or one of its sentences), ready to paste",
        arguments: [ArgumentSpec("id", .word, summary: "the speech id (as search, quotes and show give it)")],
        options: [
            OptionSpec("sentence", value: "N", summary: "quote the speech's Nth sentence (quotes gives N)"),
            OptionSpec("style", value: "STYLE", summary: "plain (default), twfy, oscola or markdown", choices: Citation.styles),
        ],
        accepts: [.nothing], returns: .record,
        examples: [
            Example(
                "a speech of the seed", "cite 2021-11-29-prevent-in-london.4 --format plain",
                output: """
                    Sadiq Khan (Mayor of London), "Prevent in London", Questions to the Mayor of London, 29 November 2021
                    """),
            Example(
                "one sentence, as TheyWorkForYou cites", "cite 2021-11-29-prevent-in-london.6 --sentence 5 --style twfy --format plain",
                output: """
                    “The best way to prevent radicalisation is for us to mix and mingle more.” – Sadiq Khan, Prevent in London – Questions to the Mayor of London – answered on 29th November 2021.
                    """),
            Example(
                "as data", "cite 2021-11-29-prevent-in-london.4 --sentence 4 --format json",
                output: """
                    {
                      "citation": "“However, self-regulation is clearly not working.” — Sadiq Khan (Mayor of London), \\"Prevent in London\\", Questions to the Mayor of London, 29 November 2021",
                      "speaker": "Sadiq Khan",
                      "speech_id": "2021-11-29-prevent-in-london.4",
                      "sentence": 4,
                      "date": "2021-11-29",
                      "url": null
                    }
                    """),
        ],
        discussion: """
            Cites the speech with this id (the first in corpus order, when a source repeats an id). plain: \
            speaker (role, else party), "title" (the debate's heading, else the transcript's title), proceedings (named from the section, as \
            Questions to the Mayor of London, else the body), long date, then the URL where the source \
            gives one. twfy: TheyWorkForYou's line (title – proceedings – answered on, or in the \
            House, on 29th November 2021). oscola: Hansard citation practice, house abbreviated (HC \
            Deb, HL Deb, PBC Deb, SP OR, NIA Deb; others by name and transcript title), date and column where the source \
            gives one (col 469, col 469W for a Commons written answer, WS for a statement, WH for \
            Westminster Hall; WA171 for a Lords written answer); the volume is not in the sources, so it is left out. markdown: the speaker in bold \
            and the title linked, the sentence as a block quote. --sentence N quotes the Nth sentence \
            of the speech as SentenceSplitter splits it (help words), N as quotes shows it.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        guard let id = call.argument("id") else { throw CommandError.invalid("cite needs a speech ID") }
        let style = call.option("style") ?? "plain"
        guard Citation.styles.contains(style) else {
            throw CommandError.invalid("unknown citation style '\(style)': give plain, twfy, oscola or markdown")
        }
        let speeches = try context.corpus.speeches(withID: id)
        guard !speeches.isEmpty else { throw CommandError.notFound("no speech with id '\(id)'") }
        let number = try call.option("sentence").map { _ in try call.integer("sentence", default: 1, in: 1...Int.max) }
        var record: Record?
        _ = try context.corpus.forEachRecord(in: context.corpus.set(of: [speeches[0].rowID])) { speech in
            var sentence: String?
            if let number {
                let sentences = SentenceSplitter.sentences(in: speech.text)
                guard number <= sentences.count else {
                    throw CommandError.invalid("speech \(id) has \(sentences.count) sentences, not \(number)")
                }
                sentence = sentences[number - 1]
            }
            let citation = Citation.text(speech, style: style, sentence: sentence)
            record = Record(
                [
                    ("citation", .text(citation)), ("speaker", .text(speech.speaker)), ("speech_id", .text(speech.id)),
                    ("sentence", number.map(Cell.int) ?? .null), ("date", .text(speech.date)), ("url", Cell(Citation.link(speech))),
                ], prose: citation)
        }
        guard let record else { throw CommandError.notFound("no speech with id '\(id)'") }
        return .record(record)
    }
}
