import Foundation

/// The one input loop behind every route (REPL, `mqt -c`, piped stdin, `run SCRIPT`, `mqt test`):
/// lines become statements (`StatementAssembler`), each runs in the session, and errors are
/// handled by one rule.
public final class InputLoop {
    /// What an error does to the rest of the input.
    public enum ErrorHandling: Sendable {
        /// The session's `on_error` decides: `stop` ends the input, `continue` goes on (batch use).
        case onErrorSetting
        /// Errors never end the input: the REPL, and `mqt test`, where errors are expected output.
        case keepGoing
    }

    /// The session every statement runs in.
    public let session: Session
    let errorHandling: ErrorHandling
    /// Where the statements come from, named in errors (`script.mqt:12: ...`); nil names nothing.
    let sourceName: String?
    let show: (Statement, Outcome) -> Void
    /// Called with each statement just before it runs (the REPL saves it to the history).
    public var willRun: ((Statement) -> Void)?
    private var assembler = StatementAssembler()

    /// Whether any statement failed (batch use then exits non-zero, even under `on_error continue`).
    public private(set) var failed = false
    /// Whether the input has ended early: `quit`, or an error under `on_error stop`.
    public private(set) var ended = false

    /// A loop over `session`; `show` gets every statement's outcome, in order, as it completes.
    public init(
        session: Session, errorHandling: ErrorHandling, sourceName: String? = nil,
        show: @escaping (Statement, Outcome) -> Void
    ) {
        self.session = session
        self.errorHandling = errorHandling
        self.sourceName = sourceName
        self.show = show
    }

    /// Whether the lines fed so far await a continuation line (or a `def` awaits its `end`).
    public var isContinuing: Bool { assembler.isContinuing || session.isDefiningMacro }

    /// Feeds one line, running the statement it completes; false once the input has ended.
    @discardableResult
    public func feed(_ line: String) -> Bool {
        guard !ended else { return false }
        if let statement = assembler.add(line) { run(statement) }
        return !ended
    }

    /// Ends the input, running an unfinished statement (an open quote is then an error).
    public func finish() {
        if !ended, let statement = assembler.finish() { run(statement) }
        if !ended, var outcome = session.finishDefinitions() {
            if let sourceName, let error = outcome.error { outcome.error = "error: \(sourceName): " + error.dropFirst("error: ".count) }
            show(Statement("", line: 0), outcome)
            failed = true
        }
    }

    /// Drops an unfinished statement.
    public func discardPending() { assembler.discard() }

    /// Feeds every line, then finishes; true when no statement failed.
    public func run<Lines: Sequence<String>>(lines: Lines) -> Bool {
        for line in lines where !feed(line) { break }
        finish()
        return !failed
    }

    /// Runs one statement (each of its `;`-separated commands in turn); false once the input has ended.
    @discardableResult
    public func run(_ statement: Statement) -> Bool {
        guard !ended else { return false }
        if !statement.text.allSatisfy(\.isWhitespace) { willRun?(statement) }
        // A comment is one whole line, semicolons and all.
        if statement.text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { return runOne(statement) }
        for command in LineLexer.commands(statement.text) where !runOne(Statement(command, line: statement.line)) {
            return false
        }
        return !ended
    }

    /// The command with the running script's `:NAME` parameters in place (comments as they are).
    private func withParameters(_ text: String) throws -> String {
        guard let parameters = session.scriptParameters, !text.drop(while: \.isWhitespace).hasPrefix("#") else { return text }
        return try Substitution.apply(text, sigil: .script) { parameters[$0] }
    }

    private func runOne(_ statement: Statement) -> Bool {
        if statement.text.allSatisfy(\.isWhitespace) { return true }
        let started = DispatchTime.now()
        var outcome: Outcome
        do {
            outcome = session.execute(try withParameters(statement.text))
        } catch {
            outcome = Outcome(error: "error: \(error)")
        }
        if session.settings.timer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            outcome.notes.append("time: " + String(format: "%.3f s", seconds))
        }
        if let error = outcome.error, let sourceName {
            let message = error.hasPrefix("error: ") ? String(error.dropFirst("error: ".count)) : error
            outcome.error = "error: \(sourceName):\(statement.line): " + message
        }
        show(statement, outcome)
        if outcome.error != nil {
            failed = true
            if errorHandling == .onErrorSetting && ErrorPolicy.of(session.settings) == .stop { ended = true }
        }
        if outcome.shouldQuit { ended = true }
        return !ended
    }
}
