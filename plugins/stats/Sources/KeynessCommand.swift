import Foundation
import MQTKit

/// `keyness TARGET [--reference REF] [--top N] [--min-count C] [--stopwords LIST]`: the words one
/// set uses more (or less) than another, by log-likelihood, with the log ratio as effect size.
struct KeynessCommand: Command {
    let spec = CommandSpec(
        name: "keyness", summary: "keywords: words a set uses more than the rest of the corpus (G², log ratio)",
        arguments: [
            ArgumentSpec(
                "target", .query, optional: true, summary: "the set studied: a query, or $NAME (kept with let); or pipe a set",
                completion: .speakers)
        ],
        options: [
            OptionSpec("reference", value: "REF", summary: "the set compared with: a query or $NAME (default: the rest of the corpus)"),
            OptionSpec("top", value: "N", summary: "show the N words with the highest signed G² (default 20; 0 for all)"),
            OptionSpec("min-count", value: "C", summary: "keep words occurring at least C times in the target (default 3)"),
            OptionSpec(
                "stopwords", value: "LIST", summary: "words left out: none (default), default (English function words), or a file",
                completion: .files),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "what the questioner says more than the rest of the seed", "keyness speaker:desai --top 5",
                output: """
                    word   count  ref count  per million  ref per million     G²  log ratio
                    mr         4          0     12307.69             0.00  10.96       4.54
                    you        8          3     24615.38          3164.56  10.84       2.96
                    two        3          0      9230.77             0.00   8.21       4.13
                    in        12         12     36923.08         12658.23   6.72       1.54
                    mayor      4          1     12307.69          1054.85   6.54       3.54
                    """),
            Example(
                "one speaker against another: underused words (negative G²) come last",
                "keyness speaker:khan --reference speaker:desai --min-count 15 --top 0",
                output: """
                    word  count  ref count  per million  ref per million     G²  log ratio
                    is       23          3     24261.60          9230.77   3.21       1.39
                    it       21          3     22151.90          9230.77   2.53       1.26
                    and      37          9     39029.54         27692.31   0.94       0.50
                    have     17          4     17932.49         12307.69   0.50       0.54
                    to       39         12     41139.24         36923.08   0.11       0.16
                    a        17          5     17932.49         15384.62   0.09       0.22
                    that     23          7     24261.60         21538.46   0.08       0.17
                    of       25          9     26371.31         27692.31  -0.02      -0.07
                    i        16          7     16877.64         21538.46  -0.29      -0.35
                    the      31         15     32700.42         46153.85  -1.19      -0.50
                    """),
            Example(
                "a search's speeches as the target, function words left out, as data",
                "search \"social media\" | keyness --top 3 --stopwords default --format json",
                output: """
                    [
                      {"word": "media", "count": 6, "ref_count": 0, "per_million": 18348.62, "ref_per_million": 0.00, "g2": 16.39, "log_ratio": 5.12},
                      {"word": "social", "count": 6, "ref_count": 0, "per_million": 18348.62, "ref_per_million": 0.00, "g2": 16.39, "log_ratio": 5.12},
                      {"word": "companies", "count": 4, "ref_count": 0, "per_million": 12232.42, "ref_per_million": 0.00, "g2": 10.91, "log_ratio": 4.53}
                    ]
                    """),
        ],
        discussion: """
            Compares word frequencies in the target with those in the reference. Words are the index's \
            words (runs of letters, digits and marks, folded to lower case without diacritics, so \
            Government’s is government and s); stopwords are kept unless --stopwords leaves them out \
            (the list is freq's). N1 and N2 are every word of the target and of the reference. The \
            default reference is the rest of the corpus: its counts are the corpus's (read from the \
            index) minus the target's, so the target is never compared with itself (the rest of the \
            corpus, not of a piped set). REF is taken from the whole corpus and is one value: \
            quote it when it has spaces (--reference 'party:labour OR party:green'). For each word with \
            a the count in the target and b in the reference, G² is the log-likelihood of the 2×2 table \
            (a, b / N1 − a, N2 − b): 2 Σ O ln(O/E) over its four cells, E = row total × column total / \
            (N1 + N2), a cell with O = 0 adding 0 (Rayson & Garside 2000; their calculator sums only the \
            word's two cells, which differs little for words rare against N1 and N2). G² is signed: \
            negative when a/N1 < b/N2, a word the target underuses; rows are ranked by signed G², \
            overuse first, underuse last (--top 0 shows them), ties by word. G² above 3.84 is \
            significant at p < 0.05, 6.63 at p < 0.01, 15.13 at p < 0.0001. log ratio (Hardie 2014) is \
            log2((a/N1)/(b/N2)), 0.5 taking the place of a zero b: each point doubles the relative \
            frequency. per million is a × 1,000,000 / N1, ref per million b × 1,000,000 / N2. G², log \
            ratio and rates have two decimal places. Only words occurring --min-count times in the \
            target are ranked (default 3).
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let top = try call.integer("top", default: 20)
        let minCount = try call.integer("min-count", default: 3, in: 1...Int.max)
        let stopwords = try FreqCommand.stopwords(call.option("stopwords") ?? "none", context: context)
        let target: SpeechSet
        if let query = call.argument("target") {
            target = try Measures.subset(query, within: call.input.speechSet, context: context)
        } else if let piped = call.input.speechSet {
            target = piped
        } else {
            throw CommandError.invalid("keyness needs a TARGET: a query, $NAME or a piped set of speeches")
        }
        var counts: [String: (target: Int, reference: Int)] = [:]
        var targetWords = 0
        for term in try context.corpus.termFrequencies(in: target) {
            targetWords += term.count
            if term.count >= minCount && !stopwords.contains(term.term) { counts[term.term] = (term.count, 0) }
        }
        try context.checkInterrupted()
        var referenceWords = 0
        if let reference = call.option("reference") {
            for term in try context.corpus.termFrequencies(in: Measures.subset(reference, within: nil, context: context)) {
                referenceWords += term.count
                counts[term.term]?.reference = term.count
            }
        } else {
            for term in try context.corpus.termFrequencies(in: context.corpus.everything) {
                referenceWords += term.count
                if let inTarget = counts[term.term]?.target { counts[term.term]?.reference = max(0, term.count - inTarget) }
            }
            referenceWords = max(0, referenceWords - targetWords)
        }
        let columns = [
            Column("word"), Column("count"), Column("ref count"), Column("per million"), Column("ref per million"),
            Column("G²", key: "g2"), Column("log ratio"),
        ]
        guard targetWords > 0 else { return .table(Table(columns: columns, rows: [], emptyMessage: "the target has no words")) }
        guard referenceWords > 0 else {
            throw CommandError.invalid("the reference has no words to compare with (the target is the whole corpus? give --reference)")
        }
        let (n1, n2) = (Double(targetWords), Double(referenceWords))
        let scored = counts.map { word, count -> (word: String, a: Int, b: Int, g2: Double) in
            let (a, b) = (Double(count.target), Double(count.reference))
            let g2 = Measures.g2(a, b, n1 - a, n2 - b)
            return (word, count.target, count.reference, a / n1 >= b / n2 ? g2 : -g2)
        }.sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.word < $1.word }
        let rows = scored.prefix(top == 0 ? scored.count : top).map { row -> [Cell] in
            let (a, b) = (Double(row.a), Double(row.b))
            let logRatio = log2((a / n1) / (max(b, 0.5) / n2))
            return [
                .text(row.word), .int(row.a), .int(row.b), Measures.decimal(a * 1_000_000 / n1, places: 2),
                Measures.decimal(b * 1_000_000 / n2, places: 2), Measures.decimal(row.g2, places: 2),
                Measures.decimal(logRatio, places: 2),
            ]
        }
        return .table(Table(columns: columns, rows: Array(rows), emptyMessage: "no word occurs \(minCount) times or more in the target", chart: .bars(value: "g2")))
    }
}
