/// One command as the input gave it, after continuation lines are joined.
public struct Statement: Sendable, Equatable {
    /// The command text, continuation lines joined by a space.
    public var text: String
    /// 1-based number of its first line in the input (a script's `mqt> ` line).
    public var line: Int

    /// A statement of `text` that starts on input line `line`.
    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Joins input lines into statements, the same way for every route (REPL, `-c`, stdin, scripts):
/// a line ending in `\`, or leaving a quote open, continues on the next line.
public struct StatementAssembler {
    private var pending: [String] = []
    private var firstLine = 0
    private var linesRead = 0

    /// An assembler that has read nothing yet.
    public init() {}

    /// Whether the lines so far await a continuation (the REPL then prompts `...> `).
    public var isContinuing: Bool { !pending.isEmpty }

    /// Adds one line; returns the statement it completes, or nil while it continues.
    public mutating func add(_ line: String) -> Statement? {
        linesRead += 1
        if pending.isEmpty { firstLine = linesRead }
        pending.append(line)
        // A comment ends with its line, whatever quotes or backslash it holds.
        if pending.count == 1 && line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") {
            pending = []
            return Statement(line, line: firstLine)
        }
        return Self.continues(pending) ? nil : take()
    }

    /// Ends the input: the unfinished statement, if any. It runs as it is, so an open quote is
    /// reported as an error rather than dropped.
    public mutating func finish() -> Statement? {
        pending.isEmpty ? nil : take()
    }

    /// Drops an unfinished statement (Ctrl-C at a `...> ` prompt).
    public mutating func discard() { pending = [] }

    /// The text that `lines` make as one statement: each trailing `\` dropped, lines joined by a
    /// space. A script's `mqt> ` line and its `...> ` lines are one statement by their prompts.
    public static func join(_ lines: [String]) -> String {
        lines.map { $0.hasSuffix("\\") ? String($0.dropLast()) : $0 }.joined(separator: " ")
    }

    static func continues(_ lines: [String]) -> Bool {
        guard let last = lines.last else { return false }
        return last.hasSuffix("\\") || LineLexer.endsInsideQuote(lines.joined(separator: " "))
    }

    private mutating func take() -> Statement {
        let statement = Statement(Self.join(pending), line: firstLine)
        pending = []
        return statement
    }
}
