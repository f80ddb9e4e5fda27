/// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break) and
/// TSV (tabs and line breaks inside fields become spaces). A record is one header row and one row.
public struct DelimitedRenderer: Renderer {
    public let name: String
    let separator: String
    static let csv = DelimitedRenderer(name: "csv", separator: ",")
    static let tsv = DelimitedRenderer(name: "tsv", separator: "\t")

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return name == "csv" ? field(text) : text
        case .table(let table): return rows(table)
        case .speeches(let set): return rows(set.shown)
        case .record(let record):
            let flat = record.fields.map { field -> Cell in
                switch field.value {
                case .list, .record: return .text(JSONText.encode(field.value, pretty: false, indent: ""))
                default: return field.value
                }
            }
            return rows(Table(columns: record.fields.map { Column($0.key, key: $0.key) }, rows: [flat]))
        }
    }

    func rows(_ table: Table) -> String {
        let lineEnd = name == "csv" ? "\r\n" : "\n"
        var lines = [table.columns.map { field($0.key) }.joined(separator: separator)]
        for row in table.rows { lines.append(row.map { field($0.plainText) }.joined(separator: separator)) }
        return lines.joined(separator: lineEnd)
    }

    func field(_ text: String) -> String {
        if separator == "\t" {
            return text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ")
                .replacingOccurrences(of: "\n", with: " ")
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
