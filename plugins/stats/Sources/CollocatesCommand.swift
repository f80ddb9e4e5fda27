import Foundation
import MQTKit

/// `collocates WORD [QUERY] [--window L,R] [--measure ll|mi|t|dice] [--min-count C] [--top N]`:
/// the words found near WORD more often than chance, scored by an association measure.
struct CollocatesCommand: Command {
    /// The association measures, by the name `--measure` takes.
    enum Measure: String, CaseIterable {
        case ll, mi, t, dice

        var column: Column {
            switch self {
            case .ll: return Column("G²", key: "g2")
            case .mi: return Column("MI")
            case .t: return Column("t")
            case .dice: return Column("Dice")
            }
        }

        var places: Int { self == .dice ? 3 : 2 }
    }

    static let maxSpan = 1000

    let spec = CommandSpec(
        name: "collocates", summary: "words found near a word more often than chance (G², MI, t-score or Dice)",
        arguments: [
            ArgumentSpec("word", summary: "the node: one word, as the index sees it"),
            ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers),
        ],
        options: [
            OptionSpec("window", value: "L,R", summary: "words counted to the left and right of WORD (default 5,5)"),
            OptionSpec("measure", value: "M", summary: "score and order by ll (G², default), mi, t or dice", choices: Measure.allCases.map(\.rawValue)),
            OptionSpec("min-count", value: "C", summary: "keep collocates seen at least C times near WORD (default 3)"),
            OptionSpec("top", value: "N", summary: "show the N best scored (default 20; 0 for all)"),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "the words around media, by log-likelihood", "collocates media",
                output: """
                    collocate  observed  expected     G²  frequency
                    social            6      0.28  37.25          6  ███████████████████████████████
                    companies         3      0.19  14.07          4  ███████████▊
                    of                3      1.60   1.06         34  ▉
                    and               3      2.17   0.31         46  ▎
                    the               3      2.17   0.31         46  ▎
                    """),
            Example(
                "mutual information favours rare words", "collocates prevent --measure mi --min-count 2 --top 3",
                output: """
                    collocate  observed  expected    MI  frequency
                    found             2      0.16  3.67          2  ████████████████████████████████
                    make              3      0.31  3.26          4  ████████████████████████████▍
                    london            2      0.24  3.09          3  ███████████████████████████
                    """),
            Example(
                "only the three words after cricket, by Dice, as data",
                "collocates cricket --window 0,3 --measure dice --min-count 1 --top 3 --format json",
                output: """
                    [
                      {"collocate": "love", "observed": 3, "expected": 0.08, "dice": 0.462, "frequency": 4},
                      {"collocate": "club", "observed": 2, "expected": 0.04, "dice": 0.364, "frequency": 2},
                      {"collocate": "has", "observed": 2, "expected": 0.13, "dice": 0.267, "frequency": 6}
                    ]
                    """),
            Example(
                "a query narrows a piped set; frequencies and N are the narrowed set's",
                "search prevent | collocates prevent speaker:desai --measure t --min-count 2 --top 3",
                output: """
                    collocate  observed  expected     t  frequency
                    to                5      2.07  1.31          7  ████████████████████████████████
                    programme         3      0.89  1.22          3  █████████████████████████████▊
                    the               4      1.78  1.11          6  ███████████████████████████▏
                    """),
        ],
        discussion: """
            Words are the index's words (runs of letters, digits and marks, folded to lower case \
            without diacritics; Government’s is government and s). Each occurrence of WORD counts \
            the L words before it and the R words after it in the same speech, across sentence ends \
            (as AntConc's span does) but never into another speech; a window cut short by the start \
            or end of a speech counts what it holds. observed (O) is how often a word stands in \
            WORD's windows (overlapping windows count it once for each occurrence of WORD; WORD can \
            be its own collocate). The set is QUERY within the piped speeches, or the whole corpus; \
            N is every word of the set, f(node) and f(coll) are the frequencies of WORD and of the \
            collocate in the set (frequency), S = L + R. expected E = f(node) × f(coll) × S / N; \
            MI = log2(O / E); t = (O − E) / √O; Dice = 2 × O / (f(node) + f(coll)); G² is the \
            log-likelihood of the 2×2 table (O, f(node) × S − O / f(coll) − O, N − f(node) × S − \
            f(coll) + O): 2 Σ O ln(O/E) over its cells, E from the margins, a cell of 0 adding 0 and \
            a cell that overlapping windows make negative taken as 0; G² is negative when O < E. \
            E counts every window as whole, so a window wider than most speeches makes E too large. \
            WORD is matched exactly, never stemmed. \
            Rows are ordered by the score, highest first, then by observed and the word. Scores and \
            expected have two decimal places (Dice three). Only collocates seen --min-count times \
            (default 3) are scored. Only speeches holding WORD are read; N and the frequencies of \
            the whole corpus come from the index.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let node = try Self.node(call.argument("word") ?? "")
        let (left, right) = try Self.window(call.option("window") ?? "5,5")
        let measure = Measure(rawValue: call.option("measure") ?? "ll") ?? .ll
        let minCount = try call.integer("min-count", default: 3, in: 1...Int.max)
        let top = try call.integer("top", default: 20)
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let lexicon = Lexicon()
        var observed: [Int] = []
        try context.corpus.forEachText(in: context.corpus.select("\"\(node)\"", within: set, order: nil, stem: false), by: nil) { _, text in
            try context.checkInterrupted()
            let ids = lexicon.ids(in: text)
            guard let nodeID = lexicon.id(of: node) else { return }
            if observed.count < lexicon.count { observed += repeatElement(0, count: lexicon.count - observed.count) }
            for (position, id) in ids.enumerated() where id == nodeID {
                for near in max(0, position - left)..<min(ids.count, position + right + 1) where near != position {
                    observed[Int(ids[near])] += 1
                }
            }
        }
        var candidates: [String: (observed: Int, frequency: Int)] = [:]
        for (id, count) in observed.enumerated() where count >= minCount {
            candidates[lexicon.word(Int32(id))] = (count, 0)
        }
        var words = 0
        var nodeFrequency = 0
        for term in try context.corpus.termFrequencies(in: set) {
            words += term.count
            if term.term == node { nodeFrequency = term.count }
            candidates[term.term]?.frequency = term.count
        }
        let columns = [Column("collocate"), Column("observed"), Column("expected"), measure.column, Column("frequency")]
        guard nodeFrequency > 0 else {
            return .table(Table(columns: columns, rows: [], emptyMessage: "'\(node)' does not occur in these speeches"))
        }
        let scored = candidates.map { word, count in
            Collocate(
                word: word, observed: count.observed, frequency: count.frequency,
                measure: measure, node: Double(nodeFrequency), span: Double(left + right), words: Double(words))
        }.sorted(by: Collocate.ranksBefore)
        let rows = scored.prefix(top == 0 ? scored.count : top).map { row -> [Cell] in
            [.text(row.word), .int(row.observed), Measures.decimal(row.expected, places: 2),
             Measures.decimal(row.score, places: measure.places), .int(row.frequency)]
        }
        return .table(Table(
            columns: columns, rows: Array(rows), emptyMessage: "no word occurs \(minCount) times or more near '\(node)'",
            chart: .bars(value: measure.column.key)))
    }

    /// A collocate with its counts, expected count and score.
    struct Collocate {
        var word: String
        var observed: Int
        var frequency: Int
        var expected: Double
        var score: Double

        /// Scores O = `observed` for a node seen `node` times among `words`, windows of `span` words.
        init(word: String, observed: Int, frequency: Int, measure: Measure, node: Double, span: Double, words: Double) {
            (self.word, self.observed, self.frequency) = (word, observed, frequency)
            let o = Double(observed)
            let fColl = Double(max(frequency, 1))
            expected = node * fColl * span / words
            switch measure {
            case .mi: score = log2(o / expected)
            case .t: score = (o - expected) / o.squareRoot()
            case .dice: score = 2 * o / (node + fColl)
            case .ll:
                let g2 = Measures.g2(o, node * span - o, fColl - o, words - node * span - fColl + o)
                score = o < expected ? -g2 : g2
            }
        }

        /// Highest score first, then most observed, then by word.
        static func ranksBefore(_ a: Collocate, _ b: Collocate) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.observed != b.observed { return a.observed > b.observed }
            return a.word < b.word
        }
    }

    /// The node folded as the index folds it; anything but one word is an error.
    static func node(_ text: String) throws -> String {
        let tokens = Tokenizer.tokens(in: text)
        guard tokens.count == 1, let token = tokens.first else {
            throw CommandError.invalid("WORD must be one word (letters, digits and marks), not '\(text)'")
        }
        return token.folded
    }

    /// `L,R` as two counts of words; each from 0 to `maxSpan`, not both 0.
    static func window(_ text: String) throws -> (left: Int, right: Int) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let left = parts[0], let right = parts[1], (0...maxSpan).contains(left),
            (0...maxSpan).contains(right), left + right > 0
        else {
            throw CommandError.invalid(
                "--window takes L,R: words left and right of WORD, 0 to \(maxSpan) each, not both 0 (e.g. 5,5), not '\(text)'")
        }
        return (left, right)
    }
}
