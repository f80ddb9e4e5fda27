import XCTest
@testable import MQTKit

/// Charts drawn by the table format, exactly; and never by the data formats.
final class ChartRenderTests: XCTestCase {
    func render(_ format: String, _ table: Table, width: Int, chart: Bool = true) -> String {
        Renderers.named(format)?.render(.table(table), options: RenderOptions(width: width, color: false, chart: chart)) ?? "?"
    }

    func bars(_ values: [Cell]) -> Table {
        Table(["word", "n"], rows: zip(["a", "bb", "c", "d", "e"], values).map { [.text($0), $1] }, chart: .bars(value: "n"))
    }

    /// At width 8 a bar of 8 eighths is one block: 8 → 64 eighths = 8 blocks, 4 → 32 = 4, 1 → 8 = 1.
    /// 1 of 3 is 64 / 3 = 21.3 → 21 eighths = 2 blocks and 5 eighths (▋).
    func testBarLengthsToAnEighth() {
        XCTAssertEqual(ChartGlyphs.bar(8, maximum: 8, width: 8), "████████")
        XCTAssertEqual(ChartGlyphs.bar(4, maximum: 8, width: 8), "████")
        XCTAssertEqual(ChartGlyphs.bar(1, maximum: 8, width: 8), "█")
        XCTAssertEqual(ChartGlyphs.bar(1, maximum: 3, width: 8), "██▋")
        XCTAssertEqual(ChartGlyphs.bar(1, maximum: 64, width: 8), "▏", "1 eighth of 64")
        XCTAssertEqual(ChartGlyphs.bar(1, maximum: 1000, width: 8), "▏", "too small to round to an eighth, still shown")
        XCTAssertEqual(ChartGlyphs.eighths.dropFirst().map { String($0) }.joined(), "▏▎▍▌▋▊▉")
    }

    func testZeroNegativeAndMissingValuesDrawNothing() {
        XCTAssertEqual(ChartGlyphs.bar(0, maximum: 8, width: 8), "")
        XCTAssertEqual(ChartGlyphs.bar(-3, maximum: 8, width: 8), "")
        XCTAssertEqual(ChartGlyphs.bar(3, maximum: 0, width: 8), "", "no division by zero")
        XCTAssertEqual(ChartGlyphs.bar(.nan, maximum: 8, width: 8), "")
        XCTAssertEqual(ChartGlyphs.bar(8, maximum: .infinity, width: 8), "")
    }

    /// Columns 4 + 1 wide and two separators of 2 leave 25 − 9 = 16 for the bars: 8 of 8 is 16
    /// blocks, 4 is 8, 1 is 2.
    func testTheBarsTakeTheWidthTheColumnsLeave() {
        XCTAssertEqual(render("table", bars([8, 4, 1]), width: 25), """
            word  n
            a     8  ████████████████
            bb    4  ████████
            c     1  ██
            """)
        XCTAssertEqual(render("table", bars([8, 4, 1]), width: 19).split(separator: "\n")[1], "a     8  ██████████", "room 10: bars of 10")
    }

    func testNoRoomLeavesTheBarsOutRatherThanBreakingTheTable() {
        XCTAssertEqual(render("table", bars([8, 4, 1]), width: 18), """
            word  n
            a     8
            bb    4
            c     1
            """, "room 9 is under the minimum of 10")
    }

    /// Maximum 3 at width 16: 3 → 16 blocks; 1 → 128 / 3 = 42.7 → 43 eighths = 5 blocks and ▍;
    /// zero, negative, decimal, null and text cells: as their number says, or nothing.
    func testZeroNegativeNullAndDecimalCells() {
        let table = bars([3, 1, .int(-2), .null, .decimal(1.5, places: 1)])
        XCTAssertEqual(render("table", table, width: 27), """
            word    n
            a       3  ████████████████
            bb      1  █████▍
            c      -2
            d
            e     1.5  ████████
            """)
        XCTAssertEqual(render("table", bars([0, 0, 0]), width: 25), "word  n\na     0\nbb    0\nc     0", "all zero: no bars, no division by zero")
        XCTAssertEqual(render("table", bars([.int(-1), .int(-5)]), width: 25), "word   n\na     -1\nbb    -5")
    }

    func testAStripMarksEachPositionAlongTheLine() {
        XCTAssertEqual(ChartGlyphs.strip([0, 0.5, 1], width: 10), "│····│···│")
        XCTAssertEqual(ChartGlyphs.strip([0.05, 0.09, -1, 2, .nan], width: 10), "│········│", "one mark per character; clamped")
        XCTAssertEqual(ChartGlyphs.strip([], width: 4), "····")
        // 0.29 × 100 is 28.999999999999996 in floating point; the mark still goes in character 29.
        XCTAssertEqual(ChartGlyphs.strip([0.29], width: 100), String(repeating: "·", count: 29) + "│" + String(repeating: "·", count: 70))
        let table = Table(["word"], rows: [["x"], ["y"]], chart: .strip(positions: [[0.25], []]))
        XCTAssertEqual(render("table", table, width: 18), "word  plot\nx     ···│········\ny     ············")
    }

    func testChartOffAndUnknownColumnsLeaveTheTableAsItWas() {
        let plain = render("table", Table(["word", "n"], rows: [["a", 8]]), width: 25)
        XCTAssertEqual(render("table", bars([8]), width: 25, chart: false), plain)
        XCTAssertEqual(render("table", Table(["word", "n"], rows: [["a", 8]], chart: .bars(value: "nope")), width: 25), plain)
    }

    func testDataFormatsGiveTheNumbersOnly() {
        let strip = Table(["word"], rows: [["x"]], chart: .strip(positions: [[0.5]]))
        for format in Renderers.names where format != "table" {
            for table in [bars([8, 4, 1]), strip] {
                let text = render(format, table, width: 80)
                XCTAssertFalse(text.contains { ChartGlyphs.all.contains($0) }, "\(format): \(text)")
                XCTAssertEqual(text, render(format, Table(columns: table.columns, rows: table.rows), width: 80), format)
            }
        }
        XCTAssertEqual(render("json", bars([8, 1]), width: 80), "[\n  {\"word\": \"a\", \"n\": 8},\n  {\"word\": \"bb\", \"n\": 1}\n]")
        XCTAssertEqual(render("csv", bars([8, 1]), width: 80), "word,n\r\na,8\r\nbb,1")
    }
}
