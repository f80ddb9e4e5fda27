import GRDB

/// One group's sums while a set's rows are read.
struct GroupTally {
    var size = GroupSize(group: nil, speeches: 0, words: 0)
    var lengths: [Int] = []

    mutating func add(words: Int, sentences: Int, date: String) {
        size.speeches += 1
        size.words += words
        size.sentences += sentences
        lengths.append(words)
        // An undated speech ('') leaves the group's dates as they are.
        if !date.isEmpty && date < size.firstDate ?? "\u{10FFFF}" { size.firstDate = date }
        if !date.isEmpty && date > size.lastDate ?? "" { size.lastDate = date }
    }
}

/// Speeches, words, sentences, speech lengths and the first and last date of one group of a set.
public struct GroupSize: Equatable, Sendable {
    /// The group's name; nil for speeches without a value (no party, say).
    public var group: String?
    public var speeches: Int
    public var words: Int
    public var sentences: Int
    /// The median words per speech (the mean of the middle two for an even count).
    public var medianWords: Double
    public var firstDate: String?
    public var lastDate: String?

    public init(
        group: String?, speeches: Int, words: Int, sentences: Int = 0, medianWords: Double = 0,
        firstDate: String? = nil, lastDate: String? = nil
    ) {
        self.group = group
        self.speeches = speeches
        self.words = words
        self.sentences = sentences
        self.medianWords = medianWords
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// The median of speech lengths (0 for none).
    public static func median(_ lengths: [Int]) -> Double {
        guard !lengths.isEmpty else { return 0 }
        let sorted = lengths.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Store {
    /// Speeches, words, sentences, median length and dates per group, largest (by words) first;
    /// time groups in date order. One scan of the set's rows: the median needs every length, so
    /// the rows are summed here rather than by SQL's GROUP BY.
    public func groupSizes(in set: SpeechSelection, by group: SearchGroup) throws -> [GroupSize] {
        let (query, rest) = set.driven
        let source = SearchSQL(query ?? .everything, within: rest, needSpeeches: true).source
        let sql = "SELECT \(group.key) AS g, s.words, s.sentences, s.date \(source.sql)"
        var groups: [DatabaseValue: GroupTally] = [:]
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(source.arguments))
            while let row = try rows.next() {
                let key: DatabaseValue = row[0]
                let words: Int = row[1]
                let sentences: Int = row[2]
                let date: String = row[3]
                // Modified in place: a copy of the entry would copy its lengths on every row.
                groups[key, default: GroupTally()].add(words: words, sentences: sentences, date: date)
            }
        }
        let labels = try groupLabels(Array(groups.keys), of: group)
        let sizes = groups.map { key, entry -> GroupSize in
            var size = entry.size
            size.group = labels[key] ?? nil
            size.medianWords = GroupSize.median(entry.lengths)
            return size
        }
        return sizes.sorted { a, b in
            if group.isTime { return (a.group ?? "\u{10FFFF}") < (b.group ?? "\u{10FFFF}") }
            if a.words != b.words { return a.words > b.words }
            if a.speeches != b.speeches { return a.speeches > b.speeches }
            return (a.group ?? "\u{10FFFF}") < (b.group ?? "\u{10FFFF}")
        }
    }

    /// The names of group keys: the key itself, or for a transcript its date and title.
    func groupLabels(_ keys: [DatabaseValue], of group: SearchGroup) throws -> [DatabaseValue: String?] {
        guard group == .transcript else {
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, String.fromDatabaseValue($0)) })
        }
        return try read { db in
            var labels: [DatabaseValue: String?] = [:]
            for key in keys {
                labels[key] = try String.fetchOne(db, sql: "SELECT \(group.label(of: "?"))", arguments: [key])
            }
            return labels
        }
    }
}
