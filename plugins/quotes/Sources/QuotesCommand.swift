import Foundation
import MQTKit

/// `quotes [QUERY] [--top N] [--min-words A] [--max-words B] [--explain] [--reported]`: the sentences
/// most worth quoting, ranked by a documented score, attributed and placed.
struct QuotesCommand: Command {
    let spec = CommandSpec(
        name: "quotes", summary: "the sentences most worth quoting, ranked, with speaker, date, source and place",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: "the speeches to quote from (the query language); its words count in the score", completion: .speakers)],
        options: [
            OptionSpec("top", value: "N", summary: "show the N best quotes (default 10; 0 for all)"),
            OptionSpec("min-words", value: "A", summary: "shortest quote, in counted words (default 5)"),
            OptionSpec("max-words", value: "B", summary: "longest quote, in counted words (default 40)"),
            OptionSpec("explain", summary: "show each feature's part of the score"),
            OptionSpec("reported", summary: "text the speakers themselves quote, in quotation marks, instead"),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: QuotesExamples.all,
        discussion: QuotesExamples.discussion)

    func run(_ call: Call, context: any Context) throws -> Value {
        let top = try call.integer("top", default: 10)
        let minWords = try call.integer("min-words", default: 5, in: 1...10_000)
        let maxWords = try call.integer("max-words", default: 40, in: 1...10_000)
        guard minWords <= maxWords else { throw CommandError.invalid("--min-words \(minWords) is more than --max-words \(maxWords)") }
        let set = try context.corpus.select(call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        if call.flag("reported") { return try ReportedQuotes.table(set, minWords: minWords, maxWords: maxWords, top: top, context: context) }
        let queryWords = QuoteScore.queryWords(call.argument("query") ?? set.query)
        var quotes: [RankedQuote] = []
        let lexicon = Lexicon()
        let queryIDs = Set(queryWords.flatMap { lexicon.ids(in: $0) })
        try context.corpus.forEachSpeech(in: set) { speech in
            try context.checkInterrupted()
            quotes += Self.rank(speech, lexicon: lexicon, queryIDs: queryIDs, queryWords: queryWords, words: minWords...maxWords)
            return true
        }
        quotes.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        let kept = Self.mergingNearDuplicates(quotes, limit: top == 0 ? Int.max : top)
        return .table(Self.table(kept, explain: call.flag("explain"), queryWords: queryWords))
    }

    /// Every quotable sentence of one speech with its features. Words are counted as lexicon ids
    /// (fast), and only sentences holding a query word, when there is one, are tokenized.
    static func rank(
        _ speech: StoredSpeech, lexicon: Lexicon, queryIDs: Set<Int32>, queryWords: Set<String>, words range: ClosedRange<Int>
    ) -> [RankedQuote] {
        let sentences = SentenceSplitter.sentences(in: speech.text)
        let ids = sentences.map { lexicon.ids(in: $0) }
        var holding: [Int32: Int] = [:]
        for sentenceIDs in ids { for id in Set(sentenceIDs) { holding[id, default: 0] += 1 } }
        var result: [RankedQuote] = []
        for (index, sentence) in sentences.enumerated() where queryIDs.isEmpty || ids[index].contains(where: queryIDs.contains) {
            let tokens = Tokenizer.tokens(in: sentence)
            guard QuoteScore.isProse(sentence, words: tokens) else { continue }
            let candidate = QuoteScore.candidate(sentence, words: tokens)
            guard range.contains(candidate.length), queryWords.isEmpty || !queryWords.isDisjoint(with: candidate.words) else { continue }
            let neighbours = [index - 1, index + 1].filter(ids.indices.contains).map { ids[$0].map(lexicon.word) }
            let sentencesHolding = Dictionary(uniqueKeysWithValues: Set(ids[index]).map { (lexicon.word($0), holding[$0]!) })
            let features = QuoteScore.features(candidate, queryWords: queryWords, neighbours: neighbours, sentencesHolding: sentencesHolding)
            result.append(RankedQuote(candidate: candidate, features: features, speech: speech, sentence: index + 1, order: (speech.rowID, index)))
        }
        return result
    }

    /// The best `limit` quotes, each dropped when at least 80% of its distinct words (Jaccard) are
    /// shared with a better one. Two such sets share a word among the first |x| - ⌈0.8|x|⌉ + 1 of
    /// each in one order (rarest first): only quotes sharing such a word are compared (prefix
    /// filtering), so thousands of quotes are merged without comparing every pair.
    static func mergingNearDuplicates(_ ranked: [RankedQuote], limit: Int) -> [RankedQuote] {
        let sets = ranked.map { Set($0.candidate.words) }
        var frequency: [String: Int] = [:]
        for words in sets { for word in words { frequency[word, default: 0] += 1 } }
        var kept: [RankedQuote] = []
        var keptWords: [Set<String>] = []
        var postings: [String: [Int]] = [:]
        for (quote, words) in zip(ranked, sets) {
            let ordered = words.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
            let prefix = ordered.prefix(words.count - Int((0.8 * Double(words.count)).rounded(.up)) + 1)
            var candidates = Set<Int>()
            for word in prefix { candidates.formUnion(postings[word] ?? []) }
            let duplicate = candidates.contains { index in
                let union = words.union(keptWords[index]).count
                return union > 0 && Double(words.intersection(keptWords[index]).count) / Double(union) >= 0.8
            }
            if duplicate { continue }
            for word in prefix { postings[word, default: []].append(kept.count) }
            kept.append(quote)
            keptWords.append(words)
            if kept.count == limit { break }
        }
        return kept
    }

    static func table(_ quotes: [RankedQuote], explain: Bool, queryWords: Set<String>) -> Table {
        var columns = [Column("score")]
        if explain { columns += QuoteFeatures.names.map { Column($0) } }
        columns += [
            Column("speaker"), Column("party or role", key: "party_or_role"), Column("date", keepsWidth: true), Column("sentence"),
            Column("trimmed", wraps: true), Column("quote", wraps: true), Column("id", key: "speech_id", wraps: true),
            Column("title", wraps: true), Column("url", wraps: true),
        ]
        let rows = quotes.map { quote -> [Cell] in
            var row: [Cell] = [.decimal(quote.score, places: 2)]
            if explain { row += quote.features.all.map { .decimal($0, places: 2) } }
            let speech = quote.speech
            let text = quote.candidate.quote
            let marks = joined(Tokenizer.tokens(in: text).filter { queryWords.contains($0.folded) }.map(\.range), in: text)
            row += [
                .text(speech.speaker), Cell(speech.party ?? speech.role), .text(speech.date), .int(quote.sentence),
                Cell(quote.candidate.trimmed), marks.isEmpty ? .text(text) : .marked(text, marks), .text(speech.speechID),
                .text(speech.title), Cell(speech.url),
            ]
            return row
        }
        return Table(columns: columns, rows: rows, emptyMessage: "no sentences to quote")
    }

    /// Marks of neighbouring words merged when only spaces stand between them (`**social media**`).
    static func joined(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, last.upperBound <= range.lowerBound,
                units[last.upperBound..<range.lowerBound].allSatisfy({ $0 == 0x20 })
            {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

/// A quotable sentence, scored, with where it stands.
struct RankedQuote {
    var candidate: QuoteCandidate
    var features: QuoteFeatures
    var speech: StoredSpeech
    /// The sentence's position in its speech, from 1 (`cite ID --sentence N`).
    var sentence: Int
    /// Corpus order, which breaks ties.
    var order: (Int64, Int)

    /// The score rounded to two places, as shown, so ties rank as they read.
    var score: Double { (features.score * 100).rounded() / 100 }
}
