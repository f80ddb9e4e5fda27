import MQTKit

/// The figures `stats` and `speakers` derive from a group's size, defined once: whole numbers
/// rounded to the nearest (halves away from zero), shares to one decimal place.
enum SizeFigures {
    /// Mean words per speech, rounded; null for a group with no speeches.
    static func mean(_ size: GroupSize) -> Cell {
        size.speeches > 0 ? .int(Int((Double(size.words) / Double(size.speeches)).rounded())) : .null
    }

    /// Median words per speech, rounded; null for a group with no speeches.
    static func median(_ size: GroupSize) -> Cell {
        size.speeches > 0 ? .int(Int(size.medianWords.rounded())) : .null
    }

    /// The group's share of `total` words, in percent to one decimal place.
    static func share(_ size: GroupSize, of total: Int) -> Cell {
        .decimal(total > 0 ? (Double(size.words) * 1000 / Double(total)).rounded() / 10 : 0, places: 1)
    }

    /// A group's name as shown: "(none)" for speeches without a value.
    static func name(_ size: GroupSize) -> Cell {
        .text(size.group.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)")
    }
}
