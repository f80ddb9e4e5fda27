/// One value in a table cell or record field.
public indirect enum Cell: Sendable, Equatable {
    case null
    case text(String)
    case int(Int)
    case double(Double)
    /// A number shown with a fixed number of decimal places (a share: 2.0, 84.6); JSON gets the number.
    case decimal(Double, places: Int)
    /// Text with marked ranges (UTF-16 offsets), e.g. matched words in a snippet.
    case marked(String, [Range<Int>])
    case list([Cell])
    case record(Record)

    /// The cell as plain text, with no marks.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .text(let s): return s
        case .int(let n): return String(n)
        case .double(let d): return Cell.format(d)
        case .decimal(let d, let places): return d.isFinite ? String(format: "%.\(places)f", d) : ""
        case .marked(let s, _): return s
        case .list(let items): return items.map(\.plainText).joined(separator: ", ")
        case .record(let r): return r.fields.map { "\($0.key): \($0.value.plainText)" }.joined(separator: ", ")
        }
    }

    /// Whether the cell is a number (numbers align right in tables).
    public var isNumeric: Bool {
        switch self {
        case .int, .double, .decimal: return true
        default: return false
        }
    }

    static func format(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return String(format: "%.4g", d)
    }
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    /// Text, or null for nil.
    public init(_ text: String?) { self = text.map(Cell.text) ?? .null }
}

/// An ordered set of named fields: one object (e.g. `info` totals).
public struct Record: Sendable, Equatable {
    public var fields: [(key: String, value: Cell)]
    /// How people read it (table and plain formats); data formats render the fields.
    public var prose: String?
    public init(_ fields: [(key: String, value: Cell)], prose: String? = nil) {
        self.fields = fields
        self.prose = prose
    }
    public subscript(key: String) -> Cell? { fields.first { $0.key == key }?.value }

    public static func == (a: Record, b: Record) -> Bool {
        a.prose == b.prose && a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

import Foundation
