import MQTKit

/// `count QUERY [--by GROUP]`: matching speeches and hits, overall or per group.
struct CountCommand: Command {
    let spec = CommandSpec(
        name: "count", summary: "count matching speeches and hits (places the words occur), overall or per group",
        arguments: [QueryInput.argument],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per group, most speeches first; days, months and years in date order, empty ones included as zero rows", choices: SearchGroup.allCases.map(\.rawValue))
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "a phrase, by speaker", "count \"social media\" --by speaker",
                output: """
                    speaker       speeches  hits
                    Sadiq Khan           1     3  ██████████████████████████████████████████████████
                    Unmesh Desai         1     3  ██████████████████████████████████████████████████
                    """),
            Example("a phrase in the whole corpus", "count \"social media\"", output: "2 speeches, 6 hits"),
            Example(
                "a search's whole set (not only the page it shows), with the search's hits", "search \"social media\" --limit 1 | count --by speaker",
                output: """
                    speaker       speeches  hits
                    Sadiq Khan           1     3  ██████████████████████████████████████████████████
                    Unmesh Desai         1     3  ██████████████████████████████████████████████████
                    """),
            Example("words are ANDed; every occurrence counts", "count social media", output: "2 speeches, 12 hits"),
            Example("a place that two terms find is one hit", "count racis* racism", output: "2 speeches, 3 hits"),
            Example(
                "as JSON", "count prevent --format json",
                output: """
                    {
                      "speeches": 4,
                      "hits": 10
                    }
                    """),
            Example(
                "filters, exclusions and groups", "count prevent -role:Mayor --by party --format json",
                output: """
                    [
                      {"party": "Labour", "speeches": 2, "hits": 4}
                    ]
                    """),
            Example(
                "a query that cannot be parsed", "count (social media",
                output: """
                    error: unbalanced bracket in query
                      (social media
                      ^
                    """),
        ],
        discussion: "With --by, the table format ends each row in a bar of its hits (set chart off leaves the bars out).\n\n"
            + QueryInput.discussion)

    func run(_ call: Call, context: any Context) throws -> Value {
        let set = try QueryInput.set(call, context: context)
        guard let name = call.option("by"), let group = SearchGroup(rawValue: name) else {
            let totals = try context.corpus.count(set)
            let prose = totals.speeches == 0
                ? "no speeches match"
                : "\(totals.speeches) \(totals.speeches == 1 ? "speech" : "speeches"), \(totals.hits) \(totals.hits == 1 ? "hit" : "hits")"
            return .record(Record([("speeches", .int(totals.speeches)), ("hits", .int(totals.hits))], prose: prose))
        }
        let groups = try Period.rows(context.corpus.count(set, by: group), by: group, command: "count", name: \.group)
        let rows = groups.map { label, row -> [Cell] in
            [.text(label ?? "(none)"), .int(row?.speeches ?? 0), .int(row?.hits ?? 0)]
        }
        return .table(Table([group.rawValue, "speeches", "hits"], rows: rows, emptyMessage: "no speeches match", chart: .bars(value: "hits")))
    }
}
