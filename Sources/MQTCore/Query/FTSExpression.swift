import Foundation

/// A phrase for FTS5: text quoted for the index's own tokenizer, restricted to one column.
struct FTSPhrase: Equatable, Sendable {
    var text: String
    var isPrefix = false
    /// `text`, `speaker`, `party` or `role`.
    var column = "text"
    /// Whether its occurrences count as hits (text column, not under a NOT).
    var counted = false

    /// `text : "social media"`, with `"` doubled and `*` after a prefix.
    var fts: String {
        "\(column) : \"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" + (isPrefix ? " *" : "")
    }
}

/// An FTS5 MATCH expression built from the query tree, never from user text directly.
indirect enum FTSExpression: Equatable, Sendable {
    case phrase(FTSPhrase)
    case near([FTSPhrase], distance: Int)
    case and([FTSExpression])
    case or([FTSExpression])
    /// `left NOT right`.
    case not(FTSExpression, FTSExpression)

    /// The expression text and the indices (FTS5 numbers phrases left to right) of counted phrases.
    func serialized() -> (text: String, counted: [Int]) {
        var counter = 0
        var counted: [Int] = []
        let text = write(&counter, &counted)
        return (text, counted)
    }

    private func write(_ counter: inout Int, _ counted: inout [Int]) -> String {
        func take(_ phrase: FTSPhrase) {
            if phrase.counted { counted.append(counter) }
            counter += 1
        }
        switch self {
        case .phrase(let phrase):
            take(phrase)
            return phrase.fts
        case .near(let phrases, let distance):
            // FTS5 3.40 reports wrong instances for a column-filtered NEAR under an OR when a
            // phrase occurs only in another column. So the unfiltered NEAR gives the instances
            // (only the text column's are counted) and an uncounted filtered copy the match.
            phrases.forEach(take)
            phrases.forEach { take(FTSPhrase(text: $0.text, isPrefix: $0.isPrefix, column: $0.column, counted: false)) }
            let column = phrases.first?.column ?? "text"
            let items = phrases.map { phrase -> String in
                "\"\(phrase.text.replacingOccurrences(of: "\"", with: "\"\""))\"" + (phrase.isPrefix ? " *" : "")
            }
            let near = "NEAR(\(items.joined(separator: " ")), \(distance))"
            return "(\(near) AND \(column) : \(near))"
        case .and(let items):
            return "(" + items.map { $0.write(&counter, &counted) }.joined(separator: " AND ") + ")"
        case .or(let items):
            return "(" + items.map { $0.write(&counter, &counted) }.joined(separator: " OR ") + ")"
        case .not(let left, let right):
            let l = left.write(&counter, &counted)
            let r = right.write(&counter, &counted)
            return "(\(l) NOT \(r))"
        }
    }

    /// All items ANDed (one item stands alone).
    static func all(_ items: [FTSExpression]) -> FTSExpression? {
        items.count <= 1 ? items.first : .and(items)
    }

    /// Any item (one item stands alone).
    static func any(_ items: [FTSExpression]) -> FTSExpression? {
        items.count <= 1 ? items.first : .or(items)
    }
}
