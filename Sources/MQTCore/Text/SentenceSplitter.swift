import Foundation

/// Splits text into sentences: a paragraph break (a blank line) always ends one; in a table (a
/// paragraph with a line holding `|`, as readers write table rows) every line is one sentence;
/// inside a prose paragraph a sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
/// after it) followed by white space and then a capital, a digit, a currency sign or an opening
/// quote or bracket, except that a `.` ends nothing after a common abbreviation (Mr., Dr., No.,
/// e.g. ...), a single capital or dotted capitals (J. Smith, J.K. Rowling) unless a common
/// sentence opener follows (Child Q. As ...), another `.` (an
/// ellipsis `...`), or, before a number, a citation's abbreviation (c. 469, cols. 12–14W, s. 3,
/// cols. GC 148, c. £2.3 million).
///
/// `sentences(in:)` and `count(in:)` share one scan over Unicode scalars, so a stored sentence count
/// is always the number of sentences `quotes` and `ngrams` see.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "hon", "rt", "prof", "sir", "gen", "col", "lt",
        "capt", "rev", "cllr", "e.g", "i.e", "etc", "cf", "vs", "v", "co", "ltd", "jr", "sr", "art",
        "para", "paras", "sec", "cl", "vol", "p", "pp", "op", "cit",
    ]

    /// Abbreviations of Hansard and legal citations, which end nothing when a number follows:
    /// `c. 469` (column), `cols. 12–14W`, `s. 3` (section), `ch. 2`, `fig. 4`, `q. 12` (question).
    /// The longest abbreviation of either list.
    static let longestAbbreviation = abbreviations.union(citationAbbreviations).map(\.count).max() ?? 0
    static let citationAbbreviations: Set<String> = ["c", "cc", "cols", "s", "ss", "ch", "fig", "figs", "q", "qq", "vols"]

    /// The sentences of `text`, trimmed, in order.
    public static func sentences(in text: String) -> [String] {
        let scalars = scalarArray(text)
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
        forEachSentence(scalarArray(text)) { _ in count += 1 }
        return count
    }

    /// The text's scalars in one pass (`Array(text.unicodeScalars)` counts them first, then copies).
    static func scalarArray(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    // Character classes with an ASCII fast path: every speech of a load is counted, and Unicode
    // property lookups were most of the time (402 MB at 60x).
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == " " || (c.value >= 0x09 && c.value <= 0x0D) : c.properties.isWhitespace
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A : c.properties.isAlphabetic
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x30 && c.value <= 0x39 : c.properties.numericType != nil
    }
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c { case "\"", "'", "’", "”", ")", "]": return true
        default: return false }
    }
    @inline(__always) static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c { case "\"", "'", "‘", "“", "(", "£", "$", "€": return true
        default: return false }
    }

    /// Calls `body` with the range of each sentence that holds more than white space.
    static func forEachSentence(_ s: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        var paragraphStart = 0
        var i = 0
        while i <= s.count {
            if i == s.count || (s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n") {
                if paragraphStart < i {
                    if s[paragraphStart..<i].contains("|") { splitLines(s, paragraphStart..<i, body) } else { split(s, paragraphStart..<i, body) }
                }
                paragraphStart = i + 2
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// The rows of a table: one sentence a line.
    static func splitLines(_ s: [Unicode.Scalar], _ paragraph: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start = paragraph.lowerBound
        for i in paragraph where s[i] == "\n" {
            emit(s, start..<i, body)
            start = i + 1
        }
        if start < paragraph.upperBound { emit(s, start..<paragraph.upperBound, body) }
    }

    /// The sentences of one prose paragraph.
    static func split(_ s: [Unicode.Scalar], _ paragraph: Range<Int>, _ body: (Range<Int>) -> Void) {
        let end = paragraph.upperBound
        var start = paragraph.lowerBound
        var i = start
        while i < end {
            let c = s[i]
            if c == "." || c == "!" || c == "?" {
                var close = i + 1
                while close < end, isCloser(s[close]) { close += 1 }
                if close < end, isSpace(s[close]) {
                    var next = close
                    while next < end, isSpace(s[next]) { next += 1 }
                    if next < end, startsSentence(s[next]), !(c == "." && keepsSentence(s, dot: i, next: next, from: start)) {
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

    /// Words that start sentences and never follow an initial: "Child Q. As part of ..." ends at Q.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "as", "from", "it", "this", "that", "these", "those", "in", "on", "we", "i", "he", "she",
        "they", "there", "but", "and", "if", "what", "when", "however", "so", "our", "my", "his", "her", "their",
    ]

    /// The word starting at `index`, in lower case.
    static func nextWord(_ s: [Unicode.Scalar], from index: Int) -> String {
        var word = ""
        var j = index
        while j < s.count, isLetter(s[j]) {
            word.unicodeScalars.append(s[j])
            j += 1
        }
        return word.lowercased()
    }

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        isUpper(c) || isDigit(c) || isOpener(c)
    }

    static func emit(_ s: [Unicode.Scalar], _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        if s[range].contains(where: { !isSpace($0) }) { body(range) }
    }

    /// Whether the `.` at `dot` belongs to an abbreviation, an initial or an ellipsis rather than
    /// ending the sentence.
    static func keepsSentence(_ s: [Unicode.Scalar], dot index: Int, next: Int, from start: Int) -> Bool {
        if index > start, s[index - 1] == "." { return true }
        var j = index
        while j > start, isLetter(s[j - 1]) || s[j - 1] == "." { j -= 1 }
        guard j < index else { return false }
        // Most sentences end after a word longer than any abbreviation and without inner dots:
        // no initial, no abbreviation, nothing to build (this test is most of a load's splitting).
        if index - j > longestAbbreviation, !s[j..<index].contains(".") { return false }
        var word = ""
        word.unicodeScalars.append(contentsOf: s[j..<index])
        // J. or J.K. or U.S.: single capitals, each followed by a dot.
        let letters = word.split(separator: ".", omittingEmptySubsequences: false)
        if letters.allSatisfy({ $0.count == 1 && isUpper($0.unicodeScalars.first!) }) {
            return !sentenceOpeners.contains(nextWord(s, from: next))
        }
        word = word.lowercased()
        if abbreviations.contains(word) { return true }
        return citationAbbreviations.contains(word) && startsColumnNumber(s, at: next)
    }

    /// A number as citations give it: `469`, `£2.3` (c. for circa), or up to three capitals before
    /// one (`GC 148`, `WA12`: Grand Committee, Lords written answers).
    static func startsColumnNumber(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index
        if j < s.count, ["£", "$", "€"].contains(s[j]) { j += 1 }
        if j == index {
            while j < s.count, j - index < 3, isUpper(s[j]) { j += 1 }
            if j > index, j < s.count, s[j] == " " { j += 1 }
        }
        return j < s.count && isDigit(s[j])
    }
}
