import Foundation

/// The script every session runs first, as sqlite3 runs `.sqliterc` and psql `.psqlrc`: settings,
/// macros, plugins. `mqt test` never reads it, so that tests replay the same everywhere.
public enum InitFile {
    /// The init file: `--init FILE` when given; else `init.mqt` in the config folder, else
    /// `~/.mqtrc`, the first that exists; nil when there is none.
    public static func path(given: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let given { return given }
        let candidates = [ConfigFolder.path(environment: environment) + "/init.mqt", ConfigFolder.home(environment) + "/.mqtrc"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Runs the init file in the session, each outcome shown as it comes; its first error stops it
    /// (naming the file and line) but never the session. A file given with --init must exist.
    public static func run(path: String, in session: Session, show: @escaping (Outcome) -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw ShellError.scriptNotFound(path) }
        _ = try ScriptExecution.run(path: path, shownAs: path, in: session, echo: show)
    }
}
