import MQTKit

/// `timeline QUERY [--by day|month|year] [--per million]`: matching speeches and hits per period,
/// every period from the first match to the last, empty ones included.
struct TimelineCommand: Command {
    /// The most rows a timeline makes; a longer span of days is an error, not a huge table.
    static let maxRows = Period.maxRows

    let spec = CommandSpec(
        name: "timeline", summary: "mentions over time: matching speeches and hits per day, month or year, gaps included",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "PERIOD", summary: "one row per period (default month)", choices: Period.allCases.map(\.rawValue)),
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
        let period = Period(rawValue: call.option("by") ?? "month") ?? .month
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
