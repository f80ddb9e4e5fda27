import MQTKit

/// The file formats `export` writes.
enum ExportFormat: String, CaseIterable {
    case jsonl, json, csv, tsv, markdown, text, html

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
        case "txt", "text": self = .text
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// Names for messages: `jsonl, json, csv, tsv, markdown, text or html`.
    static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
    }

    /// Whether the provenance goes inside the file (a Markdown comment, a section of the page);
    /// the others keep the shape their readers expect, and it goes in `FILE.meta.json`.
    var holdsProvenance: Bool { self == .markdown || self == .html }

    /// Whether `--excel` (a byte order mark, formulas neutralised) applies.
    var isDelimited: Bool { self == .csv || self == .tsv }

    /// A writer that turns speeches into this format's text; `title` and `provenance` head the
    /// formats that hold them.
    func encoder(title: String, provenance: Provenance?, excel: Bool = false) -> any SpeechEncoder {
        switch self {
        case .jsonl: return JSONSpeechEncoder(array: false)
        case .json: return JSONSpeechEncoder(array: true)
        case .csv: return DelimitedSpeechEncoder(separator: .comma, excel: excel)
        case .tsv: return DelimitedSpeechEncoder(separator: .tab, excel: excel)
        case .markdown: return MarkdownSpeechEncoder(header: provenance?.markdownComment ?? "")
        case .text: return TextSpeechEncoder()
        case .html: return HTMLSpeechEncoder(title: title, provenance: provenance)
        }
    }
}
