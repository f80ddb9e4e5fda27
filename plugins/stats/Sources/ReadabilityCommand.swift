import MQTKit

/// `readability [QUERY] [--by GROUP]`: Flesch reading ease and Flesch–Kincaid grade per group.
struct ReadabilityCommand: Command {
    let spec = CommandSpec(
        name: "readability", summary: "Flesch reading ease and Flesch–Kincaid grade, per speaker or other group",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per group (default speaker)", choices: SearchGroup.allCases.map(\.rawValue))
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "per speaker in the seed", "readability",
                output: """
                    speaker       words  sentences  syllables  reading ease  grade
                    Sadiq Khan      940         46       1423          58.0   10.2  ████████████████
                    Unmesh Desai    323         15        498          54.5   11.0  ███████████████
                    """),
            Example(
                "the speeches a query finds, per party, as data", "readability prevent --by party --format json",
                output: """
                    [
                      {"party": "(none)", "words": 730, "sentences": 35, "syllables": 1125, "reading_ease": 55.3, "grade": 10.7},
                      {"party": "Labour", "words": 133, "sentences": 6, "syllables": 215, "reading_ease": 47.6, "grade": 12.1}
                    ]
                    """),
            Example(
                "a search's whole set, per day", "search cricket | readability --by date",
                output: """
                    date        words  sentences  syllables  reading ease  grade
                    2021-11-29    577         29        820          66.4    8.9  ██████████████████
                    """),
        ],
        discussion: """
            reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words) \
            (Flesch 1948: higher is easier, 60 to 70 plain English); grade = 0.39 × (words / \
            sentences) + 11.8 × (syllables / words) − 15.59 (Flesch–Kincaid 1975: a US school \
            grade), both to one decimal place, over all of a group's words and sentences. Sentences \
            are cut as ngrams cuts them (at ., ! or ? before a capital, a digit or a quote, not after \
            abbreviations such as Mr.; a paragraph break always ends one); a sentence without a word \
            is not counted. Words are runs of letters, digits and marks with an apostrophe inside \
            joining (Government’s is one word, as stats counts it); a run without a letter (2021, the \
            1 and 4 of £1.4) is not a word, since its syllables depend on how it is read out. \
            Syllables are counted by a heuristic: groups of consecutive vowels (a, e, i, o, u, and y \
            except as the first letter), less one for a silent ending when there are two groups or \
            more (a final e after a consonant, but not consonant + le as in table; -ed after a \
            consonant other than t or d; -es after a consonant other than c, g, h, s, x or z); at \
            least one per word. It is right for most everyday words and off by one for some \
            (readability, rhythm), so compare groups rather than read the scores as exact. Groups \
            with the most words come first; dates, months and years in date order. The set is QUERY \
            within the piped speeches, or the whole corpus.
            """)

    /// Words, sentences and syllables of a text or group.
    struct Counts: Equatable {
        var words = 0
        var sentences = 0
        var syllables = 0

        /// Flesch reading ease; nil without words or sentences.
        var readingEase: Double? {
            guard words > 0, sentences > 0 else { return nil }
            return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
        }

        /// Flesch–Kincaid grade level; nil without words or sentences.
        var grade: Double? {
            guard words > 0, sentences > 0 else { return nil }
            return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
        }

        /// The counts of one text.
        init(of text: String) {
            for sentence in SentenceSplitter.sentences(in: text) {
                let counts = SyllableCounter.counts(in: sentence)
                guard counts.words > 0 else { continue }
                self.sentences += 1
                self.words += counts.words
                self.syllables += counts.syllables
            }
        }

        init() {}

        static func + (a: Counts, b: Counts) -> Counts {
            var sum = a
            (sum.words, sum.sentences, sum.syllables) = (a.words + b.words, a.sentences + b.sentences, a.syllables + b.syllables)
            return sum
        }
    }

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = SearchGroup(rawValue: call.option("by") ?? "speaker") ?? .speaker
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        var groups: [String: Counts] = [:]
        try context.corpus.forEachText(in: set, by: group) { name, text in
            try context.checkInterrupted()
            let key = name.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"
            groups[key] = (groups[key] ?? Counts()) + Counts(of: text)
        }
        let ordered = groups.sorted {
            if group.isTime { return $0.key < $1.key }
            return $0.value.words != $1.value.words ? $0.value.words > $1.value.words : $0.key < $1.key
        }
        let rows = ordered.map { name, counts -> [Cell] in
            [.text(name), .int(counts.words), .int(counts.sentences), .int(counts.syllables),
             counts.readingEase.map { Measures.decimal($0, places: 1) } ?? .null,
             counts.grade.map { Measures.decimal($0, places: 1) } ?? .null]
        }
        let columns = [
            Column(group.rawValue), Column("words"), Column("sentences"), Column("syllables"), Column("reading ease"), Column("grade"),
        ]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no speeches match", chart: .bars(value: "reading_ease")))
    }
}
