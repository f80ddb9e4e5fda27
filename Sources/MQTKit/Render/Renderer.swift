/// How output looks: settings the renderers read.
public struct RenderOptions: Sendable, Equatable {
    public var width: Int
    public var color: Bool
    /// Whether the table format draws tables' charts (`set chart`).
    public var chart: Bool
    public init(width: Int = 80, color: Bool = false, chart: Bool = true) {
        self.width = width
        self.color = color
        self.chart = chart
    }
}

/// Turns a value into text in one output format.
public protocol Renderer: Sendable {
    /// The format's name as typed in `set format F` and `--format F`.
    var name: String { get }
    /// The value as text, without a final newline; empty for nothing.
    func render(_ value: Value, options: RenderOptions) -> String
}

/// Every output format, in the order help lists them.
public enum Renderers {
    /// The renderers; `table` first, the default.
    public static let all: [any Renderer] = [
        TableRenderer(), PlainRenderer(), DelimitedRenderer.csv, DelimitedRenderer.tsv, JSONRenderer(lines: false),
        JSONRenderer(lines: true), MarkdownRenderer(),
    ]
    /// Format names, for validation and completion.
    public static var names: [String] { all.map(\.name) }
    /// The renderer for a format name.
    public static func named(_ name: String) -> (any Renderer)? { all.first { $0.name == name } }
}

/// Marking matched words in text.
public enum Marks {
    static let boldOn = "\u{1B}[1m"
    static let boldOff = "\u{1B}[0m"

    /// `text` with each range wrapped in `open`/`close`.
    public static func apply(_ text: String, _ ranges: [Range<Int>], open: String, close: String) -> String {
        guard !ranges.isEmpty else { return text }
        let units = Array(text.utf16)
        var out = ""
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where range.lowerBound >= position && range.upperBound <= units.count {
            out += String(decoding: units[position..<range.lowerBound], as: UTF16.self)
            out += open + String(decoding: units[range], as: UTF16.self) + close
            position = range.upperBound
        }
        out += String(decoding: units[position...], as: UTF16.self)
        return out
    }

    /// A cell as display text: marks in bold with colour, else as `**word**`.
    static func display(_ cell: Cell, color: Bool) -> String {
        if case .marked(let raw, let ranges) = cell {
            let text = TerminalText.visible(raw, inCell: true)
            return color ? apply(text, ranges, open: boldOn, close: boldOff) : apply(text, ranges, open: "**", close: "**")
        }
        return TerminalText.visible(cell.plainText, inCell: true)
    }
}
