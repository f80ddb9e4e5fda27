import MQTCore

/// A calendar period (day, month or year), numbered so that consecutive periods are consecutive
/// integers: what time groups are filled in with, so a gap shows as a row of zeros.
public enum Period: String, CaseIterable, Sendable {
    case day, month, year

    /// The corpus grouping that names this period.
    public var group: SearchGroup {
        switch self {
        case .day: return .date
        case .month: return .month
        case .year: return .year
        }
    }

    /// The period's number from its name (`2021`, `2021-11`, `2021-11-29`); nil for no date.
    public func index(_ name: String) -> Int? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard let year = parts.first ?? nil else { return nil }
        switch self {
        case .year: return parts.count == 1 ? year : nil
        case .month:
            guard parts.count == 2, let month = parts[1], (1...12).contains(month) else { return nil }
            return year * 12 + month - 1
        case .day:
            guard parts.count == 3, let month = parts[1], let day = parts[2], (1...12).contains(month), (1...31).contains(day) else { return nil }
            return Self.days(year: year, month: month, day: day)
        }
    }

    /// The period's name from its number.
    public func label(_ index: Int) -> String {
        switch self {
        case .year: return Self.padded(index, 4)
        case .month:
            let (year, month) = (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
            return Self.padded(year, 4) + "-" + Self.padded(month, 2)
        case .day:
            let (year, month, day) = Self.civil(index)
            return Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of `days`).
    public static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * shifted + 2) / 5 + 1)
    }

    /// `value` with leading zeros to `width` digits.
    public static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The period a time group names (`date` is a day); nil for other groups.
    public init?(group: SearchGroup) {
        switch group {
        case .date: self = .day
        case .month: self = .month
        case .year: self = .year
        default: return nil
        }
    }

    /// Every period from the first named to the last, in order, with its item (nil in a gap);
    /// and the items whose name is no period of this kind (no date).
    public func filled<Item>(_ items: [Item], name: (Item) -> String?) -> (periods: [(label: String, item: Item?)], undated: [Item]) {
        var found: [Int: Item] = [:]
        var undated: [Item] = []
        for item in items {
            if let index = name(item).flatMap(index) { found[index] = item } else { undated.append(item) }
        }
        guard let first = found.keys.min(), let last = found.keys.max() else { return ([], undated) }
        return ((first...last).map { (label($0), found[$0]) }, undated)
    }

    /// How many periods `filled` would make from these names.
    public func span(_ names: [String?]) -> Int {
        let indexes = names.compactMap { $0.flatMap(index) }
        guard let first = indexes.min(), let last = indexes.max() else { return 0 }
        return last - first + 1
    }

    /// The most rows a grouping by period makes; a longer span is an error, not a huge table.
    public static let maxRows = 100_000

    /// A grouping's rows: for days, months and years every period from the first to the last in
    /// order (nil in a gap), then the undated; for other groups the items as they come. `command`
    /// names the grouping in the error for a span of more than `maxRows` periods.
    public static func rows<Item>(
        _ items: [Item], by group: SearchGroup, command: String, name: (Item) -> String?
    ) throws -> [(label: String?, item: Item?)] {
        guard let period = Period(group: group) else { return items.map { (name($0), $0) } }
        let span = period.span(items.map(name))
        guard span <= maxRows else {
            throw CommandError.invalid(
                "\(command) by \(group.rawValue) would have \(span) rows (at most \(maxRows)); use --by month or --by year")
        }
        let (periods, undated) = period.filled(items, name: name)
        return periods.map { (Optional($0.label), $0.item) } + undated.map { (name($0), Optional($0)) }
    }
}
