import Foundation
import MQTKit

/// The query of a call, compiled for the session's store, and the set it is restricted to.
struct QueryInput {
    let text: String
    let compiled: CompiledQuery
    /// Row ids of a piped set of speeches; nil for the whole corpus.
    let within: [Int64]?

    /// Reads the `query` argument (verbatim, possibly empty) and the piped input. Without a query
    /// of its own, a command given a set from `search` counts, marks and aligns that search's
    /// words. A query that cannot be parsed becomes an error pointing at the offending token.
    init(_ call: Call, context: any Context) throws {
        let own = call.argument("query") ?? ""
        if own.trimmingCharacters(in: .whitespaces).isEmpty, case .speeches(let set) = call.input, let query = set.query {
            text = query
        } else {
            text = own
        }
        do {
            compiled = try context.store.compileQuery(text, stem: context.settings.stem)
        } catch let error as QueryError {
            throw PositionedError(error.message, span: error.span, in: error.query)
        }
        if case .speeches(let set) = call.input { within = set.rowIDs } else { within = nil }
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
