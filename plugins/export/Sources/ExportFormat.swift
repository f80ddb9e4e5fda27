import MQTKit

/// The file formats `export` writes, each turning a stream of speeches into text.
enum ExportFormat: String, CaseIterable {
    case jsonl, json, csv, tsv, markdown

    /// `out.csv` → csv; nil when the extension names no format.
    init?(fileName: String) {
        let name = fileName.lowercased()
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "jsonl", "ndjson": self = .jsonl
        case "json": self = .json
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// Names for messages: `jsonl, json, csv, tsv or markdown`.
    static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
    }

    /// A writer that turns speeches into this format's text.
    func encoder() -> any SpeechEncoder {
        switch self {
        case .jsonl: return JSONSpeechEncoder(array: false)
        case .json: return JSONSpeechEncoder(array: true)
        case .csv: return DelimitedSpeechEncoder(separator: .comma)
        case .tsv: return DelimitedSpeechEncoder(separator: .tab)
        case .markdown: return MarkdownSpeechEncoder()
        }
    }
}
