import MQTKit

/// CSV and TSV for spreadsheets (`--excel`): a cell that starts with `=`, `+`, `-` or `@` is a
/// formula to Excel, LibreOffice and Google Sheets, so a transcript could make a spreadsheet run
/// `=HYPERLINK(...)` or worse when the file is opened. Such text cells get a leading `'`, which
/// spreadsheets read as "this is text" (OWASP's CSV injection advice). Numbers stay numbers.
enum SpreadsheetCells {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// `text`, with a `'` in front when a spreadsheet would take it for a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The value with every text cell (and column name) neutralised; numbers untouched.
    static func neutralised(_ value: Value) -> Value {
        switch value {
        case .table(var table):
            table.columns = table.columns.map { column in
                var column = column
                column.title = neutralised(column.title)
                column.key = neutralised(column.key)
                return column
            }
            table.rows = table.rows.map { $0.map(neutralised) }
            return .table(table)
        case .record(let record):
            return .record(Record(record.fields.map { ($0.key, neutralised($0.value)) }, prose: record.prose))
        case .text(let text):
            return .text(neutralised(text))
        case .nothing, .speeches:
            return value
        }
    }

    static func neutralised(_ cell: Cell) -> Cell {
        switch cell {
        case .text(let text): return .text(neutralised(text))
        case .marked(let text, _): return .text(neutralised(text))
        case .null, .int, .double, .decimal: return cell
        // Lists and records become one JSON text cell, which starts with `[` or `{`.
        case .list, .record: return cell
        }
    }
}
