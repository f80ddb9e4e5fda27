import MQTKit

/// `kwic QUERY [--width N] [--sort ...] [--context ...] [--limit N]`: a concordance aligned on the match.
struct KWICCommand: Command {
    /// How concordance lines are sorted: by the words before or after the match, by date, by speaker.
    enum LineOrder: String, CaseIterable {
        case left, right, date, speaker
    }


    let spec = CommandSpec(
        name: "kwic", summary: "keyword in context: every match aligned, with the words either side",
        arguments: [QueryInput.argument],
        options: [
            OptionSpec("width", value: "N", summary: "characters of context each side (default: fit the screen)"),
            OptionSpec(
                "sort", value: "ORDER", summary: "by the words before (left) or after (right) the match, or by date or speaker",
                choices: LineOrder.allCases.map(\.rawValue)),
            OptionSpec(
                "context", value: "UNIT", summary: "how far the context reaches (default words)",
                choices: Concordance.Context.allCases.map(\.rawValue)),
            .limit("lines", default: 100),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "a phrase, aligned", "kwic \"social media\"",
                output: """
                                left  match         right             id
                    ramme, including  social media  companies, if th  2021-11-29-prevent-in-london.3
                    r been made by a  social media  company. Conside  2021-11-29-prevent-in-london.3
                    ist content that  social media  companies monito  2021-11-29-prevent-in-london.3
                     and accept that  social media  , generally spea  2021-11-29-prevent-in-london.4
                     the benefits of  social media  to our society a  2021-11-29-prevent-in-london.4
                    e clear about is  social media  companies are no  2021-11-29-prevent-in-london.4
                    """),
            Example(
                "one line per place, however many terms find it", "kwic racis* racism",
                output: """
                                   left  match   right                id
                    es of institutional  racism  , and welcome any m  2021-11-29-prevent-in-london.5
                     in football - Kick  Racism  Out of Football is   2021-11-29-prevent-in-london.5
                    s wasted because of  racism  . The book should b  2021-11-29-prevent-in-london.6
                    """),
            Example(
                "sorted by the words after, within the sentence", "kwic prevent --sort right --context sentence --limit 3",
                output: """
                                  left  match    right               id
                    rank assessment of  Prevent  .                   2021-11-29-prevent-in-london.2
                    iously referred to  Prevent  alongside those kn  2021-11-29-prevent-in-london.2
                    ependent review of  Prevent  , and I look forwa  2021-11-29-prevent-in-london.2
                    """),
            Example(
                "a search's whole set (not just the page shown), aligned on its words",
                "search \"social media\" speaker:Khan --limit 1 | kwic --width 12",
                output: """
                            left  match         right         id
                     accept that  social media  , generally   2021-11-29-prevent-in-london.4
                     benefits of  social media  to our socie  2021-11-29-prevent-in-london.4
                    ear about is  social media  companies ar  2021-11-29-prevent-in-london.4
                    """),
            Example(
                "the whole sentence as data", "kwic \"self-regulation\" --context sentence --format json",
                output: """
                    [
                      {"left": "However,", "match": "self-regulation", "right": "is clearly not working.", "id": "2021-11-29-prevent-in-london.4"}
                    ]
                    """),
            Example(
                "filters alone give nothing to align on", "kwic speaker:Khan",
                output: "error: kwic needs a word or phrase to align on; 'speaker:Khan' has only filters or exclusions"),
        ],
        discussion: QueryInput.discussion
            + " Without --sort, lines come in corpus order (the order speeches were loaded).")

    func run(_ call: Call, context: any Context) throws -> Value {
        let set = try QueryInput.set(call, context: context)
        guard set.query != nil else { throw SearchError.nothingToAlign(call.argument("query") ?? "") }
        let limit = try call.limit(default: 100) ?? 0
        let unit = Concordance.Context(rawValue: call.option("context") ?? "words") ?? .words
        let sort = call.option("sort").flatMap(LineOrder.init(rawValue:))
        let order: SearchOrder = sort == .date ? .date : sort == .speaker ? .speaker : .corpus
        let needsAll = sort == .left || sort == .right
        let hits = try context.corpus.concordance(
            of: set, order: order, lines: needsAll || limit == 0 ? nil : limit, isCancelled: { context.isInterrupted })
        try context.checkInterrupted()
        let isTable = (call.format ?? context.settings.format) == "table"
        let asked = try call.option("width").map { _ in try call.integer("width", default: 40, in: 1...10_000) }
        var lines: [(line: Concordance.Line, speech: StoredSpeech)] = []
        for hit in hits {
            let cut = unit == .words ? (asked ?? max(20, context.settings.width / 2)) : asked
            for line in Concordance.lines(in: hit.speech.text, spans: hit.spans, context: unit, width: cut) {
                lines.append((line, hit.speech))
            }
        }
        if sort == .left { lines = stableSorted(lines) { $0.line.leftWords.lexicographicallyPrecedes($1.line.leftWords) } }
        if sort == .right { lines = stableSorted(lines) { $0.line.rightWords.lexicographicallyPrecedes($1.line.rightWords) } }
        if limit > 0 { lines = Array(lines.prefix(limit)) }
        let matchWidth = lines.map(\.line.match.count).max() ?? 0
        let idWidth = lines.map(\.speech.speechID.count).max() ?? 0
        let fitted = max(10, (context.settings.width - matchWidth - idWidth - 6) / 2)
        let width = asked ?? (unit == .words || isTable ? fitted : nil)
        if let width {
            for index in lines.indices {
                lines[index].line.left = String(lines[index].line.left.suffix(width))
                lines[index].line.right = String(lines[index].line.right.prefix(width))
            }
        }
        let leftWidth = isTable ? (width ?? lines.map(\.line.left.count).max() ?? 0) : 0
        let rows = lines.map { item -> [Cell] in
            let left = item.line.left
            let padded = String(repeating: " ", count: max(0, leftWidth - left.count)) + left
            return [.text(padded), .text(item.line.match), .text(item.line.right), .text(item.speech.speechID)]
        }
        let columns = [Column("left", cutsAtStart: true), Column("match"), Column("right"), Column("id", keepsWidth: true)]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no speeches match"))
    }

    /// A sort that keeps the order of equal items (corpus order among equal contexts).
    func stableSorted<T>(_ items: [T], by less: (T, T) -> Bool) -> [T] {
        items.enumerated().sorted { a, b in less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset) }
            .map(\.element)
    }
}
