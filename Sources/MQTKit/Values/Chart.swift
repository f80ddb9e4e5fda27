/// A chart drawn beside a table's rows. It is data, not glyphs: it names the column it draws, or
/// carries the positions it marks, so the table renderer draws it in Unicode blocks and another
/// renderer (an SVG export, say) can draw the same chart its own way. Data formats (JSON, CSV, ...)
/// leave it out: the numbers are in the table's columns.
///
/// ```swift
/// Table(columns: columns, rows: rows, chart: .bars(value: "count"))
/// ```
public enum Chart: Sendable, Equatable {
    /// A horizontal bar per row, its length proportional to the number in the column whose key is
    /// `value`; the longest bar is the largest value. Bars start at zero: a zero, negative or
    /// missing value (or text) draws no bar.
    case bars(value: String)
    /// A strip per row: a line standing for a sequence (the corpus in order) from 0 to 1, with a
    /// mark at each of the row's positions (`positions[row]`, each in 0...1); what AntConc's
    /// Plot and quanteda's `textplot_xray` draw.
    case strip(positions: [[Double]])

    /// The header over the chart's column.
    public var title: String {
        switch self {
        case .bars: return ""
        case .strip: return "plot"
        }
    }
}
