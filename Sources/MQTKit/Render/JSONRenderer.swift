/// JSON (pretty, one value) or JSON Lines (one compact object per row). Tables become arrays of
/// objects keyed by snake_case column names; marked text stays untouched, its match offsets go
/// in a `<key>_matches` field as `[start, end]` UTF-16 pairs.
public struct JSONRenderer: Renderer {
    public let lines: Bool
    public var name: String { lines ? "jsonl" : "json" }
    public init(lines: Bool) { self.lines = lines }

    public func render(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .nothing: return ""
        case .text(let text): return JSONText.string(text)
        case .record(let record): return JSONText.encode(.record(record), pretty: !lines, indent: "")
        case .table(let table): return renderRows(table)
        case .speeches(let set): return renderRows(set.shown)
        }
    }

    func renderRows(_ table: Table) -> String {
        let objects = table.rows.map { row in Cell.record(Self.record(row, columns: table.columns)) }
        if lines { return objects.map { JSONText.encode($0, pretty: false, indent: "") }.joined(separator: "\n") }
        if objects.isEmpty { return "[]" }
        return "[\n" + objects.map { "  " + JSONText.encode($0, pretty: false, indent: "") }.joined(separator: ",\n") + "\n]"
    }

    /// A row as an object, with `_matches` fields after marked cells.
    static func record(_ row: [Cell], columns: [Column]) -> Record {
        var fields: [(key: String, value: Cell)] = []
        for (index, column) in columns.enumerated() {
            let cell = index < row.count ? row[index] : .null
            if case .marked(let text, let ranges) = cell {
                fields.append((column.key, .text(text)))
                fields.append(("\(column.key)_matches", .list(ranges.map { .list([.int($0.lowerBound), .int($0.upperBound)]) })))
            } else {
                fields.append((column.key, cell))
            }
        }
        return Record(fields)
    }
}

/// A small JSON writer that keeps field order (JSONSerialization does not).
public enum JSONText {
    /// Encodes a cell; `pretty` puts each field of an object on its own line.
    public static func encode(_ cell: Cell, pretty: Bool, indent: String) -> String {
        switch cell {
        case .null: return "null"
        case .text(let s), .marked(let s, _): return string(s)
        case .int(let n): return String(n)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .decimal(let d, let places): return d.isFinite ? String(format: "%.\(places)f", d) : "null"
        case .list(let items):
            let simple = items.allSatisfy { if case .record = $0 { return false } else { return true } }
            if !pretty || simple || items.isEmpty {
                return "[" + items.map { encode($0, pretty: false, indent: "") }.joined(separator: ", ") + "]"
            }
            let inner = indent + "  "
            return "[\n" + items.map { inner + encode($0, pretty: true, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .record(let record):
            if record.fields.isEmpty { return "{}" }
            if !pretty {
                return "{" + record.fields.map { "\(string($0.key)): \(encode($0.value, pretty: false, indent: ""))" }
                    .joined(separator: ", ") + "}"
            }
            let inner = indent + "  "
            return "{\n" + record.fields.map { "\(inner)\(string($0.key)): \(encode($0.value, pretty: true, indent: inner))" }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    /// A JSON string literal.
    public static func string(_ s: String) -> String { JSONString.quoted(s) }
}

import Foundation
