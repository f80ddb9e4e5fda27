/// Checks and builds a filter from its name and value as typed.
enum QueryFilterParser {
    static func filter(name: String, value: String, span: Range<Int>, query: String) throws -> QueryFilter {
        guard let field = QueryFilter.Field(rawValue: name) else {
            throw QueryError(.unknownFilter(name), span: span, query: query)
        }
        switch field {
        case .date:
            guard let dates = DateRange.parse(value) else { throw dateError(value, span: span, query: query) }
            return QueryFilter(field, value, dates: dates, span: span)
        case .kind:
            guard SpeechKind(rawValue: value.lowercased()) != nil else {
                throw QueryError(.unknownKind(value), span: span, query: query)
            }
            return QueryFilter(field, value.lowercased(), span: span)
        case .speaker, .party, .role, .body:
            if Tokenizer.tokens(in: value).isEmpty {
                throw QueryError(.noSearchableText(value), span: span, query: query)
            }
            return QueryFilter(field, value, span: span)
        case .section:
            return QueryFilter(field, value, span: span)
        }
    }

    /// Why a `date:` value was refused: a bound naming no day of the calendar (pointed at when it
    /// can be found in the token), else the forms `date:` takes.
    static func dateError(_ value: String, span: Range<Int>, query: String) -> QueryError {
        guard let (bound, reason) = DateRange.impossibleBound(in: value) else {
            return QueryError(.badDate(value), span: span, query: query)
        }
        let token = Array(query)[span]
        let target = Array(bound)
        // The bound as written, searched after `date:` so that it is not the name's letters.
        let start = (span.lowerBound + 5...max(span.lowerBound + 5, span.upperBound - target.count)).first {
            $0 + target.count <= span.upperBound && Array(token[$0..<($0 + target.count)]) == target
        }
        let at = start.map { $0..<($0 + target.count) } ?? span
        return QueryError(.noSuchDate(bound, reason), span: at, query: query)
    }
}
