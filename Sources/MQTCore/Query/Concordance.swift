import Foundation

/// Keyword-in-context lines: each match with the text to its left and right.
public enum Concordance {
    /// How far the context reaches.
    public enum Context: String, CaseIterable, Sendable {
        /// Up to the width on each side, across sentences.
        case words
        /// Within the sentence holding the match.
        case sentence
        /// Within the whole speech.
        case speech
    }

    /// One line: left context, the match as written, right context (whitespace collapsed), and
    /// the words either side (folded, nearest first) for sorting.
    public struct Line: Equatable, Sendable {
        public var left: String
        public var match: String
        public var right: String
        public var leftWords: [String]
        public var rightWords: [String]
    }

    /// The lines of one speech's spans. `width` cuts each side to that many characters (the left
    /// side keeps its end); nil keeps the whole sentence or speech.
    public static func lines(in text: String, spans: [MatchSpan], context: Context, width: Int?) -> [Line] {
        let tokens = TokenRanges.of(text)
        let units = Array(text.utf16)
        let sentences = context == .sentence ? TextSlice.sentenceRanges(in: text) : []
        func string(_ range: Range<Int>) -> String {
            String(decoding: units[max(0, range.lowerBound)..<min(units.count, max(range.lowerBound, range.upperBound))], as: UTF16.self)
        }
        return spans.compactMap { span -> Line? in
            guard let match = span.range(in: tokens) else { return nil }
            var bounds = 0..<units.count
            if context == .sentence, let sentence = sentences.first(where: { $0.contains(match.lowerBound) }) {
                bounds = sentence.lowerBound..<max(sentence.upperBound, match.upperBound)
            }
            // Only a margin beyond the width is read: whitespace may shrink when collapsed.
            let margin = width.map { $0 * 3 + 16 } ?? units.count
            var left = TextSlice.collapse(string(max(bounds.lowerBound, match.lowerBound - margin)..<match.lowerBound))
            var right = TextSlice.collapse(string(match.upperBound..<min(bounds.upperBound, match.upperBound + margin)))
            if let width {
                if left.count > width { left = String(left.suffix(width)) }
                if right.count > width { right = String(right.prefix(width)) }
            }
            let before = tokens[max(0, span.token - 8)..<span.token].filter { $0.lowerBound >= bounds.lowerBound }.reversed()
                .map { Tokenizer.fold(string($0)) }
            let after = tokens[(span.token + span.length)...].prefix(8).filter { $0.upperBound <= bounds.upperBound }
                .map { Tokenizer.fold(string($0)) }
            return Line(
                left: left, match: TextSlice.collapse(string(match)), right: right, leftWords: Array(before), rightWords: Array(after))
        }
    }
}
