/// Checks and builds a filter from its name and value as typed.
enum QueryFilterParser {
    static func filter(name: String, value: String, span: Range<Int>, query: String) throws -> QueryFilter {
        guard let field = QueryFilter.Field(rawValue: name) else {
            throw QueryError(.unknownFilter(name), span: span, query: query)
        }
        switch field {
        case .date:
            guard let dates = DateRange.parse(value) else { throw QueryError(.badDate(value), span: span, query: query) }
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
}
