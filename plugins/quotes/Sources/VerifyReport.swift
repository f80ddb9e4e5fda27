import MQTKit

/// What `verify` found: the passage said, and the word-level differences from the quote.
struct VerifyReport {
    var pasted: String
    var words: [(folded: String, text: String)]
    var alignment: QuoteAlignment
    var speech: StoredSpeech
    var tokens: [Token]
    /// The speech's words to show instead of the aligned ones (where a reordered quote's words are).
    var span: ClosedRange<Int>? = nil

    /// A word of the speech as written.
    func said(_ index: Int) -> String {
        let units = Array(speech.text.utf16)[tokens[index].range]
        return String(utf16CodeUnits: Array(units), count: units.count)
    }

    var added: [String] { alignment.steps.compactMap { if case .added(let q) = $0 { return words[q].text } else { return nil } } }
    var dropped: [String] { alignment.steps.compactMap { if case .dropped(let s) = $0 { return said(s) } else { return nil } } }
    /// Changed words as `said → printed`.
    var changed: [String] {
        alignment.steps.compactMap { if case .changed(let q, let s) = $0 { return "\(said(s)) → \(words[q].text)" } else { return nil } }
    }
    var isExact: Bool { added.isEmpty && dropped.isEmpty && changed.isEmpty }

    /// The speech's text from the first aligned word to the last, with the punctuation after it.
    var passage: String {
        guard let range = span ?? alignment.speechRange else { return "" }
        let units = Array(speech.text.utf16)
        var end = tokens[range.upperBound].range.upperBound
        while end < units.count, units[end] != 0x20, units[end] != 0x0A { end += 1 }
        let start = tokens[range.lowerBound].range.lowerBound
        return String(utf16CodeUnits: Array(units[start..<end]), count: end - start)
    }

    func record(verdict: String, claimed: String?, citation: String) -> Record {
        let list = { (items: [String]) -> Cell in .list(items.map(Cell.text)) }
        var lines = ["\(verdict): \(summary(verdict: verdict, claimed: claimed))", "  printed: \(pasted)", "  said:    \(passage)"]
        if verdict != "reordered", !changed.isEmpty { lines.append("  changed: " + changed.joined(separator: "; ")) }
        if verdict != "reordered", !added.isEmpty { lines.append("  added:   " + added.joined(separator: " ")) }
        if verdict != "reordered", !dropped.isEmpty { lines.append("  dropped: " + dropped.joined(separator: " ")) }
        lines.append("  source:  \(citation) (\(speech.speechID))")
        return Record(
            [
                ("verdict", .text(verdict)), ("quote", .text(pasted)), ("passage", .text(passage)), ("speaker", .text(speech.speaker)),
                ("speech_id", .text(speech.speechID)), ("date", .text(speech.date)), ("changed", list(changed)), ("added", list(added)),
                ("dropped", list(dropped)), ("citation", .text(citation)),
            ], prose: lines.joined(separator: "\n"))
    }

    func summary(verdict: String, claimed: String?) -> String {
        switch verdict {
        case "exact": return "the record has these words, in this order"
        case "reordered": return "the record has these words in another order"
        case "misattributed": return "said by \(speech.speaker), not \(claimed ?? "")" + (isExact ? "" : ", and \(differences)")
        default: return differences
        }
    }

    var differences: String {
        let counts = [(changed.count, "changed"), (added.count, "added"), (dropped.count, "dropped")].filter { $0.0 > 0 }
        guard !counts.isEmpty else { return "no words differ" }
        return counts.map { "\($0.0) word\($0.0 == 1 ? "" : "s") \($0.1)" }.joined(separator: ", ")
    }
}
