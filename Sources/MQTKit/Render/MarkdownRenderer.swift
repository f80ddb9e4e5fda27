/// GitHub-flavoured Markdown tables; marked words in `**bold**`; a record as a field/value table.
public struct MarkdownRenderer: Renderer {
    public let name = "markdown"
    public init() {}

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return TerminalText.visible(text)
        case .table(let table): return markdown(table)
        case .speeches(let set): return markdown(set.shown)
        case .record(let record):
            return markdown(Table(["field", "value"], rows: record.fields.map { [.text($0.key), $0.value] }))
        }
    }

    func markdown(_ table: Table) -> String {
        var lines = ["| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.indices.map { index in
            table.rows.allSatisfy({ index >= $0.count || $0[index].isNumeric || $0[index] == .null }) && !table.rows.isEmpty ? " ---: |" : " --- |"
        }.joined())
        for row in table.rows {
            lines.append("| " + row.map { escape(Marks.display($0, color: false)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }
}

import Foundation
