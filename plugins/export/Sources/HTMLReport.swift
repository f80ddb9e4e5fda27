import MQTKit

/// The self-contained HTML report: one page with its style inline, no script, no font, no image
/// or style sheet fetched, charts drawn as inline SVG. The page is also well-formed XML (every
/// element closed, only the five XML entities), so any XML parser can check it.
enum HTMLReport {
    /// The page's start: its head, style and title, the command under it, and the provenance.
    static func head(title: String, provenance: Provenance?) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="generator" content="mqt \(escape(MQTVersion.current))"/>
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """
        if let provenance {
            out += "<p class=\"command\"><code>\(escape(provenance.commandLine))</code></p>\n"
        }
        return out
    }

    /// The provenance as a definition list, with the corpus's files in a table.
    static func provenance(_ provenance: Provenance?) -> String {
        guard let provenance else { return "" }
        var out = "<section class=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n"
        for fact in provenance.facts {
            out += "<dt>\(escape(fact.label))</dt><dd>\(escape(fact.value))</dd>\n"
        }
        out += "</dl>\n"
        if !provenance.sources.files.isEmpty {
            out += "<table class=\"sources\">\n<thead><tr><th>file</th><th>content hash</th></tr></thead>\n<tbody>\n"
            for file in provenance.sources.files {
                out += "<tr><td>\(escape(file.file))</td><td><code>\(escape(file.contentHash))</code></td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    static let tail = "</body>\n</html>\n"

    /// A table with its chart drawn above it, its note under it.
    static func table(_ table: Table) -> String {
        guard !table.rows.isEmpty else { return "<p class=\"empty\">\(escape(table.emptyMessage))</p>\n" }
        var out = table.chart.flatMap { SVGChart.draw($0, table: table) } ?? ""
        let numeric = table.columns.indices.map { index in
            table.rows.allSatisfy { index >= $0.count || $0[index].isNumeric || $0[index] == .null }
        }
        out += "<table>\n<thead><tr>"
        for (index, column) in table.columns.enumerated() {
            out += numeric[index] ? "<th class=\"num\">" : "<th>"
            out += escape(column.title) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for index in table.columns.indices {
                let cell = index < row.count ? row[index] : .null
                out += (numeric[index] ? "<td class=\"num\">" : "<td>") + html(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let note = table.note { out += "<p class=\"note\">\(escape(note))</p>\n" }
        return out
    }

    /// A record as a field/value table; a field holding records becomes a table of its own.
    static func record(_ record: Record) -> String {
        // The record's prose is laid out for a terminal; its fields say the same in tables.
        var out = ""
        var scalars: [[Cell]] = []
        var nested: [(String, Table)] = []
        for field in record.fields {
            if case .list(let items) = field.value, let inner = TableRenderer.table(fromRecords: items) {
                nested.append((field.key, inner))
            } else {
                scalars.append([.text(field.key), field.value])
            }
        }
        out += table(Table(["field", "value"], rows: scalars))
        for (key, inner) in nested { out += "<h2>\(escape(key))</h2>\n" + table(inner) }
        return out
    }

    /// Text, its lines kept.
    static func text(_ text: String) -> String { "<pre>\(escape(text))</pre>\n" }

    /// A cell's text, escaped, with matched words in `<mark>`.
    static func html(_ cell: Cell) -> String {
        guard case .marked(let text, let ranges) = cell, !ranges.isEmpty else { return escape(cell.plainText) }
        let units = Array(text.utf16)
        var out = ""
        var position = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound })
        where range.lowerBound >= position && range.upperBound <= units.count {
            out += escape(String(decoding: units[position..<range.lowerBound], as: UTF16.self))
            out += "<mark>" + escape(String(decoding: units[range], as: UTF16.self)) + "</mark>"
            position = range.upperBound
        }
        return out + escape(String(decoding: units[position...], as: UTF16.self))
    }

    /// Text safe in an element or an attribute: the five XML characters as entities, and control
    /// characters XML cannot hold (all but tab, LF and CR) as U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let forbidden = value < 0x20 || value == 0xFFFE || value == 0xFFFF
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// Readable on screen and on paper; no fonts fetched (the reader's own sans-serif).
    static let style = """
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.2em; margin-top: 1.5em; }
        h3 { font-size: 1em; margin: 1em 0 0.3em; }
        p.command code { background: #f3f3f3; padding: 0.2em 0.4em; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { border-bottom: 2px solid #888; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        mark { background: #ffe58a; }
        svg { display: block; margin: 1em 0; max-width: 100%; height: auto; }
        .facts, .note, .empty { color: #555; }
        article p { margin: 0.4em 0; }
        .provenance { font-size: 0.85em; color: #444; border-top: 1px solid #ccc; margin-top: 2em; }
        .provenance dt { font-weight: bold; float: left; clear: left; width: 6em; }
        .provenance dd { margin-left: 7em; word-break: break-all; }
        @media print { body { margin: 0; max-width: none; } tr, svg, article { break-inside: avoid; } }
        """
}
