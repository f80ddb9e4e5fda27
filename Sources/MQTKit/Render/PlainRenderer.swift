/// Cells separated by two spaces, no header and no cutting; records as `key: value` lines.
public struct PlainRenderer: Renderer {
    public let name = "plain"
    public init() {}

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return TerminalText.visible(text)
        case .table(let table): return rows(table.forReading, options: options)
        case .speeches(let set): return rows(set.shown.forReading, options: options)
        case .record(let record):
            if let prose = record.prose { return TerminalText.visible(prose) }
            return record.fields.map { "\($0.key): \(Marks.display($0.value, color: options.color))" }.joined(separator: "\n")
        }
    }

    func rows(_ table: Table, options: RenderOptions) -> String {
        table.rows.map { row in row.map { Marks.display($0, color: options.color) }.joined(separator: "  ") }
            .joined(separator: "\n")
    }
}
