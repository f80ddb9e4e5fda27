/// An inclusive range of days written `DAY`, `FROM..TO`, `FROM..` or `..TO`, where each bound is
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or `YYYYMMDD`).
public struct DateRange: Equatable, Sendable {
    /// Lowest ISO date included (a prefix such as `2021` stands for its first day), or nil.
    public var from: String?
    /// Highest ISO date included (a prefix such as `2021-06` stands for its last day), or nil.
    public var to: String?

    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }

    /// Parses a `date:` value; nil when it is not a date or range of dates.
    public static func parse(_ text: String) -> DateRange? {
        if let dots = text.range(of: "..") {
            let left = String(text[..<dots.lowerBound])
            let right = String(text[dots.upperBound...])
            if left.isEmpty && right.isEmpty { return nil }
            let from = left.isEmpty ? nil : normalise(left)
            let to = right.isEmpty ? nil : normalise(right)
            if (!left.isEmpty && from == nil) || (!right.isEmpty && to == nil) { return nil }
            if let from, let to, from > to && !to.hasPrefix(from) { return nil }
            return DateRange(from: from, to: to)
        }
        guard let day = normalise(text) else { return nil }
        return DateRange(from: day, to: day)
    }

    /// The SQL bounds for an ISO date column: `from` as is, `to` extended past every day it covers.
    public var sqlBounds: (lower: String?, upper: String?) {
        (from, to.map { $0.count == 10 ? $0 : $0 + "~" })
    }

    /// `2021`, `2021-06`, `2021-06-01` or `20210601`, checked, in ISO form; nil otherwise.
    static func normalise(_ text: String) -> String? {
        guard let (iso, parts) = shaped(text), impossibility(parts) == nil else { return nil }
        return iso
    }

    /// The first bound of a `date:` value that is shaped like a date but names no day of the
    /// calendar (`2009-02-30`, `2009-13`), as written, with what is wrong with it.
    static func impossibleBound(in text: String) -> (bound: String, reason: String)? {
        let bounds = text.range(of: "..").map { [String(text[..<$0.lowerBound]), String(text[$0.upperBound...])] } ?? [text]
        for bound in bounds {
            if let (_, parts) = shaped(bound), let reason = impossibility(parts) { return (bound, reason) }
        }
        return nil
    }

    /// The ISO form and its numbers when `text` has a date's shape (digits in 4, 4-2 or 4-2-2).
    static func shaped(_ text: String) -> (String, [Int])? {
        var iso = text
        if text.count == 8, text.allSatisfy(\.isASCIIDigit) {
            let c = Array(text)
            iso = String(c[0..<4]) + "-" + String(c[4..<6]) + "-" + String(c[6..<8])
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return (iso, parts.compactMap { Int($0) })
    }

    /// Why year, month and day (as many as given) name no date; nil when they do.
    static func impossibility(_ parts: [Int]) -> String? {
        guard parts.count >= 2 else { return nil }
        let year = parts[0], month = parts[1]
        guard (1...12).contains(month) else { return "months run from 01 to 12" }
        guard parts.count == 3 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard parts[2] >= 1 else { return "days run from 01" }
        guard parts[2] <= days else { return "\(monthNames[month - 1]) \(year) has \(days) days" }
        return nil
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
