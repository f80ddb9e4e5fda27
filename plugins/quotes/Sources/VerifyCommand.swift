import Foundation
import MQTKit

/// `verify "PASTED QUOTE" [--speaker NAME]`: the closest passage in the corpus, and whether the
/// quote is exact, altered, reordered, misattributed or not found.
struct VerifyCommand: Command {
    let spec = CommandSpec(
        name: "verify", summary: "check a quote printed elsewhere against the record: exact, altered, reordered, misattributed or not found",
        arguments: [ArgumentSpec("quote", .words, summary: "the quote as printed (quote it; ... or … marks a cut)")],
        options: [OptionSpec("speaker", value: "NAME", summary: "who the quote is attributed to", completion: .speakers)],
        accepts: [.nothing], returns: .record,
        examples: VerifyExamples.all, discussion: VerifyExamples.discussion)

    /// How many speeches are aligned: the best by BM25 of the quote's rarest words.
    static let candidates = 8
    /// The longest quote aligned (the alignment's table is the quote's words times the speech's).
    static let longest = 300

    func run(_ call: Call, context: any Context) throws -> Value {
        let pasted = call.words("quote").joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"“”' ").union(.whitespaces))
        let words = QuoteAlignment.quoteWords(pasted)
        let folded = words.map(\.folded)
        let plain = folded.filter { $0 != QuoteAlignment.ellipsis }
        guard plain.count >= 2 else { throw CommandError.invalid("verify needs a quote of two words or more, not '\(pasted)'") }
        guard plain.count <= Self.longest else {
            throw CommandError.invalid("verify checks quotes of at most \(Self.longest) words; this one has \(plain.count): check it in parts")
        }
        // The rarest words the index holds find the candidates; a changed word the index lacks is left out.
        let frequencies = try context.corpus.documentFrequencies(of: plain)
        let anchors = frequencies.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.prefix(6).map(\.key)
        var best: (alignment: QuoteAlignment, speech: StoredSpeech, tokens: [Token], coverage: (share: Double, span: ClosedRange<Int>?))?
        if !anchors.isEmpty {
            let query = anchors.map { "\"\($0)\"" }.joined(separator: " OR ")
            let set = try context.corpus.select(query, within: nil, order: .relevance, stem: false)
            for hit in try context.corpus.page(of: set, limit: Self.candidates, offset: 0) {
                try context.checkInterrupted()
                let tokens = Tokenizer.tokens(in: hit.speech.text)
                let speechWords = tokens.map(\.folded)
                let alignment = QuoteAlignment.align(folded, speechWords)
                let coverage = Self.bagCoverage(plain, in: speechWords)
                // Equal alignments (a passage quoted by another speaker, a repeated text): the claimed speaker's wins.
                let claimed = call.option("speaker").map { Self.names(hit.speech.speaker, includes: $0) } ?? false
                if best == nil || alignment.score > best!.alignment.score || (alignment.score == best!.alignment.score && claimed) {
                    best = (alignment, hit.speech, tokens, coverage)
                }
            }
        }
        let share = best.map { Double($0.alignment.matches) / Double(plain.count) } ?? 0
        guard let best, share >= 0.5 || best.coverage.share >= 0.9 else {
            let empty: [(key: String, value: Cell)] = ["passage", "speaker", "speech_id", "date", "changed", "added", "dropped", "citation"].map { ($0, .null) }
            return .record(Record([("verdict", .text("not found")), ("quote", .text(pasted))] + empty, prose: "not found: no passage in the corpus is close to the quote"))
        }
        var report = VerifyReport(pasted: pasted, words: words, alignment: best.alignment, speech: best.speech, tokens: best.tokens)
        let reordered = share < 0.8 && best.coverage.share >= 0.9
        if reordered { report.span = best.coverage.span }
        var verdict = reordered ? "reordered" : report.isExact ? "exact" : "altered"
        if let name = call.option("speaker"), !Self.names(best.speech.speaker, includes: name) { verdict = "misattributed" }
        let citation = try Self.citation(of: best.speech, context: context)
        return .record(report.record(verdict: verdict, claimed: call.option("speaker"), citation: citation))
    }

    /// The share of the quote's words (with repeats) found within any stretch of the speech three
    /// times the quote's length, and the best stretch from its first such word to its last.
    static func bagCoverage(_ quote: [String], in speech: [String]) -> (share: Double, span: ClosedRange<Int>?) {
        let window = max(quote.count * 3, 1)
        var wanted: [String: Int] = [:]
        for word in quote { wanted[word, default: 0] += 1 }
        var have: [String: Int] = [:]
        var found = 0, best = 0, bestEnd = -1
        for (index, word) in speech.enumerated() {
            if let need = wanted[word] {
                have[word, default: 0] += 1
                if have[word]! <= need { found += 1 }
            }
            if index >= window, let need = wanted[speech[index - window]] {
                let old = speech[index - window]
                if have[old]! <= need { found -= 1 }
                have[old]! -= 1
            }
            if found > best { (best, bestEnd) = (found, index) }
        }
        guard bestEnd >= 0 else { return (0, nil) }
        // The shortest stretch ending there that still holds as many: drop words from its start
        // while they are not wanted or are more than the quote needs.
        var start = max(0, bestEnd - window + 1)
        var inWindow: [String: Int] = [:]
        for word in speech[start...bestEnd] where wanted[word] != nil { inWindow[word, default: 0] += 1 }
        while start < bestEnd, wanted[speech[start]].map({ inWindow[speech[start]]! > $0 }) ?? true {
            if wanted[speech[start]] != nil { inWindow[speech[start]]! -= 1 }
            start += 1
        }
        return (Double(best) / Double(quote.count), start...bestEnd)
    }

    /// Whether every word of `name` is a word of `speaker` (Khan names Sadiq Khan).
    static func names(_ speaker: String, includes name: String) -> Bool {
        let said = Set(Tokenizer.tokens(in: speaker).map(\.folded))
        let claimed = Tokenizer.tokens(in: name).map(\.folded)
        return !claimed.isEmpty && claimed.allSatisfy(said.contains)
    }

    static func citation(of speech: StoredSpeech, context: any Context) throws -> String {
        var text = "\(speech.speaker), \(speech.date), \(speech.speechID)"
        _ = try context.corpus.forEachRecord(in: context.corpus.set(of: [speech.rowID])) { text = Citation.text($0, style: "plain", sentence: nil) }
        return text
    }
}
