import MQTKit

/// `stats [QUERY] [--by GROUP] [--per million|thousand] [--limit N]`: how much is said, per group.
struct StatsCommand: Command {
    let spec = CommandSpec(
        name: "stats", summary: "speeches, words, sentences, speech length, share of words and dates, per group",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "group by (default speaker)", choices: SearchGroup.allCases.map(\.rawValue)),
            OptionSpec("per", value: "UNIT", summary: "add the set's words per million (or thousand) words the group says in the whole corpus", choices: ["million", "thousand"]),
            .limit("groups, largest first (periods: earliest first)", default: nil),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "per speaker in the seed", "stats",
                output: """
                    speaker   speeches  words  sentences  mean  median  share %  first       last
                    Sadiq K…         3    943         46   314     329     74.5  2021-11-29  2021-11-29
                    Unmesh …         4    323         15    81      67     25.5  2021-11-29  2021-11-29
                    """),
            Example(
                "a search's whole set, per kind, as data", "search prevent --limit 1 | stats --by kind --format json",
                output: """
                    [
                      {"kind": "answer", "speeches": 2, "words": 733, "sentences": 35, "mean_words": 367, "median_words": 367, "share_percent": 84.6, "first_date": "2021-11-29", "last_date": "2021-11-29"},
                      {"kind": "question", "speeches": 2, "words": 133, "sentences": 6, "mean_words": 67, "median_words": 67, "share_percent": 15.4, "first_date": "2021-11-29", "last_date": "2021-11-29"}
                    ]
                    """),
            Example(
                "how much of each speaker's talk is in speeches that mention cricket", "stats cricket --per thousand --format csv",
                output: """
                    speaker,speeches,words,sentences,mean_words,median_words,share_percent,first_date,last_date,per_thousand
                    Sadiq Khan,1,404,22,404,404,70.0,2021-11-29,2021-11-29,428.4
                    Unmesh Desai,1,173,7,173,173,30.0,2021-11-29,2021-11-29,535.6
                    """),
        ],
        discussion: """
            The set is QUERY within the piped speeches, or the whole corpus. speeches: speeches in the \
            group; words: their counted words (`help words`: an apostrophe inside a word joins it, \
            Government’s is one word, a hyphen separates); sentences: their sentences (`help words`); mean and median: words per speech (the median of an even number of speeches \
            is the mean of the middle two), rounded to the nearest whole number; share %: the group's \
            share of the set's words, to one decimal place; first and last: the dates of its first and \
            last speech. With --per million (or thousand): the group's words in the set per million \
            (thousand) words the same group says in the whole corpus, to one decimal place: how much of \
            a speaker's (or a year's) talk the set is. Groups are largest first (most words); days, \
            months and years come in date order with every period between the first and the last shown, \
            empty ones as rows of zeros, and undated speeches last as (none).
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = SearchGroup(rawValue: call.option("by") ?? "speaker") ?? .speaker
        let limit = try call.limit(default: nil)
        let per = call.option("per")
        let set = try context.corpus.select(call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let groups = try Period.rows(context.corpus.sizes(of: set, by: group), by: group, command: "stats", name: \.group)
        let sizes = groups.map(\.item)
        let labels = groups.map(\.label)
        let total = sizes.reduce(0) { $0 + ($1?.words ?? 0) }
        var wholeWords: [String?: Int] = [:]
        if per != nil {
            for size in try context.corpus.sizes(of: context.corpus.everything, by: group) { wholeWords[size.group] = size.words }
        }
        let shown = limit.map { min($0, sizes.count) } ?? sizes.count
        let rows = (0..<shown).map { index -> [Cell] in
            let size = sizes[index] ?? GroupSize(group: labels[index], speeches: 0, words: 0)
            var row: [Cell] = [
                SizeFigures.name(GroupSize(group: labels[index], speeches: 0, words: 0)), .int(size.speeches), .int(size.words), .int(size.sentences),
                SizeFigures.mean(size), SizeFigures.median(size), SizeFigures.share(size, of: total), Cell(size.firstDate), Cell(size.lastDate),
            ]
            if let per {
                let whole = wholeWords[labels[index]] ?? 0
                let scale = per == "thousand" ? 1_000.0 : 1_000_000.0
                row.append(whole > 0 ? .decimal((Double(size.words) * scale * 10 / Double(whole)).rounded() / 10, places: 1) : .null)
            }
            return row
        }
        var columns = [
            Column(group.rawValue, keepsWidth: group.isTime), Column("speeches"), Column("words"), Column("sentences"), Column("mean", key: "mean_words"),
            Column("median", key: "median_words"), Column("share %", key: "share_percent"),
            Column("first", key: "first_date", keepsWidth: true), Column("last", key: "last_date", keepsWidth: true),
        ]
        if let per { columns.append(Column("per \(per)", key: "per_\(per)")) }
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no speeches match", chart: .bars(value: "words")))
    }
}
