import MQTKit

/// Writes a table, a record or text in an export format, through the renderers the output formats
/// use (one CSV quoting rule, one JSON shape): json is the array of objects keyed by column that
/// `--format json` prints, jsonl one object per line, csv and tsv a header row then the rows,
/// markdown a table, text the table format with nothing cut and no chart, html the report.
enum ValueExport {
    static func write(
        _ value: Value, as format: ExportFormat, title: String, provenance: Provenance?, to sink: any ExportSink
    ) throws -> ExportCount {
        let count = self.count(value)
        switch format {
        case .html:
            try sink.write(HTMLReport.head(title: title, provenance: provenance))
            switch value {
            case .table(let table): try sink.write(HTMLReport.table(table))
            case .record(let record): try sink.write(HTMLReport.record(record))
            case .text(let text): try sink.write(HTMLReport.text(text))
            case .nothing, .speeches: break
            }
            try sink.write(HTMLReport.provenance(provenance) + HTMLReport.tail)
        case .markdown:
            try sink.write((provenance?.markdownComment ?? "") + line(MarkdownRenderer().render(value, options: options)))
        case .text:
            try sink.write(line(TableRenderer().render(value, options: options)))
        case .jsonl, .json, .csv, .tsv:
            guard let renderer = Renderers.named(format.rawValue) else { throw CommandError.invalid("no renderer for \(format.rawValue)") }
            let text = renderer.render(value, options: options)
            try sink.write(text.isEmpty ? "" : text + (format == .csv ? "\r\n" : "\n"))
        }
        return count
    }

    /// Wide enough that nothing is cut; charts are drawn by the HTML report only.
    static let options = RenderOptions(width: 1_000_000, color: false, chart: false)

    /// Text ending in one newline (nothing stays nothing).
    static func line(_ text: String) -> String { text.isEmpty || text.hasSuffix("\n") ? text : text + "\n" }

    /// What the summary counts: rows of a table, one record, lines of text.
    static func count(_ value: Value) -> ExportCount {
        switch value {
        case .table(let table): return ExportCount(count: table.rows.count, noun: "row")
        case .record: return ExportCount(count: 1, noun: "record")
        case .text(let text): return ExportCount(count: text.isEmpty ? 0 : text.split(separator: "\n", omittingEmptySubsequences: false).count, noun: "line")
        case .nothing, .speeches: return ExportCount(count: 0, noun: "row")
        }
    }
}
