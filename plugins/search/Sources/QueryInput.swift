import MQTKit

/// The set a search command works on: its own QUERY (verbatim, possibly empty) within the piped
/// set, or within the whole corpus. Without a query of its own, a command given a set from
/// `search` counts, marks and aligns that search's words.
enum QueryInput {
    /// The call's set; a query that cannot be parsed is an error pointing at the offending token.
    static func set(_ call: Call, context: any Context, order: SearchOrder? = nil) throws -> SpeechSet {
        try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: order, stem: context.settings.stem)
    }

    /// The shared declaration of the QUERY argument.
    static let argument = ArgumentSpec(
        "query", .query, optional: true,
        summary: "words, \"phrases\", -word, OR, (...), prefix*, ~stem, NEAR(a b, N), speaker: party: role: section: body: kind: date:",
        completion: .speakers)

    /// What every search command's help says about queries.
    static let discussion = """
        A QUERY is the text up to the first option or pipe. Words are ANDed; "exact phrase"; -word or \
        NOT word; OR (loosest: a b OR c d is (a b) OR (c d)); brackets; prefix*; ~word for every word \
        with the same stem (or set stem on); NEAR(a b, N) for words within N words (default 10). \
        Filters: speaker:"Sadiq Khan", party:Labour, role:Mayor (words within the field as written), \
        section:lmqs, body:"House of Lords", kind:question, date:2021-11-29, date:2021-01..2021-06, \
        date:2021. Case and accents are ignored; a phrase matches whatever punctuation stands between \
        its words. Hits are the occurrences of the query's words and phrases in the matching speeches.
        """
}
