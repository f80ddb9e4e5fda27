import Foundation

/// Helpers for cutting display text out of speeches.
enum TextSlice {
    /// Runs of whitespace (line breaks included) as one space; trimmed unless `keepEdges`.
    static func collapse(_ text: String, keepEdges: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && (keepEdges || !out.isEmpty) { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        if pendingSpace && keepEdges { out.append(" ") }
        return String(out)
    }

    /// The UTF-16 ranges of the sentences of `text` (as `SentenceSplitter` cuts them).
    static func sentenceRanges(in text: String) -> [Range<Int>] {
        let ns = text as NSString
        var ranges: [Range<Int>] = []
        var from = 0
        for sentence in SentenceSplitter.sentences(in: text) {
            let found = ns.range(of: sentence, options: [], range: NSRange(location: from, length: ns.length - from))
            guard found.location != NSNotFound else { continue }
            ranges.append(found.location..<(found.location + found.length))
            from = found.location + found.length
        }
        return ranges
    }
}
