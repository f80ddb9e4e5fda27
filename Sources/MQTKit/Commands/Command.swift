/// A command: one declaration and one function from a call to a value. Commands never print.
public protocol Command: Sendable {
    /// The declaration that help, completion, parsing and tests read.
    var spec: CommandSpec { get }
    /// Runs the command; throws `CommandError` (or any error, shown as `error: ...`).
    func run(_ call: Call, context: any Context) throws -> Value
}

/// A group of commands shipped together.
public struct Plugin: Sendable {
    public var name: String
    public var summary: String
    public var commands: [any Command]
    public init(name: String, summary: String, commands: [any Command]) {
        self.name = name
        self.summary = summary
        self.commands = commands
    }
}

/// The parsed arguments and options of one command in a pipeline, and its input.
public struct Call: Sendable {
    /// Argument values by name: one string per word (a query is one string, verbatim).
    public var arguments: [String: [String]]
    /// Option values by name; flags map to "true".
    public var options: [String: String]
    /// The previous command's value (`.nothing` at the start of a pipeline).
    public var input: Value
    /// Output format asked for with `--format` on this command, if any.
    public var format: String?

    public init(arguments: [String: [String]] = [:], options: [String: String] = [:], input: Value = .nothing, format: String? = nil) {
        self.arguments = arguments
        self.options = options
        self.input = input
        self.format = format
    }

    /// The single value of an argument.
    public func argument(_ name: String) -> String? { arguments[name]?.first }
    /// Every word of an argument.
    public func words(_ name: String) -> [String] { arguments[name] ?? [] }
    /// An option's value.
    public func option(_ name: String) -> String? { options[name] }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { options[name] != nil }

    /// An option as a whole number within `range`, or `fallback` when absent.
    public func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int> = 0...Int.max) throws -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw CommandError.badOptionValue(option: name, value: text, expected: Self.describe(range))
        }
        return value
    }

    /// The `--limit` value (`OptionSpec.limit`): nil for all, when it is 0 or absent without a default.
    public func limit(default fallback: Int?) throws -> Int? {
        let value = try integer("limit", default: fallback ?? 0)
        return value == 0 ? nil : value
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "a whole number from \(range.lowerBound)" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
}
