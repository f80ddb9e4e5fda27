import MQTKit

/// Writing speeches to files: JSON Lines (which `load` reads back), JSON, CSV, TSV and Markdown.
public let exportPlugin = Plugin(
    name: "export", summary: "write speeches to a file (jsonl, json, csv, tsv, markdown)",
    commands: [ExportCommand()])
