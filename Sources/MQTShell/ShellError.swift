import MQTKit

/// Every error the shell raises; the messages users see live here.
public enum ShellError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String, suggestion: String?)
    case unterminatedQuote
    case emptyPipelineStage
    case unknownVariable(String)
    case badLet
    case unknownSetting(String, suggestion: String?)
    case badSettingValue(key: String, value: String, expected: String)
    case scriptNotFound(String)
    case scriptsNestTooDeep(String, limit: Int)
    case scriptRunsItself([String])
    case scriptLine(file: String, line: Int, message: String)
    case notAcceptable(command: String, given: ValueKind, accepts: [ValueKind])

    public var description: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .unterminatedQuote: return "unterminated quote"
        case .emptyPipelineStage: return "empty command in pipeline"
        case .unknownVariable(let name): return "no result named '$\(name)' (keep one with: let \(name) = COMMAND)"
        case .badLet: return "usage: let NAME = COMMAND [| COMMAND ...]"
        case .unknownSetting(let key, let suggestion):
            return "unknown setting '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .badSettingValue(let key, let value, let expected):
            return "\(key) takes \(expected), not '\(value)'"
        case .scriptNotFound(let path): return "\(path): no such script"
        case .scriptRunsItself(let chain):
            return "\(chain.joined(separator: " → ")): a script runs itself, which would never end"
        case .scriptsNestTooDeep(let path, let limit):
            return "\(path): scripts run inside each other more than \(limit) deep (does a script run itself?)"
        case .scriptLine(let file, let line, let message): return "\(file):\(line): \(message)"
        case .notAcceptable(let command, let given, let accepts):
            let wanted = accepts.filter { $0 != .nothing }.map(\.noun).joined(separator: " or ")
            if given == .nothing { return "'\(command)' needs input: pipe \(wanted) into it" }
            if wanted.isEmpty { return "'\(command)' takes no input, but is given \(given.noun)" }
            return "'\(command)' takes \(wanted), not \(given.noun)"
        }
    }
}

/// Edit distance, for "did you mean" suggestions.
enum Suggest {
    /// The candidate nearest to `word`, if near enough to be a likely typo.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        // Counted once: String.count walks the whole string, and a pasted megabyte was counted
        // again for every candidate.
        let length = word.count
        let limit = max(1, length / 3 + 1)
        // The distance is at least the difference in length: a long word (a pasted megabyte, say)
        // is near nothing, and computing its distances took seconds per candidate.
        let scored = candidates.filter { abs($0.count - length) <= limit }.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Notes the shell prints beside a command's output; their wording lives here.
enum ShellNote: CustomStringConvertible {
    /// `open` dropped these kept results: their speeches were rows of the previous store.
    case clearedResults([String])

    var description: String {
        switch self {
        case .clearedResults(let names):
            let pronoun = names.count == 1 ? "it" : "they"
            return "note: cleared " + names.map { "$" + $0 }.joined(separator: ", ") + ": \(pronoun) held speeches of the previous corpus"
        }
    }
}
