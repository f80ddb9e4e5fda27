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
    static let argument = ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)

    /// What every search command's help says about queries (`help query` has the full text).
    static let discussion = QueryLanguage.discussion
}
