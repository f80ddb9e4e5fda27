/// What may complete the word under the cursor, as returned by a `LineEditor` completer.
public struct Completion: Sendable, Equatable {
    /// Candidates that replace the word being completed (the text from `wordStart` to the cursor).
    public var candidates: [String]
    /// Offset, in Characters from the start of the line, where the word being completed begins.
    public var wordStart: Int

    /// Creates a completion replacing the text from `wordStart` to the cursor with one of `candidates`.
    public init(candidates: [String], wordStart: Int) {
        self.candidates = candidates
        self.wordStart = wordStart
    }
}

/// What a TAB press does to the line, decided from the text before the cursor and a `Completion`.
enum CompletionAction: Equatable {
    /// Nothing matches.
    case beep
    /// Delete `deleteCount` Unicode scalars before the cursor, then insert `insert`.
    case replace(deleteCount: Int, insert: String)
    /// Several candidates and nothing more to insert: show them.
    case list([String])

    /// Decides what TAB does when the text before the cursor is `prefix`.
    static func plan(prefix: String, completion: Completion) -> CompletionAction {
        var seen = Set<String>()
        let candidates = completion.candidates.filter { seen.insert($0).inserted }
        let start = min(max(completion.wordStart, 0), prefix.count)
        let word = String(prefix.dropFirst(start))
        let deleteCount = word.unicodeScalars.count
        guard let first = candidates.first else { return .beep }
        if candidates.count == 1 {
            return .replace(deleteCount: deleteCount, insert: first.hasSuffix("/") ? first : first + " ")
        }
        let common = longestCommonPrefix(candidates)
        if common.count > word.count || (common.count == word.count && common != word) {
            return .replace(deleteCount: deleteCount, insert: common)
        }
        return .list(candidates)
    }

    /// The longest Character-wise prefix shared by every string.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var common = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let chars = Array(string)
            var n = 0
            while n < common.count, n < chars.count, common[n] == chars[n] { n += 1 }
            common.removeSubrange(n...)
        }
        return String(common)
    }

    /// Lays `items` out in columns (ordered down, then across) for a terminal `width` wide.
    /// Shows at most `limit` items, then a line saying how many were left out.
    static func columns(_ items: [String], width: Int, limit: Int = 120) -> String {
        let shown = Array(items.prefix(limit))
        guard !shown.isEmpty else { return "" }
        let cellWidth = (shown.map(\.count).max() ?? 0) + 2
        let columnCount = max(1, min(shown.count, max(width - 1, 1) / cellWidth))
        let rowCount = (shown.count + columnCount - 1) / columnCount
        var lines: [String] = []
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < shown.count else { break }
                let item = shown[index]
                line += item
                let nextIndex = (column + 1) * rowCount + row
                if nextIndex < shown.count {
                    line += String(repeating: " ", count: cellWidth - item.count)
                }
            }
            lines.append(line)
        }
        if items.count > shown.count {
            lines.append("… and \(items.count - shown.count) more")
        }
        return lines.joined(separator: "\n")
    }
}
