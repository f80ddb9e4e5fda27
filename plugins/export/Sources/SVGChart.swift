import Foundation
import MQTKit

/// A table's chart as inline SVG, for the HTML report: bars for rankings and groups, a line when
/// the rows are periods in order (a timeline, or `count --by month`), strips for plots. Only the
/// first `maximumRows` rows are drawn; the table under the chart holds them all.
enum SVGChart {
    static let maximumRows = 100
    static let width = 720.0
    static let labelWidth = 220.0
    static let rowHeight = 18.0

    /// The chart, or nil when it names a column the table does not have or has nothing to draw.
    static func draw(_ chart: Chart, table: Table) -> String? {
        switch chart {
        case .bars(let key):
            guard let index = table.columns.firstIndex(where: { $0.key == key }) else { return nil }
            let values = table.rows.map { index < $0.count ? number($0[index]) : 0 }
            let title = table.columns[index].title
            if table.rows.count >= 2, let labels = periodLabels(table) { return line(values, labels: labels, title: title) }
            return bars(values, labels: labels(table), title: title)
        case .strip(let positions):
            return strips(positions, labels: labels(table))
        }
    }

    /// Bars from zero, the longest for the largest value; a zero or negative value draws none.
    static func bars(_ values: [Double], labels: [String], title: String) -> String {
        let shown = min(values.count, maximumRows)
        let maximum = values.prefix(shown).max() ?? 0
        let room = width - labelWidth - 70
        var out = open(height: Double(shown) * rowHeight + 24, label: "bar chart of \(title)")
        out += text(x: labelWidth, y: 12, title, anchor: "start", bold: true)
        for row in 0..<shown {
            let y = 20 + Double(row) * rowHeight
            let length = maximum > 0 && values[row] > 0 ? values[row] / maximum * room : 0
            out += text(x: labelWidth - 6, y: y + 12, clip(labels[row]), anchor: "end")
            out += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 2))\" width=\"\(f(length))\" height=\"\(f(rowHeight - 5))\" fill=\"#4a78b0\">"
            out += "<title>\(HTMLReport.escape(labels[row])): \(HTMLReport.escape(Cell.double(values[row]).plainText))</title></rect>\n"
            out += text(x: labelWidth + length + 4, y: y + 12, Cell.double(values[row]).plainText, anchor: "start")
        }
        return out + caption(shown: shown, of: values.count) + "</svg>\n"
    }

    /// A line through the values of consecutive periods, with the first and last period and the
    /// largest value marked on the axes.
    static func line(_ values: [Double], labels: [String], title: String) -> String {
        let (left, right, top, bottom) = (60.0, 20.0, 24.0, 40.0)
        let height = 260.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let maximum = max(values.max() ?? 0, 0)
        let step = values.count > 1 ? plotWidth / Double(values.count - 1) : 0
        let points = values.enumerated().map { index, value in
            (left + Double(index) * step, top + plotHeight - (maximum > 0 ? max(value, 0) / maximum * plotHeight : 0))
        }
        var out = open(height: height, label: "line chart of \(title) by period")
        out += text(x: left, y: 14, title, anchor: "start", bold: true)
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\"/>\n"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\"/>\n"
        out += text(x: left - 6, y: top + 4, Cell.double(maximum).plainText, anchor: "end")
        out += text(x: left - 6, y: top + plotHeight + 4, "0", anchor: "end")
        for index in tickIndexes(count: labels.count, most: 8) {
            let x = left + Double(index) * step
            out += "<line x1=\"\(f(x))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(x))\" y2=\"\(f(top + plotHeight + 4))\" stroke=\"#888\"/>\n"
            let anchor = index == 0 ? "start" : index == labels.count - 1 ? "end" : "middle"
            out += text(x: x, y: height - 16, labels[index], anchor: anchor)
        }
        out += "<polyline fill=\"none\" stroke=\"#4a78b0\" stroke-width=\"2\" points=\""
        out += points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\"/>\n"
        for (index, point) in points.enumerated() where values.count <= 400 {
            out += "<circle cx=\"\(f(point.0))\" cy=\"\(f(point.1))\" r=\"2.5\" fill=\"#4a78b0\">"
            out += "<title>\(HTMLReport.escape(labels[index])): \(HTMLReport.escape(Cell.double(values[index]).plainText))</title></circle>\n"
        }
        return out + "</svg>\n"
    }

    /// A strip per row (the corpus from start to end), a tick at each of the row's positions.
    static func strips(_ positions: [[Double]], labels: [String]) -> String {
        let shown = min(labels.count, maximumRows)
        let room = width - labelWidth - 20
        var out = open(height: Double(shown) * rowHeight + 24, label: "plot of where each row occurs in the corpus")
        out += text(x: labelWidth, y: 12, "start of corpus … end", anchor: "start", bold: true)
        for row in 0..<shown {
            let y = 20 + Double(row) * rowHeight
            out += text(x: labelWidth - 6, y: y + 12, clip(labels[row]), anchor: "end")
            out += "<line x1=\"\(f(labelWidth))\" y1=\"\(f(y + 8))\" x2=\"\(f(labelWidth + room))\" y2=\"\(f(y + 8))\" stroke=\"#bbb\"/>\n"
            for position in row < positions.count ? positions[row] : [] where position.isFinite {
                let x = labelWidth + min(1, max(0, position)) * room
                out += "<line x1=\"\(f(x))\" y1=\"\(f(y + 1))\" x2=\"\(f(x))\" y2=\"\(f(y + 15))\" stroke=\"#4a78b0\"/>\n"
            }
        }
        return out + caption(shown: shown, of: labels.count) + "</svg>\n"
    }

    /// At most `most` evenly spaced positions of `count`, always the first and the last.
    static func tickIndexes(count: Int, most: Int) -> [Int] {
        guard count > 0 else { return [] }
        guard count > most else { return Array(0..<count) }
        let stride = Int((Double(count - 1) / Double(most - 1)).rounded(.up))
        var indexes = Array(Swift.stride(from: 0, to: count - 1, by: stride))
        if let last = indexes.last, count - 1 - last < stride / 2, indexes.count > 1 { indexes.removeLast() }
        return indexes + [count - 1]
    }

    static func open(height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLReport.escape(label))\" width=\"\(f(width))\" "
            + "height=\"\(f(height + 16))\" viewBox=\"0 0 \(f(width)) \(f(height + 16))\" font-family=\"sans-serif\" font-size=\"11\">\n"
    }

    static func caption(shown: Int, of total: Int) -> String {
        guard shown < total else { return "" }
        return text(x: labelWidth, y: Double(shown) * rowHeight + 34, "the first \(shown) of \(total) rows", anchor: "start")
    }

    static func text(x: Double, y: Double, _ content: String, anchor: String, bold: Bool = false) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "")>\(HTMLReport.escape(content))</text>\n"
    }

    /// Each row's label: its cells of text before the first number (`Sadiq Khan`, `Labour`), else its number.
    static func labels(_ table: Table) -> [String] {
        table.rows.enumerated().map { index, row in
            let words = row.prefix { !$0.isNumeric }.map(\.plainText).filter { !$0.isEmpty }
            return words.isEmpty ? String(index + 1) : words.joined(separator: " · ")
        }
    }

    /// The first column's cells when every one names a period of one kind (2021, 2021-11, 2021-11-29).
    static func periodLabels(_ table: Table) -> [String]? {
        let names = table.rows.map { $0.first?.plainText ?? "" }
        guard Period.allCases.contains(where: { period in names.allSatisfy { period.index($0) != nil } }) else { return nil }
        return names
    }

    static func clip(_ label: String) -> String { label.count > 34 ? String(label.prefix(33)) + "…" : label }

    static func number(_ cell: Cell) -> Double {
        switch cell {
        case .int(let n): return Double(n)
        case .double(let d), .decimal(let d, _): return d.isFinite ? d : 0
        default: return 0
        }
    }

    /// A coordinate with at most one decimal.
    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
