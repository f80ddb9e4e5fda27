import MQTKit

/// `search QUERY [--limit N] [--offset N] [--sort relevance|date|speaker]`: ranked matching speeches.
struct SearchCommand: Command {
    let spec = CommandSpec(
        name: "search", summary: "find speeches, best matches first, with the matched words marked",
        arguments: [QueryInput.argument],
        options: [
            .limit("speeches", default: 20),
            OptionSpec("offset", value: "N", summary: "skip the first N (for the next page)"),
            OptionSpec(
                "sort", value: "ORDER", summary: "the order (default relevance, by BM25; date is newest first; corpus is load order)",
                choices: SearchOrder.allCases.map(\.rawValue)),
        ],
        accepts: [.nothing, .speeches], returns: .speeches,
        examples: [
            Example(
                "a phrase; marked words are **bold** in markdown", "search cricket --sort date --format markdown",
                output: """
                    | id | date | speaker | party/role | section | title | snippet |
                    | --- | --- | --- | --- | --- | --- | --- |
                    | 2021-11-29-prevent-in-london.5 | 2021-11-29 | Unmesh Desai | Labour | lmqs | Prevent in London | … of the Yorkshire County **Cricket** Club in particular, and other **cricket** clubs that we now know of and counties, in tackling the deep-rooted … |
                    | 2021-11-29-prevent-in-london.6 | 2021-11-29 | Sadiq Khan | Mayor of London | lmqs | Prevent in London | … why I stopped playing **cricket** with certain teams and then in my later years played for Asian-only teams. It is an important issue … |
                    """),
            Example(
                "JSON keeps the text untouched and gives the match offsets (UTF-16)", "search \"social media\" --limit 1 --format jsonl",
                output: """
                    {"id": "2021-11-29-prevent-in-london.3", "date": "2021-11-29", "speaker": "Unmesh Desai", "party_role": "Labour", "section": "lmqs", "title": "Prevent in London", "snippet": "… the Prevent programme, including social media companies, if they wish to. However, I recently received data, about which the MPS spoke at yesterday’s …", "snippet_matches": [[35, 47]]}
                    """),
            Example(
                "the next page", "search \"social media\" --limit 1 --offset 1 --format plain",
                output: """
                    2021-11-29-prevent-in-london.4  2021-11-29  Sadiq Khan  Mayor of London  lmqs  Prevent in London  … park and accept that **social media**, generally speaking, is a great thing. We all use it, and we can see the benefits of **social** …
                    """),
            Example(
                "a filter alone, by date (no marks: no words to find)", "search speaker:Desai --sort date --limit 2 --format plain",
                output: """
                    2021-11-29-prevent-in-london.1  2021-11-29  Unmesh Desai  Labour  lmqs  Prevent in London  How successfully is the Government’s Prevent scheme operating in London to identify and deradicalise potential violent extremists?
                    2021-11-29-prevent-in-london.3  2021-11-29  Unmesh Desai  Labour  lmqs  Prevent in London  Thank you, Mr Mayor, for that detailed answer. Mr Mayor, as we know, anyone can make a referral to the Prevent programme, including social …
                    """),
            Example(
                "narrow a set: its words stay marked", "search prevent --limit 1 | search speaker:Desai --sort date --format plain",
                output: """
                    2021-11-29-prevent-in-london.1  2021-11-29  Unmesh Desai  Labour  lmqs  Prevent in London  How successfully is the Government’s **Prevent** scheme operating in London to identify and deradicalise potential violent extremists?
                    2021-11-29-prevent-in-london.3  2021-11-29  Unmesh Desai  Labour  lmqs  Prevent in London  … a referral to the **Prevent** programme, including social media companies, if they wish to. However, I recently received data, about which the MPS spoke …
                    """),
            Example("nothing found", "search zzz", output: "no speeches match"),
        ],
        discussion: QueryInput.discussion
            + " The result is the whole set of matching speeches; --limit and --offset only choose the page shown."
            + " Pipe it into count, kwic, quotes, export or stats: they see every speech of it.")

    func run(_ call: Call, context: any Context) throws -> Value {
        let limit = try call.limit(default: 20) ?? 0
        let offset = try call.integer("offset", default: 0)
        let order = SearchOrder(rawValue: call.option("sort") ?? "relevance") ?? .relevance
        var set = try QueryInput.set(call, context: context, order: order)
        set.page = (limit, offset)
        return .speeches(set)
    }
}
