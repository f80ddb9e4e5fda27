import CLibEdit

/// SIGINT handling for while a command runs: the terminal is out of libedit's raw mode then,
/// so Ctrl-C raises SIGINT instead of reaching `LineEditor`'s key binding.
public enum InterruptSignal {
    /// Installs `onInterrupt` as the SIGINT handler (SA_RESTART); it must be async-signal-safe.
    @discardableResult
    public static func install(onInterrupt: @convention(c) (Int32) -> Void) -> Bool {
        mqt_sigint_install(onInterrupt) == 0
    }

    /// Installs a handler that only records that SIGINT arrived; poll it with `takePending()`.
    @discardableResult
    public static func installRecorder() -> Bool {
        mqt_sigint_install_recorder() == 0
    }

    /// Whether SIGINT arrived since the last call (with the recorder installed); clears the record.
    public static func takePending() -> Bool {
        mqt_sigint_take() != 0
    }

    /// Restores the default SIGINT action (terminate the process).
    @discardableResult
    public static func restoreDefault() -> Bool {
        mqt_sigint_install(nil) == 0
    }
}
