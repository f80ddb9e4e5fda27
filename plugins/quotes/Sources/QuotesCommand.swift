import MQTKit

/// `quotes [WORDS] [--min-words N] [--max-words N] [--limit N]`: whole sentences, attributed.
struct QuotesCommand: Command {
    let spec = CommandSpec(
        name: "quotes", summary: "whole sentences from speeches, with speaker, date and speech id",
        arguments: [ArgumentSpec("words", .query, optional: true, summary: "keep sentences containing all these words")],
        options: [
            OptionSpec("min-words", value: "N", summary: "shortest sentence to keep (default 8)"),
            OptionSpec("max-words", value: "N", summary: "longest sentence to keep (default 40)"),
            .limit("quotes", default: 20),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "sentences about social media", "quotes social media --limit 2 --format plain",
                output: """
                    Unmesh Desai  2021-11-29  Mr[..]Mayor, as we know, anyone can make a referral to the Prevent programme, including **social media** companies, if they wish to.  2021-11-29-prevent-in-london.3
                    Unmesh Desai  2021-11-29  However, I recently received data, [..] by a **social media** company.  2021-11-29-prevent-in-london.3
                    """),
            Example(
                "from a search's speeches", "search cricket | quotes cricket --max-words 14 --format plain",
                output: """
                    Sadiq Khan  2021-11-29  We have to kick it out of **cricket**.  2021-11-29-prevent-in-london.6
                    """),
        ])

    func run(_ call: Call, context: any Context) throws -> Value {
        let minWords = try call.integer("min-words", default: 8, in: 1...1000)
        let maxWords = try call.integer("max-words", default: 40, in: 1...1000)
        let limit = try call.limit(default: 20) ?? Int.max
        let wanted = Tokenizer.tokens(in: call.argument("words") ?? "").map(\.folded)
        let set = call.input.speechSet ?? context.corpus.everything
        var rows: [[Cell]] = []
        try context.corpus.forEachSpeech(in: set) { speech in
            try context.checkInterrupted()
            for sentence in SentenceSplitter.sentences(in: speech.text) {
                let words = Tokenizer.tokens(in: sentence)
                let count = Tokenizer.wordCount(sentence)
                guard (minWords...max(minWords, maxWords)).contains(count) else { continue }
                let folded = words.map(\.folded)
                guard wanted.allSatisfy(folded.contains) else { continue }
                let marks = Self.joined(words.filter { wanted.contains($0.folded) }.map(\.range), in: sentence)
                rows.append([.text(speech.speaker), .text(speech.date), wanted.isEmpty ? .text(sentence) : .marked(sentence, marks), .text(speech.speechID)])
                if rows.count == limit { break }
            }
            return rows.count < limit
        }
        let columns = [Column("speaker"), Column("date"), Column("quote", wraps: true), Column("id")]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no sentences match"))
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
