/// Column titles that give way before any cell is cut: when a table is too wide, a title wider
/// than its column's cells wraps at its spaces (`party or role` over two lines), so narrow numbers
/// under long titles stop costing the width that names and text need.
enum TitleWrap {
    /// Narrows columns whose title is wider than their cells, down to the widest of the cells and
    /// the title's longest word, widest slack first, until the table fits `total`. When wrapping
    /// titles cannot make it fit, nothing changes: cells will be cut anyway, and a header of
    /// several lines is only worth it when it saves them.
    static func narrow(_ widths: inout [Int], titles: [String], cellWidths: [Int], into total: Int, separator: Int) {
        let floors = titles.indices.map { max(cellWidths[$0], longestWord(titles[$0])) }
        var narrowed = widths
        while narrowed.reduce(0, +) + separator * max(0, narrowed.count - 1) > total {
            guard let index = narrowed.indices.filter({ narrowed[$0] > floors[$0] })
                .max(by: { narrowed[$0] - floors[$0] < narrowed[$1] - floors[$1] })
            else { return }
            narrowed[index] = max(floors[index], lines(titles[index], width: narrowed[index] - 1).map(\.count).max() ?? 0)
        }
        widths = narrowed
    }

    /// The title's lines at `width`, broken at spaces (one line when it fits).
    static func lines(_ title: String, width: Int) -> [String] {
        guard title.count > width else { return [title] }
        var lines: [String] = []
        var current = ""
        for word in title.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The header's lines: each title wrapped to its column, bottom-aligned so that the last line
    /// sits on the rows.
    static func headerLines(_ titles: [String], widths: [Int]) -> [[String]] {
        let wrapped = titles.indices.map { lines(titles[$0], width: widths[$0]) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { row in
            wrapped.map { title in
                let offset = row - (height - title.count)
                return offset >= 0 ? title[offset] : ""
            }
        }
    }

    static func longestWord(_ title: String) -> Int {
        title.split(separator: " ").map(\.count).max() ?? 0
    }
}
