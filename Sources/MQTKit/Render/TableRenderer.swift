/// Aligned columns fitted to the width; long cells end in an ellipsis; numbers align right.
public struct TableRenderer: Renderer {
    public let name = "table"
    public init() {}

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return TerminalText.visible(text)
        case .table(let table): return withNote(renderTable(table.forReading, options: options), table)
        case .speeches(let set): return withNote(renderTable(set.shown.forReading, options: options), set.shown)
        case .record(let record): return renderRecord(record, options: options)
        }
    }

    /// The table's note (how much of a set it shows) under its rows.
    func withNote(_ text: String, _ table: Table) -> String {
        guard let note = table.note, !table.rows.isEmpty else { return text }
        return text + "\n" + note
    }

    func renderRecord(_ record: Record, options: RenderOptions) -> String {
        if let prose = record.prose { return TerminalText.visible(prose) }
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
    public static func table(fromRecords items: [Cell]) -> Table? {
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
        var columns = table.columns
        var cells = table.rows.map { row in (0..<count).map { $0 < row.count ? Marks.display(row[$0], color: options.color) : "" } }
        var numeric = (0..<count).map { index in
            !alignNumbersLeft && table.rows.allSatisfy { index >= $0.count || $0[index].isNumeric || $0[index] == .null }
        }
        var widths = (0..<count).map { index in
            max(header ? table.columns[index].title.count : 0, cells.map { TextWidth.visible($0[index]) }.max() ?? 0)
        }
        // The chart takes the room the columns leave at their full widths (up to a readable
        // length: output to a file is as wide as its longest line), or stays out.
        let room = min(options.width - widths.reduce(0, +) - 2 * count, ChartGlyphs.maximumWidth)
        if header, options.chart, let chart = table.chart, room >= ChartGlyphs.minimumWidth,
            let drawn = ChartGlyphs.cells(chart, table: table, width: room)
        {
            columns.append(Column(chart.title, key: "chart", keepsWidth: true))
            for index in cells.indices { cells[index].append(drawn[index]) }
            numeric.append(false)
            widths.append(room)
        }
        if header {
            let cellWidths = (0..<columns.count).map { index in cells.map { TextWidth.visible($0[index]) }.max() ?? 0 }
            TitleWrap.narrow(&widths, titles: columns.map(\.title), cellWidths: cellWidths, into: options.width, separator: 2)
        }
        let wraps = columns.map(\.wraps)
        let narrowest = zip(widths, wraps).map { $1 ? min($0, 20) : $0 }.reduce(0, +) + 2 * max(0, columns.count - 1)
        if header && wraps.contains(true) && narrowest > options.width {
            return cards(columns, cells: cells, width: options.width)
        }
        TextWidth.fit(&widths, into: options.width, separator: 2, keep: zip(numeric, wraps).map { $0 || !$1 }, floor: 20)
        let kept = columns.map(\.keepsWidth)
        TextWidth.fit(&widths, into: options.width, separator: 2, keep: zip(numeric, kept).map { $0 || $1 }, floor: 8)
        let atStart = columns.map(\.cutsAtStart)
        var lines: [String] = []
        if header {
            for titles in TitleWrap.headerLines(columns.map(\.title), widths: widths) {
                lines.append(line(titles, widths: widths, numeric: numeric, atStart: atStart))
            }
        }
        for row in cells {
            let parts = row.enumerated().map { index, cell -> [String] in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                return wraps[index] ? TextWrap.lines(flat, width: widths[index]) : [flat]
            }
            let height = parts.map(\.count).max() ?? 1
            for lineIndex in 0..<max(1, height) {
                lines.append(line(parts.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths: widths, numeric: numeric, atStart: atStart))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Rows too wide for columns: a headline of the short cells, then the wrapping cells indented.
    func cards(_ columns: [Column], cells: [[String]], width: Int) -> String {
        cells.map { row -> String in
            var lines: [String] = []
            let short = row.enumerated().filter { !columns[$0.offset].wraps && !$0.element.isEmpty }.map(\.element)
            lines.append(TextWidth.truncate(short.joined(separator: "  ").replacingOccurrences(of: "\n", with: " "), to: width))
            for (index, cell) in row.enumerated() where columns[index].wraps && !cell.isEmpty {
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
