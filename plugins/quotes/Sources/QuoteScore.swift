import MQTKit

/// A sentence made ready to quote: its text (an opening connective dropped), and why it scores.
struct QuoteCandidate {
    /// The sentence as quoted: an opening connective dropped, a lower-case start capitalised in
    /// brackets (`[S]elf-regulation`).
    var quote: String
    /// The connective dropped (`However,`), or nil.
    var trimmed: String?
    /// The quote's index words, folded.
    var words: [String]
    /// Counted words (`Tokenizer.wordCount`).
    var length: Int
}

/// The features of a quote's score (`quotes --explain` shows each); the score is their sum.
struct QuoteFeatures: Equatable {
    var selfContained = 0.0
    var length = 0.0
    var stance = 0.0
    var rhetoric = 0.0
    var query = 0.0
    var distinct = 0.0
    var procedure = 0.0

    var score: Double { selfContained + length + stance + rhetoric + query + distinct + procedure }
    var all: [Double] { [selfContained, length, stance, rhetoric, query, distinct, procedure] }
    static let names = ["self-contained", "length", "stance", "rhetoric", "query", "distinct", "procedure"]
}

/// The rules of `quotes`: which sentences are prose, how one is trimmed, and how it scores. Word
/// lists hold index words (folded, an apostrophe separating: can't is can and t).
enum QuoteScore {
    /// Opening connectives a quote may drop (with the comma after them).
    static let connectives: Set<String> = [
        "however", "but", "and", "so", "also", "moreover", "furthermore", "indeed", "therefore", "nevertheless",
        "yet", "look", "well", "now", "again", "equally", "likewise", "similarly", "besides", "thus", "hence",
        "secondly", "thirdly", "finally", "firstly", "first", "second", "third", "still", "then",
    ]
    /// Opening words that need the previous sentence (pronouns, demonstratives, answers, thanks).
    static let dependentOpeners: Set<String> = [
        "this", "that", "these", "those", "it", "they", "he", "she", "his", "her", "their", "its", "them",
        "such", "which", "both", "yes", "no", "thank", "thanks", "as", "there",
    ]
    static let firstPerson: Set<String> = ["i", "we", "my", "our", "me", "us"]
    /// Modal and absolute words: a stance taken.
    static let stanceWords: Set<String> = [
        "must", "cannot", "never", "always", "should", "clearly", "nothing", "every", "everyone", "nobody",
        "absolutely", "certainly", "need", "will", "won", "shall", "best", "worst", "only", "wrong", "right",
        "vital", "essential", "critical", "crucial",
    ]
    /// Talk about the proceedings (questions, answers, thanks, time): a procedural sentence.
    static let procedureWords: Set<String> = [
        "question", "questions", "answer", "answered", "writing", "minutes", "thank", "thanks", "chair", "interruption",
        "intervention", "adjourn", "adjourned", "order",
    ]
    /// Words of contrast (t: the n't of don't).
    static let contrastWords: Set<String> = ["but", "not", "yet", "instead", "rather", "whereas", "although", "though", "t", "nor"]
    /// Function words, which never make a sentence distinct or repetitive.
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is", "are",
        "was", "were", "be", "been", "it", "that", "this", "as", "we", "i", "you", "they", "he", "she", "s",
        "t", "have", "has", "had", "do", "does", "did", "not", "but", "so", "if", "our", "my", "their", "its",
        "what", "which", "who", "there", "all", "about", "more", "can", "will", "would", "should", "must",
    ]

    /// Whether `sentence` is prose that may be quoted: no table cell (`|`), under 40% numbers, a
    /// capital, digit, quote or currency sign first (not `[` or a lower-case fragment), and an end at
    /// `.`, `!` or `?` (closing quotes or brackets after it allowed).
    static func isProse(_ sentence: String, words: [Token]) -> Bool {
        guard !sentence.contains("|"), let first = sentence.unicodeScalars.first, !words.isEmpty else { return false }
        if first == "[" || first.properties.isLowercase { return false }
        let numbers = words.filter { $0.folded.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }.count
        if numbers * 10 >= words.count * 4 { return false }
        let end = sentence.unicodeScalars.reversed().first { !"\"'’”)]".unicodeScalars.contains($0) }
        return end == "." || end == "!" || end == "?"
    }

    /// The sentence as quoted: an opening connective and its comma dropped when at least three
    /// words follow, a lower-case start then capitalised in brackets.
    static func candidate(_ sentence: String, words: [Token]) -> QuoteCandidate {
        let folded = words.map(\.folded)
        if words.count > 3, connectives.contains(folded[0]) {
            let units = Array(sentence.utf16)
            var index = words[0].range.upperBound
            if index < units.count, units[index] == 0x2C { index += 1 }  // ,
            while index < units.count, units[index] == 0x20 { index += 1 }
            if index == words[1].range.lowerBound {
                let dropped = String(utf16CodeUnits: Array(units[..<index]), count: index).trimmingCharacters(in: .whitespaces)
                let rest = String(utf16CodeUnits: Array(units[index...]), count: units.count - index)
                var quote = rest
                if let head = rest.first, head.isLowercase { quote = "[" + head.uppercased() + "]" + rest.dropFirst() }
                return QuoteCandidate(quote: quote, trimmed: dropped, words: Array(folded.dropFirst()), length: Tokenizer.wordCount(rest))
            }
        }
        return QuoteCandidate(quote: sentence, trimmed: nil, words: folded, length: Tokenizer.wordCount(sentence))
    }

    /// The features of one candidate. `neighbours` are the index words of the sentences before and
    /// after it; `sentencesHolding` counts, per word, the sentences of the speech that hold it (this
    /// one included).
    static func features(
        _ candidate: QuoteCandidate, queryWords: Set<String>, neighbours: [[String]], sentencesHolding: [String: Int]
    ) -> QuoteFeatures {
        var features = QuoteFeatures()
        let words = candidate.words
        let opener = words.first ?? ""
        features.selfContained = dependentOpeners.contains(opener) ? -2 : 1
        let n = candidate.length
        features.length = n < 6 ? 0.5 : n <= 20 ? 1 : max(-1, 1 - Double(n - 20) / 10)
        let unique = Set(words)
        features.stance = min(1.5, (unique.isDisjoint(with: firstPerson) ? 0 : 0.5) + 0.5 * Double(unique.intersection(stanceWords).count))
        var rhetoric = 0.0
        if !unique.isDisjoint(with: contrastWords) { rhetoric += 0.5 }
        let content = words.filter { $0.count >= 3 && !functionWords.contains($0) }
        let repeated = content.filter { $0.count >= 4 }
        let repeatsWord = Set(repeated).count < repeated.count
        // Anaphora and epiphora: the first three or the last two words again in the next or last sentence.
        let repeatsEnds = neighbours.contains { other in
            (words.count >= 3 && other.count >= 3 && other.prefix(3).elementsEqual(words.prefix(3)))
                || (words.count >= 2 && other.count >= 2 && other.suffix(2).elementsEqual(words.suffix(2)))
        }
        if repeatsWord || repeatsEnds { rhetoric += 0.5 }
        if n <= 15, !candidate.quote.contains(","), candidate.quote.hasSuffix(".") { rhetoric += 0.5 }
        features.rhetoric = rhetoric
        if !queryWords.isEmpty { features.query = Double(queryWords.intersection(unique).count) / Double(queryWords.count) }
        let distinctWords = Set(content)
        if !distinctWords.isEmpty {
            features.distinct = Double(distinctWords.filter { (sentencesHolding[$0] ?? 1) <= 1 }.count) / Double(distinctWords.count)
        }
        if !unique.isDisjoint(with: procedureWords) { features.procedure = -1 }
        return features
    }

    /// The words of a query worth finding in a quote: its plain words and phrases, not its filters
    /// (`speaker:khan`), exclusions (`-word`) or operators (AND, OR, NOT, NEAR).
    static func queryWords(_ query: String?) -> Set<String> {
        guard let query else { return [] }
        var words: Set<String> = []
        for var part in query.split(whereSeparator: { $0 == " " }) {
            if part.contains(":") || part.hasPrefix("-") || ["AND", "OR", "NOT"].contains(part) { continue }
            if part.hasPrefix("NEAR(") { part = part.dropFirst(5) }
            if part.hasSuffix(")"), part.dropLast().allSatisfy(\.isNumber) { continue }  // NEAR's distance
            for token in Tokenizer.tokens(in: String(part)) { words.insert(token.folded) }
        }
        return words
    }
}
