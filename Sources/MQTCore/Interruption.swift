import Foundation

/// Ctrl-C while a command runs: the signal handler sets it; long loops check it, and every store
/// connection's SQLite progress handler stops a running statement with it (`Store`).
public enum Interruption {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0
    /// Called from the SIGINT handler.
    public static func request() { flag = 1 }
    /// Whether Ctrl-C was pressed since the last reset.
    public static var isRequested: Bool { flag != 0 }
    /// Cleared before each command.
    public static func reset() { flag = 0 }
}
