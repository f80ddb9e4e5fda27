import Foundation
import MQTKit

/// `dispersion`'s argument read apart: the words and "phrases" to place, then the query that
/// narrows the corpus, which starts at the first filter (`speaker:"Sadiq Khan"`, `-role:Mayor`),
/// bracket or operator (NOT, OR, AND, NEAR(...)).
struct DispersionTerms: Equatable {
    /// Each word or phrase as the folded words it matches.
    var phrases: [[String]]
    /// The query, verbatim; empty when there is none.
    var query: String

    init(_ text: String) throws {
        phrases = []
        query = ""
        for (item, start) in Self.items(text) {
            if Self.startsQuery(item) {
                query = String(text[start...]).trimmingCharacters(in: .whitespaces)
                break
            }
            if item.contains("*") || item.contains("~") {
                throw CommandError.invalid("dispersion places words and \"phrases\", not '\(item)' (no wildcards or word forms)")
            }
            let words = Tokenizer.tokens(in: item.replacingOccurrences(of: "\"", with: "")).map(\.folded)
            guard !words.isEmpty else { throw CommandError.invalid("'\(item)' has no words to place") }
            phrases.append(words)
        }
        guard !phrases.isEmpty else {
            throw CommandError.invalid("dispersion needs a WORD or \"phrase\" before the query, as in: dispersion prevent speaker:Khan")
        }
    }

    /// The text cut at spaces outside double quotes, each piece with where it starts.
    static func items(_ text: String) -> [(String, String.Index)] {
        var result: [(String, String.Index)] = []
        var current = ""
        var start = text.startIndex
        var quoted = false
        for index in text.indices {
            let character = text[index]
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace && !quoted {
                if !current.isEmpty { result.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = index }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    /// Whether the query starts at this item: a filter (a colon before any quote), a negation, a
    /// bracket, or an operator.
    static func startsQuery(_ item: String) -> Bool {
        let head = item.prefix { $0 != "\"" }
        return head.contains(":") || item.hasPrefix("-") || item.hasPrefix("(") || item.hasPrefix("NEAR(")
            || ["NOT", "OR", "AND"].contains(item)
    }
}
