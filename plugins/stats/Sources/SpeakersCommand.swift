import MQTKit

/// `speakers [QUERY] [--by speaker|party|role] [--limit N]`: who speaks how much.
struct SpeakersCommand: Command {
    static let groups: [SearchGroup] = [.speaker, .party, .role]

    let spec = CommandSpec(
        name: "speakers", summary: "who speaks how much: turns, words, share of words, turn length and dates",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per speaker (default), party or role", choices: Self.groups.map(\.rawValue)),
            .limit("rows, most words first", default: nil),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "everyone in the seed", "speakers",
                output: """
                              party or
                    speaker   role       turns  words  share %  mean  median  first       last
                    Sadiq K…  Mayor of…      3    943     74.5   314     329  2021-11-29  2021-11-29
                    Unmesh …  Labour         4    323     25.5    81      67  2021-11-29  2021-11-29
                    """),
            Example(
                "who speaks in the speeches a search finds, as data", "search cricket | speakers --format json",
                output: """
                    [
                      {"speaker": "Sadiq Khan", "party_or_role": "Mayor of London", "turns": 1, "words": 404, "share_percent": 70.0, "mean_words": 404, "median_words": 404, "first_date": "2021-11-29", "last_date": "2021-11-29"},
                      {"speaker": "Unmesh Desai", "party_or_role": "Labour", "turns": 1, "words": 173, "share_percent": 30.0, "mean_words": 173, "median_words": 173, "first_date": "2021-11-29", "last_date": "2021-11-29"}
                    ]
                    """),
            Example(
                "per party", "speakers --by party",
                output: """
                    party   turns  words  share %  mean  median  first       last
                    (none)      3    943     74.5   314     329  2021-11-29  2021-11-29  ███████████
                    Labour      4    323     25.5    81      67  2021-11-29  2021-11-29  ███▊
                    """),
        ],
        discussion: """
            The set is QUERY within the piped speeches, or the whole corpus. A turn is one speech; \
            words are counted as `stats` counts them (see `help words`); share % is the row's share \
            of the set's words, to one decimal place; mean and median are words per turn, rounded to \
            the nearest whole number (the median of an even number of turns is the mean of the \
            middle two); first and last are the dates of the first and last turn. party or role is \
            what the transcripts write beside the name (several, comma-separated, when they differ). \
            Rows are most words first. For the people behind the names (member files) see `members`.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = SearchGroup(rawValue: call.option("by") ?? "speaker") ?? .speaker
        let limit = try call.limit(default: nil)
        let set = try context.corpus.select(call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let sizes = try context.corpus.sizes(of: set, by: group)
        let total = sizes.reduce(0) { $0 + $1.words }
        var positions: [String: String] = [:]
        if group == .speaker {
            for speaker in try context.corpus.speakers(matching: nil) {
                positions[speaker.name] = speaker.partyOrRole?.split(separator: ",").joined(separator: ", ")
            }
        }
        let rows = sizes.prefix(limit ?? sizes.count).map { size -> [Cell] in
            var row = [SizeFigures.name(size)]
            if group == .speaker { row.append(Cell(size.group.flatMap { positions[$0] })) }
            return row + [
                .int(size.speeches), .int(size.words), SizeFigures.share(size, of: total), SizeFigures.mean(size),
                SizeFigures.median(size), Cell(size.firstDate), Cell(size.lastDate),
            ]
        }
        var columns = [Column(group.rawValue)]
        if group == .speaker { columns.append(Column("party or role")) }
        columns += [
            Column("turns"), Column("words"), Column("share %", key: "share_percent"), Column("mean", key: "mean_words"),
            Column("median", key: "median_words"), Column("first", key: "first_date", keepsWidth: true),
            Column("last", key: "last_date", keepsWidth: true),
        ]
        return .table(Table(columns: columns, rows: Array(rows), emptyMessage: "no speeches match", chart: .bars(value: "words")))
    }
}
