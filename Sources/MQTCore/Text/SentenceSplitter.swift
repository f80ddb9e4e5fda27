import Foundation

/// Splits text into sentences: a paragraph break (a blank line) always ends one; inside a paragraph
/// a sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by
/// white space and then a capital, a digit or an opening quote or bracket, except that a `.` after
/// a common abbreviation (Mr., Dr., St., No., e.g. ...) or a single capital (J. Smith) ends nothing.
///
/// `sentences(in:)` and `count(in:)` share one scan over Unicode scalars, so a stored sentence count
/// is always the number of sentences `quotes` and `ngrams` see.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "hon", "rt", "prof", "sir", "gen", "col", "lt",
        "capt", "rev", "cllr", "e.g", "i.e", "etc", "cf", "vs", "v", "co", "ltd", "jr", "sr", "art",
        "para", "paras", "sec", "cl", "vol", "p", "pp", "op", "cit",
    ]

    /// The sentences of `text`, trimmed, in order.
    public static func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        forEachSentence(scalars) { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            result.append(String(view).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return result
    }

    /// How many sentences `sentences(in:)` finds, without making them.
    public static func count(in text: String) -> Int {
        var count = 0
        forEachSentence(Array(text.unicodeScalars)) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the range of each sentence that holds more than white space.
    static func forEachSentence(_ s: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        var paragraphStart = 0
        var i = 0
        while i <= s.count {
            if i == s.count || (s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n") {
                split(s, paragraphStart..<i, body)
                paragraphStart = i + 2
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// The sentences of one paragraph.
    static func split(_ s: [Unicode.Scalar], _ paragraph: Range<Int>, _ body: (Range<Int>) -> Void) {
        let end = paragraph.upperBound
        var start = paragraph.lowerBound
        var i = start
        while i < end {
            let c = s[i]
            if c == "." || c == "!" || c == "?" {
                var close = i + 1
                while close < end, closers.contains(s[close]) { close += 1 }
                if close < end, s[close].properties.isWhitespace {
                    var next = close
                    while next < end, s[next].properties.isWhitespace { next += 1 }
                    if next < end, startsSentence(s[next]), !(c == "." && endsWithAbbreviation(s, before: i, from: start)) {
                        emit(s, start..<close, body)
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        if start < end { emit(s, start..<end, body) }
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "’", "”", ")", "]"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "‘", "“", "("]

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.numericType != nil || openers.contains(c)
    }

    static func emit(_ s: [Unicode.Scalar], _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        if s[range].contains(where: { !$0.properties.isWhitespace }) { body(range) }
    }

    static func endsWithAbbreviation(_ s: [Unicode.Scalar], before index: Int, from start: Int) -> Bool {
        var j = index
        while j > start, s[j - 1].properties.isAlphabetic || s[j - 1] == "." { j -= 1 }
        guard j < index else { return false }
        var word = ""
        word.unicodeScalars.append(contentsOf: s[j..<index])
        word = word.lowercased()
        if index - j == 1, s[j].properties.isAlphabetic, s[j].properties.isUppercase { return true }
        return abbreviations.contains(word)
    }
}
