import Foundation
import MQTKit

/// `freq [QUERY] [--top N] [--stopwords default|none|FILE] [--per million|thousand|doc]`: word frequencies.
struct FreqCommand: Command {
    let spec = CommandSpec(
        name: "freq", summary: "word frequencies: count, normalised rate and documents per word",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("top", value: "N", summary: "show at most N words, most frequent first (default 20; 0 for all)"),
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
                "as data, with the share of speeches", "freq prevent --top 2 --per doc --format json",
                output: """
                    [
                      {"word": "prevent", "count": 10, "per_doc_percent": 100.00, "documents": 4},
                      {"word": "cricket", "count": 7, "per_doc_percent": 25.00, "documents": 1}
                    ]
                    """),
        ],
        discussion: """
            The set is QUERY within the piped speeches, or the whole corpus. Words are counted as the \
            index counts them: a word is a run of letters, digits and marks, folded to lower case \
            without diacritics, so Government’s is two words (government, s) and numbers such as 2021 \
            are words and are kept. count is how often the word occurs; documents is how many speeches \
            contain it. per_million is count × 1,000,000 / N and per_thousand count × 1,000 / N, where N \
            is every word of the set, stopwords included (counted before they are left out); with \
            --per doc the column is per_doc_percent, documents × 100 / the speeches in the set. Rates \
            have two decimal places. The default stop list is 128 English function words (the \
            NLTK/SMART core: the, of, and, to, a, in, that, is, it, ...); a FILE has one word per line, \
            folded like the text, blank lines and lines starting with # ignored. Ties are in word order. \
            In the table format each row ends in a bar of its count, the longest for the most \
            frequent word shown (set chart off leaves the bars out).
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let top = try call.integer("top", default: 20)
        let stopwords = try Self.stopwords(call.option("stopwords") ?? "default", context: context)
        let per = call.option("per") ?? "million"
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let terms = try context.corpus.termFrequencies(in: set)
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        let total = terms.reduce(0) { $0 + $1.count }
        let speeches = per == "doc" ? try context.corpus.count(set).speeches : 0
        let kept = terms.filter { !stopwords.contains($0.term) }
        let shown = top == 0 ? kept[...] : kept.prefix(top)
        let rows = shown.map { term -> [Cell] in
            let rate: Double
            switch per {
            case "doc": rate = speeches > 0 ? Double(term.documents) * 100 / Double(speeches) : 0
            case "thousand": rate = total > 0 ? Double(term.count) * 1_000 / Double(total) : 0
            default: rate = total > 0 ? Double(term.count) * 1_000_000 / Double(total) : 0
            }
            return [.text(term.term), .int(term.count), .decimal(rate, places: 2), .int(term.documents)]
        }
        let rateColumn = per == "doc" ? Column("per doc %", key: "per_doc_percent") : Column("per \(per)", key: "per_\(per)")
        let columns = [Column("word"), Column("count"), rateColumn, Column("documents")]
        return .table(Table(columns: columns, rows: Array(rows), emptyMessage: "no words in these speeches", chart: .bars(value: "count")))
    }

    /// The words to leave out, folded as the index folds them.
    static func stopwords(_ choice: String, context: any Context) throws -> Set<String> {
        switch choice {
        case "default": return defaultStopwords
        case "none": return []
        default:
            let path = context.resolve(path: choice)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandError.notFound("--stopwords: no such file \(choice) (or use default or none)")
            }
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            return Set(lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.flatMap { Tokenizer.tokens(in: $0).map(\.folded) })
        }
    }

    /// English function words: the core shared by NLTK's and SMART's lists, with `s` and `t`
    /// because the index splits Government’s and don’t at the apostrophe.
    static let defaultStopwords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "s", "same", "she", "should", "so", "some", "such", "t", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    ]
}
