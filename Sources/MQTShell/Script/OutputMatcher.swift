import Foundation

/// Compares actual output with an expected block: line by line after trimming trailing spaces;
/// `...` matches any number of lines, `[..]` any text within a line, a line ending ` (re)` is a
/// regular expression for the whole line, `<blank>` an empty line.
public enum OutputMatcher {
    /// Whether `actual` satisfies `expected`.
    public static func matches(expected: [String], actual: [String]) -> Bool {
        let patterns = expected.map(normalise)
        let lines = trimTrailingBlank(actual.map(trimRight))
        var memo: [Int: Bool] = [:]
        func match(_ p: Int, _ a: Int) -> Bool {
            let key = p * (lines.count + 1) + a
            if let known = memo[key] { return known }
            let result: Bool
            if p == patterns.count {
                result = a == lines.count
            } else if patterns[p] == "..." {
                result = (a...lines.count).contains { match(p + 1, $0) }
            } else {
                result = a < lines.count && lineMatches(patterns[p], lines[a]) && match(p + 1, a + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }

    /// Whether one actual line satisfies one pattern line.
    public static func lineMatches(_ pattern: String, _ line: String) -> Bool {
        if pattern.hasSuffix(" (re)") {
            let source = "^(?:" + String(pattern.dropLast(5)) + ")$"
            guard let regex = try? NSRegularExpression(pattern: source) else { return false }
            return regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
        }
        guard pattern.contains("[..]") else { return pattern == line }
        let pieces = pattern.components(separatedBy: "[..]")
        var rest = Substring(line)
        guard let first = pieces.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for (index, piece) in pieces.enumerated().dropFirst() {
            if index == pieces.count - 1 { return piece.isEmpty || rest.hasSuffix(piece) }
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    static func normalise(_ line: String) -> String {
        let trimmed = trimRight(line)
        return trimmed == "<blank>" ? "" : trimmed
    }

    static func trimRight(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return String(line)
    }

    /// Output split into lines without trailing empty ones (what comparison and --update use).
    public static func lines(of output: String) -> [String] {
        guard !output.isEmpty else { return [] }
        let lines = output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        return trimTrailingBlank(lines.map(trimRight))
    }

    static func trimTrailingBlank(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
