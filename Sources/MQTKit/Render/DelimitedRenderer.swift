/// CSV and TSV output; fields are written by `Delimited` (the rule `export` uses too). A record is
/// one header row and one row.
public struct DelimitedRenderer: Renderer {
    public let name: String
    let separator: Delimited.Separator
    static let csv = DelimitedRenderer(name: "csv", separator: .comma)
    static let tsv = DelimitedRenderer(name: "tsv", separator: .tab)

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let raw):
            let text = TerminalText.visible(raw)
            return separator == .comma ? Delimited.field(text, separator: .comma) : text
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
        var lines = [Delimited.record(table.columns.map(\.key), separator: separator)]
        for row in table.rows { lines.append(Delimited.record(row.map { TerminalText.visible($0.plainText) }, separator: separator)) }
        return lines.joined(separator: separator.lineEnd)
    }
}
