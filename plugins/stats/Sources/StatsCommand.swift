import MQTKit

/// `stats [--by GROUP] [--limit N]`: speeches, words and share of words per group.
struct StatsCommand: Command {
    let spec = CommandSpec(
        name: "stats", summary: "speeches, words, words per speech and share of words, per group",
        options: [
            OptionSpec("by", value: "GROUP", summary: "group by (default speaker)", choices: SearchGroup.allCases.map(\.rawValue)),
            .limit("groups, largest first", default: nil),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "per speaker in the seed", "stats",
                output: """
                    speaker       speeches  words  words per speech  share %
                    Sadiq Khan           3    943               314     74.5
                    Unmesh Desai         4    323                81     25.5
                    """),
            Example(
                "a search's whole set, per kind, as data", "search prevent --limit 1 | stats --by kind --format json",
                output: """
                    [
                      {"kind": "answer", "speeches": 2, "words": 733, "words_per_speech": 367, "share_percent": 84.6},
                      {"kind": "question", "speeches": 2, "words": 133, "words_per_speech": 67, "share_percent": 15.4}
                    ]
                    """),
        ],
        discussion: """
            Words are counted as `info` and `speakers` count them: runs of letters, digits and marks, \
            with an apostrophe inside a word joining it (Government’s is one word). Words per speech \
            is rounded to the nearest whole number; share % is the group's share of the words, to one \
            decimal place. Groups are largest first; dates, months and years come in date order.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = SearchGroup(rawValue: call.option("by") ?? "speaker") ?? .speaker
        let limit = try call.limit(default: nil)
        let set = call.input.speechSet ?? context.corpus.everything
        let sizes = try context.corpus.sizes(of: set, by: group)
        let total = sizes.reduce(0) { $0 + $1.words }
        let shown = sizes.prefix(limit ?? sizes.count)
        let rows = shown.map { size -> [Cell] in
            let share = total > 0 ? (Double(size.words) * 1000 / Double(total)).rounded() / 10 : 0
            let perSpeech = size.speeches > 0 ? Int((Double(size.words) / Double(size.speeches)).rounded()) : 0
            return [.text(size.group.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"), .int(size.speeches), .int(size.words), .int(perSpeech), .decimal(share, places: 1)]
        }
        let columns = [Column(group.rawValue), Column("speeches"), Column("words"), Column("words per speech"), Column("share %", key: "share_percent")]
        return .table(Table(columns: columns, rows: Array(rows), emptyMessage: "no speeches match"))
    }
}
