import MQTKit

/// Every message the search commands show; query syntax errors come from `QueryError`.
enum SearchError: Error, Equatable, CustomStringConvertible {
    case nothingToAlign(String)

    var description: String {
        switch self {
        case .nothingToAlign(let query):
            return query.isEmpty
                ? "kwic needs a word or phrase to align on, e.g. kwic \"social media\""
                : "kwic needs a word or phrase to align on; '\(query)' has only filters or exclusions"
        }
    }
}
