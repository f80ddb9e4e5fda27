/// The query language's help, written once (DESIGN.md §6): the search commands' QUERY summary
/// and discussion and `help query` all read it. Every example form must parse (`QueryParser`),
/// which a test checks, so the help cannot promise what the parser refuses.
public enum QueryLanguage {
    /// One example and what it means; a meaning may run over several lines.
    struct Form {
        let query: String
        let meaning: String
    }

    /// Words and operators. Meanings keep to 54 columns, so that rows fit in 80.
    static let forms = [
        Form(query: "climate change", meaning: "both words, anywhere in the speech (AND is optional)"),
        Form(
            query: "\"climate change\"",
            meaning: "the phrase, whatever punctuation stands between its\nwords; also “...” or '...'; \"climate ch\"* is a prefix"),
        Form(query: "climate -change", meaning: "without a word; also NOT change, -role:Mayor, -(a b)"),
        Form(query: "climate OR weather", meaning: "either side; OR binds loosest: a b OR c d is\n(a b) OR (c d)"),
        Form(query: "(a OR b) cuts", meaning: "brackets group"),
        Form(query: "regulat*", meaning: "words starting with regulat (* only ends a word)"),
        Form(query: "NEAR(police cuts, 5)", meaning: "words or \"phrases\" at most 5 words apart, in any\norder; NEAR(a b) allows 10"),
        Form(query: "~running", meaning: "every word with the same stem (run, runs, running);\nor set stem on for every word"),
    ]

    /// Filters, one or more per field, in `QueryFilter.Field` order.
    static let filters = [
        Form(
            query: "speaker:\"Sadiq Khan\"",
            meaning: "words within the speaker's name as written (with\nmember files loaded, the person under every name)"),
        Form(query: "party:Labour", meaning: "words within the party as written"),
        Form(query: "role:Mayor", meaning: "words within the role as written"),
        Form(query: "section:lmqs", meaning: "the section's code, exactly (case ignored): one of\nthe codes listed below"),
        Form(query: "body:\"House of Lords\"", meaning: "words within the body's name"),
        Form(query: "kind:question", meaning: SpeechKind.allCases.map(\.rawValue).joined(separator: ", ")),
        Form(query: "date:2021-11-29", meaning: "one day; also 20211129, a month (2021-11) or a\nyear (2021)"),
        Form(query: "date:2021-01..2021-06", meaning: "a range, both ends included (a month or year as an\nend covers all of it)"),
        Form(query: "date:2021..", meaning: "from 2021 on; date:..2020-06 up to June 2020"),
    ]

    /// Every section code with what it holds (`SectionCode.all`, the list the readers use).
    static let sections = SectionCode.all.map { Form(query: $0.code, meaning: $0.meaning) }

    /// One line naming every form, for the QUERY argument's summary.
    public static let synopsis =
        "words, \"phrases\", -word, OR, (...), prefix*, ~stem, NEAR(a b, N), "
        + QueryFilter.Field.allCases.map { $0.rawValue + ":" }.joined(separator: " ")

    /// What a hit is (`SearchFunctions` computes it so), in lines that fit 80 columns.
    static let hits = """
        Hits are the places in matching speeches where the query's words and phrases
        occur (in the branches of an OR that match; NEAR words only where the NEAR
        holds). Matches that share a word are one hit: racis* racism finds one hit per
        racism; in "social media" social, each phrase is one hit and each other social
        another. Words that only touch stay apart: social media finds two hits where
        the phrase stands.
        """

    /// A paragraph for each search command's help (prose, rewrapped to the screen).
    public static let discussion = """
        A QUERY is the text up to the first --option or | outside quotes: \(synopsis). Case and \
        accents are ignored.

        \(hits) help query shows every form.
        """

    /// The full text of `help query`.
    public static let help: String = {
        var lines = ["Queries (search, count, kwic, and every command taking QUERY):"]
        lines += rows(forms)
        lines.append("Filters (quote a value with spaces):")
        lines += rows(filters)
        lines.append("Section codes (the same whatever the source):")
        lines += rows(sections)
        lines.append("An empty query matches every speech. Case and accents are ignored.")
        lines.append("The query is the text up to the first --option or | outside quotes.")
        lines.append("")
        lines.append(hits)
        return lines.joined(separator: "\n")
    }()

    /// Example and meaning side by side; a long example gets its meaning on the next line.
    static func rows(_ list: [Form]) -> [String] {
        let column = 26
        let indent = String(repeating: " ", count: column)
        return list.flatMap { form -> [String] in
            let meaning = form.meaning.split(separator: "\n").map(String.init)
            let head = "  " + form.query
            guard head.count < column - 1 else { return [head] + meaning.map { indent + $0 } }
            let first = head + String(repeating: " ", count: column - head.count) + (meaning.first ?? "")
            return [first] + meaning.dropFirst().map { indent + $0 }
        }
    }
}
