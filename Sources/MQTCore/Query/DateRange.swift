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
        var digits = text
        if text.count == 8, text.allSatisfy(\.isASCIIDigit) {
            let c = Array(text)
            digits = String(c[0..<4]) + "-" + String(c[4..<6]) + "-" + String(c[6..<8])
        }
        let parts = digits.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        }
        return digits
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
