/// A query that cannot be used, with the span of the offending token.
///
/// `description` quotes the query and puts a caret line under the token:
/// ```
/// unbalanced quote in query
///   "social media
///   ^
/// ```
public struct QueryError: Error, Equatable, CustomStringConvertible {
    /// What is wrong; every message the query language shows lives in this enum.
    public enum Problem: Equatable, Sendable {
        case unbalancedQuote
        case unbalancedBracket
        case emptyBrackets
        case operatorNeedsOperands(String)
        case nothingToExclude(String)
        case noSearchableText(String)
        case misplacedStar(String)
        case stemNeedsWord
        case stemInNear
        case nearNeedsTwo
        case nearDistance(String)
        case nearItem(String)
        case unknownFilter(String)
        case filterNeedsValue(String)
        case badDate(String)
        case noSuchDate(String, String)
        case unknownKind(String)
        case unexpected(String)
        case tooDeep(Int)

        /// The message shown after `error: `.
        public var message: String {
            switch self {
            case .unbalancedQuote: return "unbalanced quote in query"
            case .unbalancedBracket: return "unbalanced bracket in query"
            case .emptyBrackets: return "empty brackets in query"
            case .tooDeep(let limit): return "brackets and NOTs nest more than \(limit) deep in query"
            case .operatorNeedsOperands(let op): return "\(op) needs something to search for on both sides"
            case .nothingToExclude(let op): return "\(op) must be followed by a word, phrase or filter to exclude"
            case .noSearchableText(let word): return "'\(word)' has no letters or digits to search for"
            case .misplacedStar(let word): return "'\(word)': * may only end a word (prefix*)"
            case .stemNeedsWord: return "~ stems a single word: write ~word"
            case .stemInNear: return "~ (stemming) cannot be used inside NEAR(...)"
            case .nearNeedsTwo: return "NEAR needs two or more words or phrases: NEAR(a b, 5)"
            case .nearDistance(let text): return "NEAR distance must be a whole number, not '\(text)'"
            case .nearItem(let text): return "only words and \"phrases\" can go inside NEAR(...), not '\(text)'"
            case .unknownFilter(let name):
                return "unknown filter '\(name):' (filters: \(QueryFilter.Field.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .filterNeedsValue(let name): return "\(name): needs a value, e.g. \(QueryFilter.Field(rawValue: name)?.sample ?? "\(name):word")"
            case .badDate(let text): return "date: takes YYYY-MM-DD or FROM..TO (e.g. 2021-01-01..2021-12-31), not '\(text)'"
            case .noSuchDate(let text, let reason): return "no such date '\(text)': \(reason)"
            case .unknownKind(let text):
                return "unknown kind '\(text)' (kinds: \(SpeechKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .unexpected(let text): return "unexpected '\(text)' in query"
            }
        }
    }

    public var problem: Problem
    /// Character offsets of the offending token within `query`.
    public var span: Range<Int>
    /// The query as given.
    public var query: String

    public init(_ problem: Problem, span: Range<Int>, query: String) {
        self.problem = problem
        self.span = span
        self.query = query
    }

    /// The message alone, without the query and caret.
    public var message: String { problem.message }

    /// The query, indented by two spaces, and a caret line under the offending token.
    public var pointer: String {
        let pad = String(repeating: " ", count: span.lowerBound)
        let marks = String(repeating: "^", count: max(1, span.count))
        return "  \(query)\n  \(pad)\(marks)"
    }

    public var description: String { "\(message)\n\(pointer)" }
}
