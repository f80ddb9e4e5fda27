import Foundation
import MQTKit

/// A word-level local alignment (Smith–Waterman) of a pasted quote against a speech: a match
/// scores 2, a changed word, an added word (in the quote only) or a dropped word (in the speech
/// only) -1 each; a marked ellipsis in the quote (`...` or `…`) passes over any run of the
/// speech's words for nothing. Words are index words (folded: case, accents and punctuation do
/// not count).
struct QuoteAlignment {
    enum Step: Equatable {
        case match(quote: Int, speech: Int)
        case changed(quote: Int, speech: Int)
        case added(quote: Int)
        case dropped(speech: Int)
        case elided(speech: Int)
    }

    /// The steps, in order; empty when nothing matched.
    var steps: [Step]
    var score: Int

    /// The quote's position of an ellipsis among its words.
    static let ellipsis = "\u{2026}"

    /// The quote's words, an ellipsis (`...` or `…`) as the word `…`.
    static func quoteWords(_ quote: String) -> [(folded: String, text: String)] {
        let marked = quote.replacingOccurrences(of: "...", with: " \u{2026} ")
        var result: [(String, String)] = []
        let units = Array(marked.utf16)
        var last = 0
        for token in Tokenizer.tokens(in: marked) {
            let between = String(utf16CodeUnits: Array(units[last..<token.range.lowerBound]), count: token.range.lowerBound - last)
            if between.contains(ellipsis) { result.append((ellipsis, ellipsis)) }
            result.append((token.folded, String(utf16CodeUnits: Array(units[token.range]), count: token.range.count)))
            last = token.range.upperBound
        }
        return result
    }

    /// The best local alignment of `quote` (words, ellipses as `…`) in `speech`.
    static func align(_ quote: [String], _ speech: [String]) -> QuoteAlignment {
        let m = quote.count, n = speech.count
        guard m > 0, n > 0 else { return QuoteAlignment(steps: [], score: 0) }
        let width = n + 1
        var h = [Int32](repeating: 0, count: (m + 1) * width)
        var best: (score: Int32, i: Int, j: Int) = (0, 0, 0)
        for i in 1...m {
            let elided = quote[i - 1] == ellipsis
            for j in 1...n {
                let value: Int32
                if elided {
                    value = max(h[(i - 1) * width + j], h[i * width + j - 1])
                } else {
                    let diagonal = h[(i - 1) * width + j - 1] + (quote[i - 1] == speech[j - 1] ? 2 : -1)
                    value = max(0, diagonal, h[(i - 1) * width + j] - 1, h[i * width + j - 1] - 1)
                }
                h[i * width + j] = value
                if value > best.score { best = (value, i, j) }
            }
        }
        var steps: [Step] = []
        var (i, j) = (best.i, best.j)
        while i > 0, j > 0, h[i * width + j] > 0 {
            let here = h[i * width + j]
            if quote[i - 1] == ellipsis {
                if here == h[i * width + j - 1] { steps.append(.elided(speech: j - 1)); j -= 1 } else { i -= 1 }
            } else if here == h[(i - 1) * width + j - 1] + (quote[i - 1] == speech[j - 1] ? 2 : -1) {
                steps.append(quote[i - 1] == speech[j - 1] ? .match(quote: i - 1, speech: j - 1) : .changed(quote: i - 1, speech: j - 1))
                i -= 1
                j -= 1
            } else if here == h[(i - 1) * width + j] - 1 {
                steps.append(.added(quote: i - 1))
                i -= 1
            } else {
                steps.append(.dropped(speech: j - 1))
                j -= 1
            }
        }
        steps.reverse()
        // Quote words outside the aligned stretch were not said there: added.
        let first = steps.compactMap(\.quoteIndex).min() ?? m
        let last = steps.compactMap(\.quoteIndex).max() ?? -1
        steps = (0..<first).filter { quote[$0] != ellipsis }.map { .added(quote: $0) } + steps
            + (last + 1..<m).filter { quote[$0] != ellipsis }.map { .added(quote: $0) }
        return QuoteAlignment(steps: steps, score: Int(best.score))
    }

    /// The speech's words from the first aligned to the last.
    var speechRange: ClosedRange<Int>? {
        let indices = steps.compactMap(\.speechIndex)
        guard let low = indices.min(), let high = indices.max() else { return nil }
        return low...high
    }

    var matches: Int { steps.filter { if case .match = $0 { return true } else { return false } }.count }
}

extension QuoteAlignment.Step {
    var quoteIndex: Int? {
        switch self {
        case .match(let q, _), .changed(let q, _), .added(let q): return q
        default: return nil
        }
    }

    var speechIndex: Int? {
        switch self {
        case .match(_, let s), .changed(_, let s), .dropped(let s), .elided(let s): return s
        case .added: return nil
        }
    }
}
