import Foundation

/// Writes what is typed, with its output, as a `.mqt` script (for `record FILE`). Each command is
/// appended and flushed at once, so a crash loses nothing; a write that fails (a full disk) is an
/// error that ends the recording, never a trap.
final class ScriptRecorder {
    let path: String
    /// The path as the user typed it, for messages.
    let shownAs: String
    private let handle: FileHandle

    init(path: String, shownAs: String) throws {
        // open(2), not FileManager.createFile: that writes a new file and renames it over the
        // path, which replaces a device node or a link instead of writing to it.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandErrorText.cannotWrite(shownAs, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.shownAs = shownAs
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try write("# recorded by mqt\n\n")
    }

    deinit { try? handle.close() }

    /// Appends one command and its output (blank output lines as `<blank>`).
    func record(line: String, outcome: Outcome) throws {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("record") { return }
        var block = "mqt> \(line)\n"
        for output in OutputMatcher.lines(of: outcome.transcript) {
            block += (output.isEmpty ? "<blank>" : output) + "\n"
        }
        try write(block + "\n")
    }

    /// Writes all of `text` with write(2), which reports a full disk as an error (Foundation's
    /// `FileHandle.write(_:)` traps on it).
    private func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(handle.fileDescriptor, base + done, buffer.count - done)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandErrorText.cannotWrite(shownAs, reason: String(cString: strerror(errno)))
            }
            done += written
        }
    }
}

/// Errors about files the shell writes.
enum CommandErrorText: Error, CustomStringConvertible {
    case cannotWrite(String, reason: String)
    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason)); recording stopped"
        }
    }
}
