import Foundation

/// Writes what is typed, with its output, as a `.mqt` script (for `record FILE`). Each command is
/// appended and flushed at once, so a crash loses nothing.
final class ScriptRecorder {
    let path: String
    private let handle: FileHandle

    init(path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandErrorText.cannotWrite(path)
        }
        self.path = path
        self.handle = handle
        write("# recorded by mqt\n\n")
    }

    deinit { try? handle.close() }

    /// Appends one command and its output (blank output lines as `<blank>`).
    func record(line: String, outcome: Outcome) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("record") { return }
        var block = "mqt> \(line)\n"
        for output in OutputMatcher.lines(of: outcome.transcript) {
            block += (output.isEmpty ? "<blank>" : output) + "\n"
        }
        write(block + "\n")
    }

    private func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// Errors about files the shell writes.
enum CommandErrorText: Error, CustomStringConvertible {
    case cannotWrite(String)
    var description: String {
        switch self {
        case .cannotWrite(let path): return "\(path): cannot write"
        }
    }
}
