import Foundation
import MQTKit

/// `freq [QUERY] [--top N] [--by GROUP] [--stopwords default|none|FILE] [--per million|thousand|doc]`:
/// word frequencies.
struct FreqCommand: Command {
    let spec = CommandSpec(
        name: "freq", summary: "word frequencies: count, normalised rate and documents per word",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("top", value: "N", summary: "show at most N words, most frequent first (default 20, with --by 10 per group; 0 for all)"),
            OptionSpec("by", value: "GROUP", summary: "the top words of each group", choices: SearchGroup.allCases.map(\.rawValue)),
            OptionSpec(
                "stopwords", value: "LIST",
                summary: "words left out: default (English function words), none, or a file of one word a line",
                completion: .files),
            OptionSpec("per", value: "UNIT", summary: "the rate column: per million words (default), per thousand words, or the share of speeches containing the word", choices: ["million", "thousand", "doc"]),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "the seed's most frequent words, function words left out", "freq --top 5",
                output: """
                    word       count  per million  documents
                    prevent       10      7855.46          4  ██████████████████████████████████████
                    cricket        9      7069.91          2  ██████████████████████████████████▎
                    different      6      4713.28          1  ██████████████████████▊
                    media          6      4713.28          2  ██████████████████████▊
                    social         6      4713.28          2  ██████████████████████▊
                    """),
            Example(
                "every word of a search's speeches", "search prevent | freq --top 3 --stopwords none",
                output: """
                    word  count  per million  documents
                    to       36     41237.11          4  ███████████████████████████████████████████
                    and      30     34364.26          4  ███████████████████████████████████▉
                    the      27     30927.84          4  ████████████████████████████████▎
                    """),
            Example(
                "each speaker's top words", "freq --by speaker --top 2",
                output: """
                    speaker       word       count  per million  documents
                    Sadiq Khan    cricket        7      7383.97          1  ████████████████████████
                    Sadiq Khan    different      6      6329.11          1  ████████████████████▋
                    Unmesh Desai  mayor          4     12307.69          3  █████████████▊
                    Unmesh Desai  mr             4     12307.69          3  █████████████▊
                    """),
            Example(
                "as data, with the share of speeches", "freq prevent --top 2 --per doc --format json",
                output: """
                    [
                      {"word": "prevent", "count": 10, "per_doc_percent": 100.00, "documents": 4},
                      {"word": "cricket", "count": 7, "per_doc_percent": 25.00, "documents": 1}
                    ]
                    """),
        ],
        discussion: """
            The set is QUERY within the piped speeches, or the whole corpus. Words are index words \
            (`help words`): folded to lower case without diacritics, Government’s is two words \
            (government, s), numbers are words and are kept. count is how often the word occurs; documents is how many speeches \
            contain it. per_million is count × 1,000,000 / N and per_thousand count × 1,000 / N, where N \
            is every word of the set, stopwords included (counted before they are left out); with \
            --per doc the column is per_doc_percent, documents × 100 / the speeches in the set. Rates \
            have two decimal places. The default stop list is 128 English function words (the \
            NLTK/SMART core: the, of, and, to, a, in, that, is, it, ...); a FILE has one word per line, \
            folded like the text, blank lines and lines starting with # ignored. Ties are in word order. \
            With --by, each group has its own top words, N and speeches: a group's rate is per word \
            that group says; groups come largest first (periods in date order). The whole corpus's \
            counts come from the full-text index's own vocabulary, without reading the texts; a set \
            or a grouping reads and counts its speeches' texts. \
            In the table format each row ends in a bar of its count, the longest for the most \
            frequent word shown (set chart off leaves the bars out).
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = call.option("by").flatMap(SearchGroup.init(rawValue:))
        let top = try call.integer("top", default: group == nil ? 20 : 10)
        let stopwords = try Self.stopwords(call.option("stopwords") ?? "default", context: context)
        let per = call.option("per") ?? "million"
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let rateColumn = per == "doc" ? Column("per doc %", key: "per_doc_percent") : Column("per \(per)", key: "per_\(per)")
        let columns = [Column("word"), Column("count"), rateColumn, Column("documents")]
        guard let group else {
            let terms = try context.corpus.termFrequencies(in: set)
            let total = terms.reduce(0) { $0 + $1.count }
            let speeches = per == "doc" ? try context.corpus.count(set).speeches : 0
            let rows = Self.rows(terms, top: top, stopwords: stopwords, per: per, total: total, speeches: speeches)
            return .table(Table(columns: columns, rows: rows, emptyMessage: "no words in these speeches", chart: .bars(value: "count")))
        }
        var counts = GroupWordCounts()
        try context.corpus.forEachText(in: set, by: group) { name, text in
            try context.checkInterrupted()
            counts.add(text, to: name)
        }
        var rows: [[Cell]] = []
        for size in try context.corpus.sizes(of: set, by: group) {
            guard let found = counts.groups[size.group] else { continue }
            let name = Cell.text(size.group.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)")
            let terms = counts.frequencies(of: size.group)
            rows += Self.rows(terms, top: top, stopwords: stopwords, per: per, total: found.total, speeches: found.speeches).map { [name] + $0 }
        }
        return .table(Table(columns: [Column(group.rawValue)] + columns, rows: rows, emptyMessage: "no words in these speeches", chart: .bars(value: "count")))
    }

    /// The shown words of one set or group: stopwords left out, the first `top` (0: all), with rates.
    static func rows(_ terms: [TermFrequency], top: Int, stopwords: Set<String>, per: String, total: Int, speeches: Int) -> [[Cell]] {
        let kept = terms.lazy.filter { !stopwords.contains($0.term) }
        let shown = top == 0 ? Array(kept) : Array(kept.prefix(top))
        return shown.map { term -> [Cell] in
            let rate: Double
            switch per {
            case "doc": rate = speeches > 0 ? Double(term.documents) * 100 / Double(speeches) : 0
            case "thousand": rate = total > 0 ? Double(term.count) * 1_000 / Double(total) : 0
            default: rate = total > 0 ? Double(term.count) * 1_000_000 / Double(total) : 0
            }
            return [.text(term.term), .int(term.count), .decimal(rate, places: 2), .int(term.documents)]
        }
    }
}
