import XCTest
@testable import MQTKit

final class RendererTests: XCTestCase {
    let table = Table(["speaker", "speeches", "hits"], rows: [["Sadiq Khan", 1, 3], ["Unmesh Desai", 1, 3]])
    let options = RenderOptions(width: 80, color: false)

    func render(_ format: String, _ value: Value, width: Int = 80) -> String {
        Renderers.named(format)?.render(value, options: RenderOptions(width: width, color: false)) ?? "?"
    }

    /// At 30 columns the full titles need 41 (10 + 13 + 14 + 2 × 2): "share of words" wraps over
    /// its short cells first (to 8: "share of" / "words"), then "party or role" (to 8), making
    /// 10 + 8 + 8 + 4 = 30, and every name stays whole. At 20 even wrapped titles leave no room, so titles stay on one line and cells are cut.
    func testTitlesWrapOnlyWhenThatSavesTheCells() {
        let wide = Table(["speaker", "party or role", "share of words"], rows: [["Sadiq Khan", "Lab", .decimal(74.5, places: 1)], ["Ann Bee", "Con", .decimal(25.5, places: 1)]])
        XCTAssertEqual(render("table", .table(wide), width: 30), """
                        party or  share of
            speaker     role         words
            Sadiq Khan  Lab           74.5
            Ann Bee     Con           25.5
            """)
        XCTAssertFalse(render("table", .table(wide), width: 20).contains("\n          "), render("table", .table(wide), width: 20))
    }

    func testTableAlignsNumbersRight() {
        XCTAssertEqual(render("table", .table(table)), """
            speaker       speeches  hits
            Sadiq Khan           1     3
            Unmesh Desai         1     3
            """)
    }

    func testTableCutsLongCellsWithAnEllipsisToFitTheWidth() {
        let wide = Table(["a", "b"], rows: [[.text(String(repeating: "x", count: 50)), .text(String(repeating: "y", count: 50))]])
        let lines = render("table", .table(wide), width: 40).split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 })
        XCTAssertTrue(lines[1].contains("…"))
    }

    func testWrappingColumnsWrapInsteadOfCutting() {
        let wrapped = Table(columns: [Column("who"), Column("quote", wraps: true)], rows: [["A", "one two three four five six seven eight nine ten eleven twelve"]])
        XCTAssertEqual(render("table", .table(wrapped), width: 30), """
            who  quote
            A    one two three four five
                 six seven eight nine ten
                 eleven twelve
            """)
    }

    func testCSVQuotesPerRFC4180() {
        let t = Table(["name", "note"], rows: [["a", "x, \"y\""], ["b", "line\nbreak"]])
        XCTAssertEqual(render("csv", .table(t)), "name,note\r\na,\"x, \"\"y\"\"\"\r\nb,\"line\nbreak\"")
        XCTAssertEqual(render("tsv", .table(t)), "name\tnote\na\tx, \"y\"\nb\tline break")
    }

    func testJSONUsesSnakeCaseKeysAndKeepsOrder() {
        let t = Table(["Party or role", "speeches"], rows: [["Labour", 4]])
        XCTAssertEqual(render("json", .table(t)), "[\n  {\"party_or_role\": \"Labour\", \"speeches\": 4}\n]")
        XCTAssertEqual(render("jsonl", .table(t)), "{\"party_or_role\": \"Labour\", \"speeches\": 4}")
        XCTAssertEqual(render("json", .record(Record([("a", 1), ("b", .null)]))), "{\n  \"a\": 1,\n  \"b\": null\n}")
    }

    func testMarkedTextPerFormat() {
        let t = Table(["snippet"], rows: [[.marked("the social media firms", [4..<16])]])
        XCTAssertEqual(render("plain", .table(t)), "the **social media** firms")
        XCTAssertEqual(render("markdown", .table(t)), "| snippet |\n| --- |\n| the **social media** firms |")
        XCTAssertEqual(render("json", .table(t)), "[\n  {\"snippet\": \"the social media firms\", \"snippet_matches\": [[4, 16]]}\n]")
        XCTAssertEqual(render("csv", .table(t)), "snippet\r\nthe social media firms")
        let bold = TableRenderer().render(.table(t), options: RenderOptions(width: 80, color: true))
        XCTAssertTrue(bold.contains("the \u{1B}[1msocial media\u{1B}[0m firms"))
    }

    func testRecordsWithProseShowProseToPeopleAndFieldsToPrograms() {
        let record = Record([("id", "x")], prose: "a speech")
        XCTAssertEqual(render("table", .record(record)), "a speech")
        XCTAssertEqual(render("json", .record(record)), "{\n  \"id\": \"x\"\n}")
    }

    func testEmptyTable() {
        XCTAssertEqual(render("table", .table(Table(["a"], rows: []))), "(no rows)")
        XCTAssertEqual(render("json", .table(Table(["a"], rows: []))), "[]")
    }
}
