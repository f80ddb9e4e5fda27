/// Charts as Unicode text, for the table renderer: bars in full blocks and eighth blocks, strips
/// as a dotted line with a mark where positions fall.
public enum ChartGlyphs {
    /// The narrowest chart column worth drawing; with less room the table is shown without it.
    public static let minimumWidth = 10
    /// The longest a chart gets, however wide the output.
    public static let maximumWidth = 100
    /// A whole character of bar.
    public static let fullBlock: Character = "█"
    /// Partial blocks by eighths: index 1 is ▏ (one eighth) to 7, ▉ (seven eighths).
    public static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// The strip's empty stretch and its mark.
    public static let stripLine: Character = "·"
    public static let stripMark: Character = "│"
    /// Every glyph a chart may draw: what data formats must never contain.
    public static let all: Set<Character> = Set(eighths.dropFirst() + [fullBlock, stripLine, stripMark])

    /// One cell per row of `table` drawing `chart` in `width` characters; nil when the chart
    /// names a column the table does not have.
    static func cells(_ chart: Chart, table: Table, width: Int) -> [String]? {
        switch chart {
        case .bars(let key):
            guard let index = table.columns.firstIndex(where: { $0.key == key }) else { return nil }
            let values = table.rows.map { index < $0.count ? number($0[index]) : nil }
            let maximum = values.compactMap { $0 }.max() ?? 0
            return values.map { bar($0 ?? 0, maximum: maximum, width: width) }
        case .strip(let positions):
            return table.rows.indices.map { strip($0 < positions.count ? positions[$0] : [], width: width) }
        }
    }

    /// A bar `value / maximum` of `width` characters, to the nearest eighth of a character: 8 of
    /// 8 at width 8 is 8 full blocks, 1 of 8 is one. A positive value too small to round to an
    /// eighth still shows one (▏); zero, negative and non-finite values, or no positive maximum,
    /// show none (nothing is divided by zero).
    public static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard value > 0, value.isFinite, maximum > 0, maximum.isFinite, width > 0 else { return "" }
        let eighthsLong = max(1, min(width * 8, Int((value / maximum * Double(width * 8)).rounded())))
        let partial = eighthsLong % 8
        return String(repeating: fullBlock, count: eighthsLong / 8) + (partial > 0 ? String(eighths[partial]) : "")
    }

    /// A line of `width` characters, `·` where no position falls and `│` where one or more do;
    /// position p (0...1) falls in character ⌊p × width⌋ (1 in the last). Positions outside
    /// 0...1 are clamped; non-finite ones are left out.
    public static func strip(_ positions: [Double], width: Int) -> String {
        guard width > 0 else { return "" }
        var line = Array(repeating: stripLine, count: width)
        for position in positions where position.isFinite {
            // The nudge keeps an exact k / width in character k despite rounding (0.3 × 10 = 2.9999…).
            line[min(width - 1, max(0, Int(position * Double(width) + 1e-9)))] = stripMark
        }
        return String(line)
    }

    /// A cell's number, if it holds one.
    static func number(_ cell: Cell) -> Double? {
        switch cell {
        case .int(let n): return Double(n)
        case .double(let d), .decimal(let d, _): return d.isFinite ? d : nil
        default: return nil
        }
    }
}
