import Foundation

/// Splits a query into tokens. Quotes are `"..."`, `“...”` or `'...'` (a single quote opens a
/// phrase only at the start of a term, so `Government's` stays one word); a comma is a token only
/// inside `NEAR(...)`.
struct QueryLexer {
    let query: String
    let chars: [Character]

    init(_ query: String) {
        self.query = query
        self.chars = Array(query)
    }

    func tokens() throws -> [QueryToken] {
        var result: [QueryToken] = []
        var brackets: [Bool] = []  // true for a NEAR( bracket
        var index = 0
        while index < chars.count {
            let c = chars[index]
            let start = index
            if c.isWhitespace {
                index += 1
                continue
            }
            switch c {
            case "(":
                brackets.append(result.last?.kind == .near && result.last?.span.upperBound == index)
                result.append(QueryToken(kind: .open, span: index..<index + 1))
                index += 1
            case ")":
                _ = brackets.popLast()
                result.append(QueryToken(kind: .close, span: index..<index + 1))
                index += 1
            case "," where brackets.last == true:
                result.append(QueryToken(kind: .comma, span: index..<index + 1))
                index += 1
            case "\"", "“", "'":
                let (text, end) = try quoted(from: index)
                var prefix = false
                index = end
                if index < chars.count && chars[index] == "*" {
                    prefix = true
                    index += 1
                }
                result.append(QueryToken(kind: .phrase(text, prefix: prefix), span: start..<index))
            case "-", "~":
                let next = index + 1 < chars.count ? chars[index + 1] : " "
                if next.isWhitespace || next == ")" {
                    throw QueryError(c == "-" ? .nothingToExclude("-") : .stemNeedsWord, span: index..<index + 1, query: query)
                }
                result.append(QueryToken(kind: c == "-" ? .minus : .tilde, span: index..<index + 1))
                index += 1
            default:
                let token = try bare(from: index, inNear: brackets.last == true)
                index = token.span.upperBound
                result.append(token)
            }
        }
        return result
    }

    static let openQuotes: Set<Character> = ["\"", "“", "'"]

    /// The text between a quote at `start` and its closing quote, and the offset after it.
    func quoted(from start: Int) throws -> (String, Int) {
        let open = chars[start]
        let closers: Set<Character> = open == "'" ? ["'"] : ["\"", "”"]
        var index = start + 1
        while index < chars.count && !closers.contains(chars[index]) { index += 1 }
        guard index < chars.count else {
            throw QueryError(.unbalancedQuote, span: start..<start + 1, query: query)
        }
        return (String(chars[(start + 1)..<index]), index + 1)
    }

    /// A run of characters up to a space, bracket or quote: a word, an operator or a filter.
    func bare(from start: Int, inNear: Bool) throws -> QueryToken {
        var index = start
        var colon: Int?
        while index < chars.count {
            let c = chars[index]
            if c.isWhitespace || c == "(" || c == ")" || c == "\"" || c == "“" || (inNear && c == ",") { break }
            if c == ":" && colon == nil { colon = index }
            if let colon, colon == index - 1, Self.openQuotes.contains(c) { break }
            index += 1
        }
        let run = String(chars[start..<index])
        switch run {
        case "OR": return QueryToken(kind: .or, span: start..<index)
        case "AND": return QueryToken(kind: .and, span: start..<index)
        case "NOT": return QueryToken(kind: .not, span: start..<index)
        case "NEAR" where index < chars.count && chars[index] == "(":
            return QueryToken(kind: .near, span: start..<index)
        default: break
        }
        guard let colon, colon > start, chars[start..<colon].allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return QueryToken(kind: .word(run), span: start..<index)
        }
        let name = String(chars[start..<colon]).lowercased()
        var value = String(chars[(colon + 1)..<index])
        var end = index
        if value.isEmpty, index < chars.count, Self.openQuotes.contains(chars[index]) {
            (value, end) = try quoted(from: index)
        }
        guard QueryFilter.Field(rawValue: name) != nil else {
            if value.isEmpty { return QueryToken(kind: .word(run), span: start..<index) }
            throw QueryError(.unknownFilter(String(chars[start..<colon])), span: start..<colon + 1, query: query)
        }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw QueryError(.filterNeedsValue(name), span: start..<end, query: query)
        }
        return QueryToken(kind: .filter(name: name, value: value), span: start..<end)
    }
}
