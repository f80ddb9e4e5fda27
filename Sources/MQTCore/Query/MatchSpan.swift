/// One occurrence of a matched word or phrase, in tokens of the speech text.
public struct MatchSpan: Equatable, Hashable, Sendable {
    /// Index of its first token among the text's tokens (`Tokenizer.tokens(in:)`).
    public var token: Int
    /// Number of tokens (a phrase of three words has three).
    public var length: Int

    public init(token: Int, length: Int) {
        self.token = token
        self.length = length
    }

    /// Parses `mqt_spans` output: `token:length` pairs separated by commas.
    static func parseList(_ text: String?) -> [MatchSpan] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let token = Int(parts[0]), let length = Int(parts[1]) else { return nil }
            return MatchSpan(token: token, length: length)
        }
    }

    /// The hits these instances make: sorted by token, with instances that share a token merged
    /// (transitively) into one span covering them all. Instances that only touch stay apart.
    static func merged(_ spans: [MatchSpan]) -> [MatchSpan] {
        var result: [MatchSpan] = []
        for span in spans.sorted(by: { $0.token < $1.token }) where span.length > 0 {
            if let last = result.last, span.token < last.token + last.length {
                result[result.count - 1].length = max(last.length, span.token + span.length - last.token)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// `mqt_spans` text for a list of spans.
    static func listText(_ spans: [MatchSpan]) -> String {
        spans.map { "\($0.token):\($0.length)" }.joined(separator: ",")
    }

    /// The UTF-16 range of the span in a text whose words stand at these ranges (`TokenRanges`);
    /// nil when out of range.
    public func range(in words: [Range<Int>]) -> Range<Int>? {
        guard token >= 0, length > 0, token + length <= words.count else { return nil }
        return words[token].lowerBound..<words[token + length - 1].upperBound
    }
}
