import MQTKit

/// `dispersion WORD... [QUERY] [--by PART]`: where words fall in the corpus, with Juilland's D,
/// Gries' DP and a plot of every occurrence in corpus order.
struct DispersionCommand: Command {
    let spec = CommandSpec(
        name: "dispersion", summary: "where words fall in the corpus: hits, range, Juilland's D, Gries' DP and a plot",
        arguments: [
            ArgumentSpec(
                "words", .query,
                summary: "words or \"phrases\" to place, then optionally a query narrowing the corpus (from its first filter, e.g. speaker:Khan)",
                completion: .speakers)
        ],
        options: [
            OptionSpec(
                "by", value: "PART", summary: "the parts D and DP compare (default transcript)",
                choices: DispersionPart.allCases.map(\.rawValue))
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "three words over the seed's seven speeches",
                "dispersion prevent cricket \"social media\" --by speech",
                output: """
                    word          hits  range      D     DP  plot
                    prevent         10      4  0.444  0.532  │···││││···││·│·············│··········
                    cricket          9      2  0.337  0.546  ·······················│···│····││··││·
                    social media     6      2  0.319  0.743  ···········│││·│··│····················
                    parts: 7 speeches, 1273 words
                    """),
            Example(
                "the seed is one transcript: one part, so neither measure applies",
                "dispersion prevent --format json",
                output: """
                    [
                      {"word": "prevent", "hits": 10, "range": 1, "juilland_d": null, "gries_dp": null}
                    ]
                    """),
            Example(
                "a query after the words narrows the corpus (here to one speaker's three speeches)",
                "dispersion prevent radicalisation speaker:\"Sadiq Khan\" --by speech --format csv",
                output: """
                    word,hits,range,juilland_d,gries_dp
                    prevent,6,2,0.202,0.482
                    radicalisation,4,2,0.298,0.399
                    """),
            Example(
                "a piped set is the corpus: the whole set, not the page the search shows",
                "search -role:Mayor --limit 1 | dispersion prevent --by speech",
                output: """
                    word     hits  range      D     DP  plot
                    prevent     4      2  0.349  0.585  │····│····│·······│·························
                    parts: 4 speeches, 325 words
                    """),
            Example(
                "wildcards are refused", "dispersion radical*",
                output: "error: dispersion places words and \"phrases\", not 'radical*' (no wildcards or word forms)"),
        ],
        discussion: """
            Each WORD (or "quoted phrase") is placed in the corpus: the piped set or the whole \
            corpus, narrowed by the query that follows the words (it starts at the first filter \
            such as speaker:"Sadiq Khan" or -role:Mayor, at a bracket, or at NOT, OR, AND, NEAR). \
            Words are the index's words: runs of letters, digits and marks, folded to lower case \
            without diacritics; a phrase is its words in a row within one speech (each start counts, \
            overlapping ones too); wildcards and word forms are not taken, and set stem does not apply. \
            Corpus order is transcripts by date, then each speech by its place in the transcript. \
            The corpus is cut into parts (--by transcript, speech, speaker, year or month); each part's \
            size is its words; parts without words are left out. hits: occurrences in all; range: \
            parts holding one or more. D is Juilland's D, 1 − (sd / mean) / √(n − 1), over the n \
            parts' relative frequencies (hits in the part / its words), sd the population standard \
            deviation: 1 is perfectly even, 0 all in one part. DP is Gries' deviation of proportions \
            (Gries 2008), ½ Σ |v_i − s_i|, v_i the part's share of the word's hits and s_i its share \
            of the words: 0 is spread as the words are, near 1 all in one small part. With one part, \
            or no hits, neither says anything: both are empty (null in JSON). Three decimals. plot \
            (table format only) is the corpus as a line the width left over, a mark where each \
            occurrence starts (its word offset / all words), as AntConc's Plot or quanteda's \
            textplot_xray draw it; set chart off leaves it out.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let terms = try DispersionTerms(call.argument("words") ?? "")
        let part = DispersionPart(rawValue: call.option("by") ?? "transcript") ?? .transcript
        let set = try context.corpus.select(terms.query, within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let scan = try DispersionScan(set: set, phrases: terms.phrases, by: part, context: context)
        let columns = [
            Column("word"), Column("hits"), Column("range"), Column("D", key: "juilland_d"), Column("DP", key: "gries_dp"),
        ]
        guard scan.words > 0 else { return .table(Table(columns: columns, rows: [], emptyMessage: "no words in these speeches")) }
        let rows = terms.phrases.indices.map { index -> [Cell] in
            let measures = Dispersion(counts: scan.counts[index], sizes: scan.partSizes)
            return [
                .text(terms.phrases[index].joined(separator: " ")), .int(measures.hits), .int(measures.range),
                measures.juillandD.map { .decimal($0, places: 3) } ?? .null, measures.griesDP.map { .decimal($0, places: 3) } ?? .null,
            ]
        }
        let positions = scan.offsets.map { $0.map { Double($0) / Double(scan.words) } }
        let parts = scan.partSizes.filter { $0 > 0 }.count
        return .table(Table(
            columns: columns, rows: rows, note: "parts: \(part.count(parts)), \(scan.words) words",
            chart: .strip(positions: positions)))
    }
}
