/// Aligned columns fitted to the width; long cells end in an ellipsis; numbers align right.
public struct TableRenderer: Renderer {
    public let name = "table"
    public init() {}

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return text
        case .table(let table): return withNote(renderTable(table, options: options), table)
        case .speeches(let set): return withNote(renderTable(set.shown, options: options), set.shown)
        case .record(let record): return renderRecord(record, options: options)
        }
    }

    /// The table's note (how much of a set it shows) under its rows.
    func withNote(_ text: String, _ table: Table) -> String {
        guard let note = table.note, !table.rows.isEmpty else { return text }
        return text + "\n" + note
    }

    func renderRecord(_ record: Record, options: RenderOptions) -> String {
        if let prose = record.prose { return prose }
        var scalars: [[Cell]] = []
        var nested: [String] = []
        for field in record.fields {
            if case .list(let items) = field.value, let table = Self.table(fromRecords: items) {
                nested.append("\(field.key):\n" + renderTable(table, options: options))
            } else {
                scalars.append([.text(field.key), field.value])
            }
        }
        let head = renderTable(Table(columns: [Column(""), Column("")], rows: scalars), options: options, header: false, alignNumbersLeft: true)
        return ([head] + nested).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A list of records with the same keys as a table; nil when they are not records.
    static func table(fromRecords items: [Cell]) -> Table? {
        var rows: [[Cell]] = []
        var columns: [Column]?
        for item in items {
            guard case .record(let record) = item else { return nil }
            if columns == nil { columns = record.fields.map { Column($0.key, key: $0.key) } }
            rows.append(record.fields.map(\.value))
        }
        return columns.map { Table(columns: $0, rows: rows) }
    }

    func renderTable(_ table: Table, options: RenderOptions, header: Bool = true, alignNumbersLeft: Bool = false) -> String {
        if table.rows.isEmpty { return header ? table.emptyMessage : "" }
        let count = table.columns.count
        let cells = table.rows.map { row in (0..<count).map { $0 < row.count ? Marks.display(row[$0], color: options.color) : "" } }
        let numeric = (0..<count).map { index in
            !alignNumbersLeft && table.rows.allSatisfy { index >= $0.count || $0[index].isNumeric || $0[index] == .null }
        }
        var widths = (0..<count).map { index in
            max(header ? table.columns[index].title.count : 0, cells.map { TextWidth.visible($0[index]) }.max() ?? 0)
        }
        let wraps = table.columns.map(\.wraps)
        let narrowest = zip(widths, wraps).map { $1 ? min($0, 20) : $0 }.reduce(0, +) + 2 * max(0, count - 1)
        if header && wraps.contains(true) && narrowest > options.width {
            return cards(table, cells: cells, width: options.width)
        }
        TextWidth.fit(&widths, into: options.width, separator: 2, keep: zip(numeric, wraps).map { $0 || !$1 }, floor: 20)
        let kept = table.columns.map(\.keepsWidth)
        TextWidth.fit(&widths, into: options.width, separator: 2, keep: zip(numeric, kept).map { $0 || $1 }, floor: 8)
        var lines: [String] = []
        if header { lines.append(line(table.columns.map(\.title), widths: widths, numeric: numeric, atStart: table.columns.map(\.cutsAtStart))) }
        for row in cells {
            let parts = row.enumerated().map { index, cell -> [String] in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                return wraps[index] ? TextWrap.lines(flat, width: widths[index]) : [flat]
            }
            let height = parts.map(\.count).max() ?? 1
            for lineIndex in 0..<max(1, height) {
                lines.append(line(parts.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths: widths, numeric: numeric, atStart: table.columns.map(\.cutsAtStart)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Rows too wide for columns: a headline of the short cells, then the wrapping cells indented.
    func cards(_ table: Table, cells: [[String]], width: Int) -> String {
        cells.map { row -> String in
            var lines: [String] = []
            let short = row.enumerated().filter { !table.columns[$0.offset].wraps && !$0.element.isEmpty }.map(\.element)
            lines.append(TextWidth.truncate(short.joined(separator: "  ").replacingOccurrences(of: "\n", with: " "), to: width))
            for (index, cell) in row.enumerated() where table.columns[index].wraps && !cell.isEmpty {
                lines += TextWrap.lines(cell.replacingOccurrences(of: "\n", with: " "), width: width - 2).map { "  " + $0 }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    func line(_ cells: [String], widths: [Int], numeric: [Bool], atStart: [Bool] = []) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let fromStart = index < atStart.count && atStart[index]
            let text = fromStart ? TextWidth.truncateStart(cell, to: widths[index]) : TextWidth.truncate(cell, to: widths[index])
            let pad = String(repeating: " ", count: max(0, widths[index] - TextWidth.visible(text)))
            parts.append(numeric[index] || fromStart ? pad + text : text + pad)
        }
        var result = parts.joined(separator: "  ")
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}

/// Word wrapping for prose and wrapping columns.
public enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` visible characters (longer words are kept whole).
    public static func lines(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if TextWidth.visible(current) + 1 + TextWidth.visible(String(word)) <= width {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.isEmpty ? [""] : result
    }
}

/// Display width of text, ignoring ANSI colour codes.
enum TextWidth {
    static func visible(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for ch in text {
            if inEscape { if ch == "m" { inEscape = false } } else if ch == "\u{1B}" { inEscape = true } else { count += 1 }
        }
        return count
    }

    /// Cuts text to `width` visible characters, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard visible(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var count = 0
        var inEscape = false
        var open = false
        for ch in text {
            if inEscape {
                out.append(ch)
                if ch == "m" { inEscape = false }
                continue
            }
            if ch == "\u{1B}" {
                inEscape = true
                open.toggle()
                out.append(ch)
                continue
            }
            if count == width - 1 { break }
            out.append(ch)
            count += 1
        }
        return out + (open ? Marks.boldOff : "") + "…"
    }

    /// Keeps the last `width` visible characters, starting with `…` when cut (plain text only).
    static func truncateStart(_ text: String, to width: Int) -> String {
        guard visible(text) > width, !text.contains("\u{1B}") else { return visible(text) > width ? truncate(text, to: width) : text }
        guard width > 0 else { return "" }
        return "…" + String(text.suffix(width - 1))
    }

    /// Shrinks the widest columns not kept, down to `floor`, until the row fits `total`.
    static func fit(_ widths: inout [Int], into total: Int, separator: Int, keep: [Bool], floor: Int) {
        while widths.reduce(0, +) + separator * max(0, widths.count - 1) > total {
            guard let widest = widths.indices.filter({ !keep[$0] }).max(by: { widths[$0] < widths[$1] }),
                widths[widest] > floor
            else { return }
            widths[widest] -= 1
        }
    }
}
