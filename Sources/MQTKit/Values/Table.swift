/// A column: its header as shown, and its key (snake_case) for JSON.
public struct Column: Sendable, Equatable {
    public var title: String
    public var key: String
    /// Long cells wrap onto several lines instead of being cut (quotes, snippets).
    public var wraps: Bool
    /// Never cut to fit the width (ids, dates): other columns give way first.
    public var keepsWidth: Bool
    /// Aligned right and cut at the start (`…end of text`): a concordance's left context.
    public var cutsAtStart: Bool
    /// Left out of the table and plain formats (ids a person does not read): JSON, CSV and the
    /// other data formats, and `export`, keep it.
    public var dataOnly: Bool
    public init(
        _ title: String, key: String? = nil, wraps: Bool = false, keepsWidth: Bool = false, cutsAtStart: Bool = false,
        dataOnly: Bool = false
    ) {
        self.title = title
        self.key = key ?? Column.snakeCase(title)
        self.wraps = wraps
        self.keepsWidth = keepsWidth
        self.cutsAtStart = cutsAtStart
        self.dataOnly = dataOnly
    }

    /// `Speeches by kind` → `speeches_by_kind`.
    public static func snakeCase(_ title: String) -> String {
        var out = ""
        for scalar in title.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out += String(scalar).lowercased()
            } else if !out.isEmpty && !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }
}

/// Rows under named columns: what most commands return.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [[Cell]]
    /// What people see when there are no rows (data formats print an empty array or header).
    public var emptyMessage: String
    /// A line under the rows in the table format (e.g. how much of a set they show); data formats
    /// leave it out.
    public var note: String?
    /// A chart of the rows, drawn by the table format as a last column (bars, strips); data
    /// formats leave it out.
    public var chart: Chart?
    public init(columns: [Column], rows: [[Cell]], emptyMessage: String = "(no rows)", note: String? = nil, chart: Chart? = nil) {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        self.note = note
        self.chart = chart
    }
    /// A table from column titles.
    public init(_ titles: [String], rows: [[Cell]], emptyMessage: String = "(no rows)", chart: Chart? = nil) {
        self.init(columns: titles.map { Column($0) }, rows: rows, emptyMessage: emptyMessage, chart: chart)
    }
}

extension Table {
    /// The table without its `dataOnly` columns: what the table and plain formats show.
    public var forReading: Table {
        guard columns.contains(where: \.dataOnly) else { return self }
        let kept = columns.indices.filter { !columns[$0].dataOnly }
        var table = self
        table.columns = kept.map { columns[$0] }
        table.rows = rows.map { row in kept.map { $0 < row.count ? row[$0] : .null } }
        return table
    }
}
