import MQTKit

/// Writing results to files, with their provenance: JSON Lines (which `load` reads back), JSON,
/// CSV, TSV, Markdown, text and a self-contained HTML report.
public let exportPlugin = Plugin(
    name: "export", summary: "write results to files (jsonl, json, csv, tsv, markdown, text, html) with their provenance",
    commands: [ExportCommand()])
