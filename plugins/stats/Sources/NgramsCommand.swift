import MQTKit

/// `ngrams N [QUERY] [--top K] [--min-count C]`: the most frequent word n-grams of a set, within sentences.
struct NgramsCommand: Command {
    let spec = CommandSpec(
        name: "ngrams", summary: "the most frequent sequences of N words, within sentences",
        arguments: [
            ArgumentSpec("n", summary: "words per n-gram, from 2 to 6 (single words: freq)"),
            ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers),
        ],
        options: [
            OptionSpec("top", value: "K", summary: "show the K most frequent (default 20; 0 for all)"),
            OptionSpec("min-count", value: "C", summary: "keep n-grams occurring at least C times (default 2)"),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "the commonest word pairs of the seed", "ngrams 2 --top 3",
                output: """
                    ngram    count  documents
                    of the       8          3  █████████████████████████████████████████████████████
                    have to      6          3  ███████████████████████████████████████▊
                    it is        6          3  ███████████████████████████████████████▊
                    """),
            Example(
                "three-word sequences in the speeches a query finds", "ngrams 3 radicalisation --top 3",
                output: """
                    ngram         count  documents
                    we have to        4          1  ████████████████████████████████████████████████
                    have to kick      3          1  ████████████████████████████████████
                    it out of         3          1  ████████████████████████████████████
                    """),
            Example(
                "the same after a search, as data", "search radicalisation | ngrams 3 --top 2 --format json",
                output: """
                    [
                      {"ngram": "we have to", "count": 4, "documents": 1},
                      {"ngram": "have to kick", "count": 3, "documents": 1}
                    ]
                    """),
        ],
        discussion: """
            Each speech is cut into sentences (at ., ! or ? before a capital, a digit or a quote, not \
            after abbreviations such as Mr.; a paragraph break always ends one), each sentence into words \
            as the index sees them (runs of letters, digits and marks, folded to lower case without \
            diacritics). An n-gram is N consecutive words of one sentence: it never spans two sentences. \
            count is how often it occurs in the set; documents is how many speeches contain it. Most \
            frequent first, ties by the n-gram's text. --min-count defaults to 2 because an n-gram seen \
            once is mostly noise; --min-count 1 keeps every n-gram. A QUERY narrows the piped set or the \
            whole corpus, as in search. Cost: every distinct n-gram of the set is held in memory with its \
            two counts, so a whole large corpus can take hundreds of megabytes; narrow it with a query. \
            In the table format each row ends in a bar of its count (set chart off leaves the bars out).
            """)

    static let sizes = 2...6

    func run(_ call: Call, context: any Context) throws -> Value {
        let n = try Self.size(call.argument("n") ?? "")
        let top = try call.integer("top", default: 20)
        let minCount = try call.integer("min-count", default: 2, in: 1...Int.max)
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        var counts: [String: (count: Int, documents: Int)] = [:]
        try context.corpus.forEachSpeech(in: set) { speech in
            try context.checkInterrupted()
            for (gram, count) in Self.ngrams(n, in: speech.text) {
                let old = counts[gram] ?? (0, 0)
                counts[gram] = (old.count + count, old.documents + 1)
            }
            return true
        }
        let kept = counts.filter { $0.value.count >= minCount }.sorted {
            $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
        }
        let rows = kept.prefix(top == 0 ? kept.count : top).map {
            [Cell.text($0.key), .int($0.value.count), .int($0.value.documents)]
        }
        return .table(Table(
            columns: [Column("ngram"), Column("count"), Column("documents")], rows: Array(rows),
            emptyMessage: "no n-gram occurs \(minCount) times or more", chart: .bars(value: "count")))
    }

    /// N from its argument; 1 is `freq`'s job, so the error says so.
    static func size(_ text: String) throws -> Int {
        guard let n = Int(text), sizes.contains(n) else {
            let hint = text == "1" ? " (for single words use freq)" : ""
            throw CommandError.invalid("N must be a whole number from 2 to 6, not '\(text)'\(hint)")
        }
        return n
    }

    /// The n-grams of one text with how often each occurs; none crosses a sentence end.
    static func ngrams(_ n: Int, in text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for sentence in SentenceSplitter.sentences(in: text) {
            let words = Tokenizer.tokens(in: sentence).map(\.folded)
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) {
                result[words[start..<(start + n)].joined(separator: " "), default: 0] += 1
            }
        }
        return result
    }
}
