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
    static let argument = ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)

    /// What every search command's help says about queries (`help query` has the full text).
    static let discussion = QueryLanguage.discussion
}
