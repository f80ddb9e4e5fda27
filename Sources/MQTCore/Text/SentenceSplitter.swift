import Foundation

/// Splits a paragraph into sentences at `.`, `!` or `?` followed by a space and a capital, a digit
/// or an opening quote, except after common abbreviations (Mr., Dr., St., No., e.g. ...).
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "hon", "rt", "prof", "sir", "gen", "col", "lt",
        "capt", "rev", "cllr", "e.g", "i.e", "etc", "cf", "vs", "v", "co", "ltd", "jr", "sr", "art",
        "para", "paras", "sec", "cl", "col", "vol", "p", "pp", "op", "cit",
    ]

    /// The sentences of `text`, trimmed, in order; paragraph breaks always end a sentence.
    public static func sentences(in text: String) -> [String] {
        var result: [String] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            result.append(contentsOf: split(paragraph))
        }
        return result
    }

    static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < chars.count, "\"'’”)]".contains(chars[end]) { end += 1 }
                if end < chars.count, chars[end].isWhitespace {
                    var next = end
                    while next < chars.count, chars[next].isWhitespace { next += 1 }
                    let startsNew =
                        next < chars.count
                        && (chars[next].isUppercase || chars[next].isNumber || "\"'‘“(".contains(chars[next]))
                    if startsNew && !(c == "." && endsWithAbbreviation(chars, before: i)) {
                        appendTrimmed(String(chars[start..<end]), to: &sentences)
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        if start < chars.count { appendTrimmed(String(chars[start...]), to: &sentences) }
        return sentences
    }

    static func endsWithAbbreviation(_ chars: [Character], before index: Int) -> Bool {
        var j = index
        while j > 0, chars[j - 1].isLetter || chars[j - 1] == "." { j -= 1 }
        let word = String(chars[j..<index]).lowercased()
        if word.count == 1, let first = word.first, first.isLetter, chars[j].isUppercase { return true }
        return abbreviations.contains(word)
    }

    static func appendTrimmed(_ text: String, to list: inout [String]) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { list.append(trimmed) }
    }
}
