import Foundation

/// Where a command may write a file the user named: the one rule for `export`, `record` and any
/// plugin that writes. A folder, a device or a pipe is never written over (`--force` replaces
/// regular files only: `record /dev/sda --force` must not turn a disk into a file), and an
/// existing file only with `--force`.
public enum OutputFile {
    /// The path to write `given` to (resolved against the session's folder, links followed), or
    /// the error that says why not.
    public static func check(_ given: String, at path: String, force: Bool) throws -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        guard stat(resolved, &info) == 0 else { return resolved }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw CommandError.invalid("\(given) is a folder, not a file") }
        if type != S_IFREG { throw CommandError.invalid("\(given) is not a regular file") }
        if !force { throw CommandError.fileExists(given) }
        return resolved
    }
}
