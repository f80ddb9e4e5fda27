/// Every error the command layer raises; user-facing messages live here.
public enum CommandError: Error, Equatable, CustomStringConvertible {
    case badOptionValue(option: String, value: String, expected: String)
    case invalid(String)
    case interrupted
    case fileExists(String)
    case notFound(String)
    /// The command did part of its work: `output` is shown, each of `errors` too, and the
    /// command counts as failed (non-zero exit in batch use).
    case partial(output: Value, errors: [String])
    /// Safe mode refused it.
    case unsafe(SafeMode.Refusal)

    public var description: String {
        switch self {
        case .badOptionValue(let option, let value, let expected):
            return "--\(option) takes \(expected), not '\(value)'"
        case .invalid(let message): return message
        case .interrupted: return "interrupted"
        case .fileExists(let path): return "\(path) already exists (add --force to overwrite it)"
        case .notFound(let message): return message
        case .partial(_, let errors): return errors.joined(separator: "\n")
        case .unsafe(let refusal):
            switch refusal {
            case .readOutside(let path, let folder): return "safe mode: cannot read \(path) (outside \(folder))"
            case .writeOutside(let path, let folder): return "safe mode: cannot write \(path) (outside \(folder))"
            case .overwrite: return "safe mode: --force is refused (nothing is overwritten)"
            case .externalPlugin: return "safe mode: plugins add is refused (no external program runs)"
            case .openStore: return "safe mode: open is refused (no other database is opened)"
            case .turnOff: return "safe mode cannot be turned off in this session"
            }
        }
    }
}

/// An error that points at a span of the command line (shown with a caret under it).
public struct PositionedError: Error, Equatable, CustomStringConvertible {
    public var message: String
    /// Offsets in Characters within the text the error is about.
    public var span: Range<Int>
    /// The text the span points into (the command line, or a query).
    public var text: String
    public init(_ message: String, span: Range<Int>, in text: String) {
        self.message = message
        self.span = span
        self.text = text
    }
    public var description: String { message }

    /// The text and a caret line under the span, each indented by two spaces.
    public var pointer: String {
        let pad = String(repeating: " ", count: span.lowerBound)
        let marks = String(repeating: "^", count: max(1, span.count))
        return "  \(text)\n  \(pad)\(marks)"
    }
}
