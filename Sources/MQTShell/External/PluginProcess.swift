import Foundation

/// A plugin running as its own process, spoken to in newline-delimited JSON over its stdin and
/// stdout: one request line, one answer line. The process lives as long as the session.
final class PluginProcess {
    let path: String
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()

    init(path: String) throws {
        // Writing to a plugin that has exited must be an error (EPIPE), not kill the process
        // hosting the session (mqt, or a test runner).
        signal(SIGPIPE, SIG_IGN)
        self.path = path
        process.executableURL = URL(fileURLWithPath: path)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw ExternalPluginError.cannotStart(path, "\(error.localizedDescription)")
        }
    }

    deinit {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
    }

    /// Sends one request and reads one answer; both are JSON objects.
    func exchange(_ request: [String: Any]) throws -> [String: Any] {
        guard process.isRunning else { throw ExternalPluginError.exited(path) }
        var line = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
        line.append(0x0A)
        do {
            try input.fileHandleForWriting.write(contentsOf: line)
        } catch {
            throw ExternalPluginError.exited(path)
        }
        let answer = try readLine()
        guard let object = (try? JSONSerialization.jsonObject(with: answer)) as? [String: Any] else {
            throw ExternalPluginError.badAnswer(path, String(decoding: answer.prefix(120), as: UTF8.self))
        }
        return object
    }

    private func readLine() throws -> Data {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw ExternalPluginError.exited(path) }
            buffer.append(chunk)
        }
    }
}

/// What can go wrong with an external plugin; messages name the plugin's file.
enum ExternalPluginError: Error, CustomStringConvertible {
    case cannotStart(String, String)
    case exited(String)
    case badAnswer(String, String)
    case protocolVersion(String, Int)
    case badDescription(String, String)

    var description: String {
        switch self {
        case .cannotStart(let path, let why): return "\(path): cannot start plugin: \(why)"
        case .exited(let path): return "\(path): the plugin stopped answering"
        case .badAnswer(let path, let text): return "\(path): the plugin's answer is not a JSON object: \(text)"
        case .protocolVersion(let path, let version):
            return "\(path): the plugin speaks protocol \(version); mqt speaks \(ExternalPlugin.protocolVersion)"
        case .badDescription(let path, let why): return "\(path): the plugin's description is wrong: \(why)"
        }
    }
}
