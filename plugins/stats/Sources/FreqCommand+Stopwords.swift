import Foundation
import MQTKit

/// The stop lists `freq` (and every command with `--stopwords`) leaves out.
extension FreqCommand {
    /// The words to leave out, folded as the index folds them.
    static func stopwords(_ choice: String, context: any Context) throws -> Set<String> {
        switch choice {
        case "default": return defaultStopwords
        case "none": return []
        default:
            let path = context.resolve(path: choice)
            try context.settings.safe.checkRead(path, shownAs: choice)
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
