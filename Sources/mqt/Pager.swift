import Foundation

/// Output taller than the terminal, shown through `$PAGER` (default `less -FRX`), as psql does;
/// the REPL only, and only when standard output is the terminal.
enum Pager {
    /// Shows `text` through the pager; false when it is not worth one or none could start (the
    /// caller then prints it).
    static func show(_ text: String) -> Bool {
        guard isatty(1) == 1, text.utf8.reduce(1, { $1 == 10 ? $0 + 1 : $0 }) >= terminalRows() else { return false }
        let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do { try process.run() } catch { return false }
        // A pager quit early closes the pipe: SIGPIPE is ignored, so the write just stops.
        try? input.fileHandleForWriting.write(contentsOf: Data((text + "\n").utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }

    static func terminalRows() -> Int {
        var size = winsize()
        return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 ? Int(size.ws_row) : 24
    }
}
