import Foundation

/// Session settings every command may read. Keys and allowed values are declared in `SettingKey`.
public struct Settings: Sendable, Equatable {
    public var format = "table"
    public var width = 80
    public var color = false
    public var onError = "stop"
    public var stem = false
    /// Whether tables show their charts (bars, plots) in the table format.
    public var chart = true
    /// Whether each command's time is shown after it (`time: 0.012 s`, on standard error).
    public var timer = false
    /// Whether the REPL sends output taller than the terminal through `$PAGER` (as psql does).
    public var pager = true
    /// What commands may read, write and run (`set safe on`, `mqt --safe`); once on, it stays on.
    public var safe = SafeMode.off
    /// Seconds mqt waits for each line from an external plugin before stopping it.
    public var pluginTimeout = 10.0
    /// The widths `set width` allows.
    public static let widths = 20...1000
    public init() {}
}

/// What a command may use of the session: the store, settings, paths and interruption.
public protocol Context: AnyObject {
    /// The corpus, read-only (see `Corpus`).
    var corpus: any Corpus { get }
    /// Current settings.
    var settings: Settings { get }
    /// Whether output goes to a terminal (progress bars, colour).
    var isInteractive: Bool { get }
    /// Resolves a path typed by the user (relative to the running script's folder, else the
    /// working directory).
    func resolve(path: String) -> String
    /// Whether the user pressed Ctrl-C (for loops that stop rather than throw).
    var isInterrupted: Bool { get }
    /// Throws `CommandError.interrupted` once the user pressed Ctrl-C.
    func checkInterrupted() throws
    /// Shows transient progress on the terminal (nothing in scripts and pipes).
    func progress(_ line: String)
    /// A note for the user about this command's run (`note: ...` on standard error, after the output).
    func note(_ text: String)
    /// The result kept as `$name` with `let name = ...` (name without the `$`), if any.
    func variable(_ name: String) -> Value?
    /// The line being run, as typed (a whole pipeline): what an export names as its command.
    var commandLine: String { get }
}

extension Context {
    /// No line by default (a context that runs commands without a shell).
    public var commandLine: String { "" }
}

