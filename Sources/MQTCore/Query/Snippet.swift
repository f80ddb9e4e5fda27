import Foundation

/// A short extract of a speech around its first match, with the matched words marked.
public struct Snippet: Equatable, Sendable {
    /// The extract, whitespace collapsed, with `…` where text was cut.
    public var text: String
    /// Matched words and phrases, as UTF-16 ranges of `text`.
    public var marks: [Range<Int>]

    public init(text: String, marks: [Range<Int>]) {
        self.text = text
        self.marks = marks
    }

    /// An extract of `words` words starting `before` words ahead of the first span (the start of
    /// the text when there is none).
    public static func make(from text: String, spans: [MatchSpan], words: Int = 24, before: Int = 4) -> Snippet {
        let tokens = TokenRanges.of(text)
        guard !tokens.isEmpty else { return Snippet(text: TextSlice.collapse(text), marks: []) }
        let first = spans.map(\.token).min() ?? 0
        let start = max(0, min(first - before, tokens.count - words))
        let end = min(tokens.count, start + words)
        let units = Array(text.utf16)
        var out: [UInt16] = start > 0 ? Array("… ".utf16) : []
        var starts: [Int: Int] = [:]
        var ends: [Int: Int] = [:]
        for index in start..<end {
            starts[index] = out.count
            out += units[tokens[index]]
            ends[index] = out.count
            if index + 1 < end {
                let gap = String(decoding: units[tokens[index].upperBound..<tokens[index + 1].lowerBound], as: UTF16.self)
                out += Array(TextSlice.collapse(gap, keepEdges: true).utf16)
            }
        }
        var marks: [Range<Int>] = []
        for span in spans.sorted(by: { $0.token < $1.token }) where span.token >= start && span.token < end {
            guard let from = starts[span.token], let to = ends[min(span.token + span.length, end) - 1] else { continue }
            if let last = marks.last, from <= last.upperBound {
                marks[marks.count - 1] = last.lowerBound..<max(last.upperBound, to)
            } else {
                marks.append(from..<to)
            }
        }
        if end < tokens.count {
            out += Array(" …".utf16)
        } else {
            let tail = String(decoding: units[tokens[end - 1].upperBound...], as: UTF16.self)
            out += Array(TextSlice.collapse(tail, keepEdges: true).trimmingCharacters(in: .whitespaces).utf16)
        }
        return Snippet(text: String(decoding: out, as: UTF16.self), marks: marks)
    }
}
