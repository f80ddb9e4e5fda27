/// What TAB offers for an argument or option value.
public enum CompletionSource: Sendable, Equatable {
    case none, files, speakers, commands, settingKeys
    case choices([String])
}

/// A positional argument.
public struct ArgumentSpec: Sendable, Equatable {
    public enum Shape: Sendable, Equatable {
        /// One word (quotes removed).
        case word
        /// The rest of the line up to the first option or pipe, verbatim with its quotes.
        case query
        /// One or more words (quotes removed).
        case words
    }
    public var name: String
    public var shape: Shape
    public var isOptional: Bool
    public var summary: String
    public var completion: CompletionSource

    public init(
        _ name: String, _ shape: Shape = .word, optional: Bool = false, summary: String,
        completion: CompletionSource = .none
    ) {
        self.name = name
        self.shape = shape
        self.isOptional = optional
        self.summary = summary
        self.completion = completion
    }
}

/// A `--name` option; `valueName` nil makes it a flag.
public struct OptionSpec: Sendable, Equatable {
    public var name: String
    public var valueName: String?
    public var summary: String
    public var choices: [String]?
    public var completion: CompletionSource

    public init(
        _ name: String, value: String? = nil, summary: String, choices: [String]? = nil,
        completion: CompletionSource = .none
    ) {
        self.name = name
        self.valueName = value
        self.summary = summary
        self.choices = choices
        self.completion = choices.map(CompletionSource.choices) ?? completion
    }
}

extension OptionSpec {
    /// `--limit N`: how many to show, where 0 means all, the same in every command that has it.
    /// `fallback` nil: all by default.
    public static func limit(_ things: String, default fallback: Int?) -> OptionSpec {
        OptionSpec("limit", value: "N", summary: "show at most N \(things) (default \(fallback.map(String.init) ?? "all"); 0 for all)")
    }
}

/// A documented use of a command; it runs as a test (on a session holding the seed transcript,
/// at 80 columns, without colour) and its output must match, with `.mqt` matching rules.
public struct Example: Sendable, Equatable {
    public var summary: String
    /// The command line, as typed after `mqt> `.
    public var command: String
    /// Expected output lines joined by newlines (may use `...`, `[..]`, ` (re)`).
    public var output: String
    public init(_ summary: String, _ command: String, output: String) {
        self.summary = summary
        self.command = command
        self.output = output
    }
}

/// A command's one declaration: help, completion, parsing and example tests all read it.
public struct CommandSpec: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    public var summary: String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// What it accepts from a pipe; include `.nothing` when it can start a pipeline.
    public var accepts: [ValueKind]
    /// What it returns.
    public var returns: ValueKind
    public var examples: [Example]
    /// Longer help shown by `help NAME` after the summary.
    public var discussion: String

    public init(
        name: String, aliases: [String] = [], summary: String, arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], accepts: [ValueKind] = [.nothing], returns: ValueKind,
        examples: [Example] = [], discussion: String = ""
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.accepts = accepts
        self.returns = returns
        self.examples = examples
        self.discussion = discussion
    }

    /// `count QUERY [--by FIELD]`: derived from the declaration.
    public var synopsis: String {
        var parts = [name]
        for argument in arguments {
            var text = argument.name.uppercased()
            if argument.shape == .words { text += "..." }
            parts.append(argument.isOptional ? "[\(text)]" : text)
        }
        for option in options {
            parts.append(option.valueName.map { "[--\(option.name) \($0)]" } ?? "[--\(option.name)]")
        }
        return parts.joined(separator: " ")
    }

    /// The option with this name, if declared.
    public func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// `--format F`: the output format for one command. Every command that returns something
    /// takes it, unless it declares a `--format` of its own (export's file format).
    public static let outputFormat = OptionSpec(
        "format", value: "F", summary: "output format for this command", choices: Renderers.names)

    /// Whether `--format` chooses this command's output format.
    public var takesOutputFormat: Bool { returns != .nothing && option(named: Self.outputFormat.name) == nil }

    /// Every option the command takes: its own, then `--format` when it takes the output format.
    /// The binder, completion and help all read this list.
    public var allOptions: [OptionSpec] { options + (takesOutputFormat ? [Self.outputFormat] : []) }
}
