import MQTKit

/// `timeline QUERY [--by day|month|year] [--per million]`: matching speeches and hits per period,
/// every period from the first match to the last, empty ones included.
struct TimelineCommand: Command {
    /// The most rows a timeline makes; a longer span of days is an error, not a huge table.
    static let maxRows = 100_000

    let spec = CommandSpec(
        name: "timeline", summary: "mentions over time: matching speeches and hits per day, month or year, gaps included",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "PERIOD", summary: "one row per period (default month)", choices: TimelinePeriod.allCases.map(\.rawValue)),
            OptionSpec("per", value: "UNIT", summary: "add hits per million words spoken in the period", choices: ["million"]),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "a word, per month (the seed is one day)", "timeline prevent",
                output: """
                    month    speeches  hits
                    2021-11         4    10  ███████████████████████████████████████████████████████
                    """),
            Example(
                "a search's whole set, per day, with a rate", "search \"social media\" --limit 1 | timeline --by day --per million --format json",
                output: """
                    [
                      {"day": "2021-11-29", "speeches": 2, "hits": 6, "per_million": 4739.3}
                    ]
                    """),
            Example(
                "a query narrows a piped set; the rate is per word of the whole corpus", "search -role:Mayor | timeline prevent --by year --per million",
                output: """
                    year  speeches  hits  per million
                    2021         2     4       3159.6  █████████████████████████████████████████████
                    """),
        ],
        discussion: """
            One row per period from the first period with a match to the last, in order, every \
            period in between included (zero speeches and hits when nothing matches in it). Periods \
            are years (2021), months (2021-11) or calendar days (2021-11-29, proleptic Gregorian), \
            from each speech's date; speeches without a date are left out, and a note says how many. \
            speeches: matching speeches; hits: places the query's words and phrases occur, counted \
            as `count` counts them. With --per million: hits × 1,000,000 / words spoken in the \
            period in the whole corpus (not only in a piped set: a rate of the word in the \
            language of the time), to one decimal place; a period with no words has none (empty; null in JSON). Words spoken \
            are counted as `stats` counts them (an apostrophe inside a word joins it). A timeline of more \
            than 100,000 rows is refused (use --by month or --by year). In the table format each row ends \
            in a bar of its hits, the longest for the period with most (set chart off leaves the bars out). \
            \(QueryLanguage.discussion)
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let period = TimelinePeriod(rawValue: call.option("by") ?? "month") ?? .month
        let set = try context.corpus.select(call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        var found: [Int: GroupCount] = [:]
        var undated = 0
        for count in try context.corpus.count(set, by: period.group) {
            if let index = count.group.flatMap(period.index) { found[index] = count } else { undated += count.speeches }
        }
        let perMillion = call.option("per") == "million"
        var columns = [Column(period.rawValue), Column("speeches"), Column("hits")]
        if perMillion { columns.append(Column("per million", key: "per_million")) }
        let note = undated == 0 ? nil : "\(undated) matching \(undated == 1 ? "speech" : "speeches") without a date left out"
        guard let first = found.keys.min(), let last = found.keys.max() else {
            return .table(Table(columns: columns, rows: [], emptyMessage: note.map { "no dated speeches match (\($0))" } ?? "no speeches match"))
        }
        guard last - first < Self.maxRows else {
            throw TimelineError.tooManyRows(rows: last - first + 1, by: period.rawValue)
        }
        var words: [Int: Int] = [:]
        if perMillion {
            for size in try context.corpus.sizes(of: context.corpus.everything, by: period.group) {
                if let index = size.group.flatMap(period.index) { words[index, default: 0] += size.words }
            }
        }
        let rows = (first...last).map { index -> [Cell] in
            let count = found[index]
            var row: [Cell] = [.text(period.label(index)), .int(count?.speeches ?? 0), .int(count?.hits ?? 0)]
            if perMillion {
                let spoken = words[index] ?? 0
                row.append(spoken > 0 ? .decimal((Double(count?.hits ?? 0) * 10_000_000 / Double(spoken)).rounded() / 10, places: 1) : .null)
            }
            return row
        }
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no speeches match", note: note, chart: .bars(value: "hits")))
    }
}

/// What `timeline` refuses to do.
enum TimelineError: Error, Equatable, CustomStringConvertible {
    case tooManyRows(rows: Int, by: String)

    var description: String {
        switch self {
        case .tooManyRows(let rows, let by):
            return "a timeline by \(by) would have \(rows) rows (at most \(TimelineCommand.maxRows)); use --by month or --by year"
        }
    }
}

/// A timeline's period, numbered so that consecutive periods are consecutive integers.
enum TimelinePeriod: String, CaseIterable {
    case day, month, year

    /// The corpus grouping that names this period.
    var group: SearchGroup {
        switch self {
        case .day: return .date
        case .month: return .month
        case .year: return .year
        }
    }

    /// The period's number from its name (`2021`, `2021-11`, `2021-11-29`); nil for no date.
    func index(_ name: String) -> Int? {
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
    func label(_ index: Int) -> String {
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
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of `days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * shifted + 2) / 5 + 1)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
