/// Recursive-descent parser for the query language (DESIGN.md §6).
///
/// ```
/// query   := or?
/// or      := and ("OR" and)*
/// and     := unary (["AND"] unary)*
/// unary   := ("NOT" | "-") unary | "~" WORD | primary
/// primary := "(" or ")" | "NEAR" "(" item item+ ["," N] ")" | WORD | "PHRASE" | FILTER
/// ```
/// OR binds loosest: `climate change OR global warming` is `(climate change) OR (global warming)`.
/// Brackets and NOTs nest at most `maxDepth` deep: the parser, the compiler and SQLite all recurse
/// on the tree, and a few hundred levels would overflow the stack.
struct QueryParser {
    let lexer: QueryLexer
    let tokens: [QueryToken]
    var position = 0
    /// Brackets and NOTs open around the token being read.
    var depth = 0
    /// Far deeper than any query a person writes.
    static let maxDepth = 64

    init(_ query: String) throws {
        lexer = QueryLexer(query)
        tokens = try lexer.tokens()
    }

    var query: String { lexer.query }
    var peek: QueryToken? { position < tokens.count ? tokens[position] : nil }

    func error(_ problem: QueryError.Problem, _ token: QueryToken) -> QueryError {
        QueryError(problem, span: token.span, query: query)
    }

    /// One level deeper, at `token`; an error past `maxDepth`.
    mutating func enter(_ token: QueryToken) throws {
        depth += 1
        if depth > Self.maxDepth { throw error(.tooDeep(Self.maxDepth), token) }
    }

    /// The whole query; nil when it is empty.
    mutating func parse() throws -> QueryNode? {
        guard !tokens.isEmpty else { return nil }
        let node = try parseOr()
        if let extra = peek {
            throw error(extra.kind == .close ? .unbalancedBracket : .unexpected(extra.text(in: lexer.chars)), extra)
        }
        return node
    }

    /// Whether a token ends an AND run (so cannot start an operand).
    static func endsOperand(_ token: QueryToken?) -> Bool {
        guard let token else { return true }
        return token.kind == .close || token.kind == .or || token.kind == .and
    }

    mutating func parseOr() throws -> QueryNode {
        if let op = peek, op.kind == .or { throw error(.operatorNeedsOperands("OR"), op) }
        var items = [try parseAnd()]
        while let op = peek, op.kind == .or {
            position += 1
            if Self.endsOperand(peek) { throw error(.operatorNeedsOperands("OR"), op) }
            items.append(try parseAnd())
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    mutating func parseAnd() throws -> QueryNode {
        var items: [QueryNode] = []
        while let token = peek, token.kind != .close, token.kind != .or {
            if token.kind == .and {
                position += 1
                if items.isEmpty || Self.endsOperand(peek) { throw error(.operatorNeedsOperands("AND"), token) }
                continue
            }
            items.append(try parseUnary())
        }
        guard let first = items.first else {
            if let token = peek { throw error(.unexpected(token.text(in: lexer.chars)), token) }
            throw QueryError(.unexpected(""), span: lexer.chars.count..<lexer.chars.count + 1, query: query)
        }
        return items.count == 1 ? first : .and(items)
    }

    mutating func parseUnary() throws -> QueryNode {
        guard let token = peek else { throw QueryError(.unexpected(""), span: 0..<1, query: query) }
        switch token.kind {
        case .not, .minus:
            position += 1
            if Self.endsOperand(peek) {
                throw error(.nothingToExclude(token.kind == .not ? "NOT" : "-"), token)
            }
            try enter(token)
            defer { depth -= 1 }
            return .not(try parseUnary())
        case .tilde:
            position += 1
            guard let next = peek, case .word(let text) = next.kind, !text.hasSuffix("*") else {
                throw error(.stemNeedsWord, peek ?? token)
            }
            position += 1
            var term = try word(text, next)
            term.isStemmed = true
            term.span = token.span.lowerBound..<next.span.upperBound
            return .term(term)
        default:
            return try parsePrimary()
        }
    }

    mutating func parsePrimary() throws -> QueryNode {
        guard let token = peek else { throw QueryError(.unexpected(""), span: 0..<1, query: query) }
        position += 1
        switch token.kind {
        case .open:
            if let next = peek, next.kind == .close { throw error(.emptyBrackets, token) }
            try enter(token)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard let close = peek, close.kind == .close else { throw error(.unbalancedBracket, token) }
            _ = close
            position += 1
            return inner
        case .near:
            return try parseNear(token)
        case .word(let text):
            return .term(try word(text, token))
        case .phrase(let text, let prefix):
            return .term(try phrase(text, prefix: prefix, token))
        case .filter(let name, let value):
            return .filter(try QueryFilterParser.filter(name: name, value: value, span: token.span, query: query))
        default:
            throw error(.unexpected(token.text(in: lexer.chars)), token)
        }
    }

    /// `NEAR(a "b c" d*, 5)`, the NEAR token already read.
    mutating func parseNear(_ nearToken: QueryToken) throws -> QueryNode {
        guard let open = peek, open.kind == .open else { throw error(.unexpected("NEAR"), nearToken) }
        position += 1
        var terms: [QueryTerm] = []
        var distance = 10
        while let token = peek, token.kind != .close, token.kind != .comma {
            position += 1
            switch token.kind {
            case .word(let text): terms.append(try word(text, token))
            case .phrase(let text, let prefix): terms.append(try phrase(text, prefix: prefix, token))
            case .tilde: throw error(.stemInNear, token)
            default: throw error(.nearItem(token.text(in: lexer.chars)), token)
            }
        }
        if let comma = peek, comma.kind == .comma {
            position += 1
            guard let number = peek, case .word(let text) = number.kind else { throw error(.nearDistance(""), comma) }
            guard let value = Int(text), value >= 0 else { throw error(.nearDistance(text), number) }
            distance = value
            position += 1
        }
        guard let close = peek, close.kind == .close else { throw error(.unbalancedBracket, open) }
        position += 1
        guard terms.count >= 2 else {
            throw QueryError(.nearNeedsTwo, span: nearToken.span.lowerBound..<close.span.upperBound, query: query)
        }
        return .near(terms, distance: distance)
    }

    /// A bare word: `word` or `prefix*`.
    func word(_ text: String, _ token: QueryToken) throws -> QueryTerm {
        var body = text
        var prefix = false
        if body.hasSuffix("*") {
            body.removeLast()
            prefix = true
        }
        if body.contains("*") { throw error(.misplacedStar(text), token) }
        if Tokenizer.tokens(in: body).isEmpty { throw error(.noSearchableText(text), token) }
        return QueryTerm(body, isPrefix: prefix, span: token.span)
    }

    /// A quoted phrase.
    func phrase(_ text: String, prefix: Bool, _ token: QueryToken) throws -> QueryTerm {
        if Tokenizer.tokens(in: text).isEmpty { throw error(.noSearchableText(token.text(in: lexer.chars)), token) }
        return QueryTerm(text, isPhrase: true, isPrefix: prefix, span: token.span)
    }
}
