import Foundation
import MQTKit

/// Plugins that are separate programs (any language), speaking the protocol written down in
/// docs/PLUGIN-PROTOCOL.md: one JSON object per line on the program's stdin and stdout.
public enum ExternalPlugin {
    /// The protocol version this mqt speaks; it also runs plugins written for `supportedVersions`.
    public static let protocolVersion = 2
    /// Versions a plugin may answer the handshake with.
    public static let supportedVersions = [1, 2]

    /// Starts the program at `path`, asks for its description and wraps its commands; what the
    /// program wrote to standard error goes to `errorLines`.
    static func load(path: String, timeout: Double, errorLines: ([String]) -> Void = { _ in }) throws -> Plugin {
        try PluginHandle(path: path, timeout: timeout, errorLines: errorLines).plugin
    }
}

/// What a plugin said about itself in the handshake.
struct PluginDescription {
    var name: String
    var summary: String
    var version: String?
    var protocolVersion: Int
    var specs: [CommandSpec]
    /// The answer as sent, kept in the description cache.
    var json: [String: Any]

    init(_ answer: [String: Any], path: String) throws {
        guard let version = answer["protocol"] as? Int else { throw PluginError.badDescription(path, "no \"protocol\"") }
        guard ExternalPlugin.supportedVersions.contains(version) else { throw PluginError.protocolVersion(path, version) }
        guard let name = answer["name"] as? String, !name.isEmpty, let commands = answer["commands"] as? [[String: Any]] else {
            throw PluginError.badDescription(path, "it needs \"name\" and \"commands\"")
        }
        self.name = name
        summary = answer["summary"] as? String ?? ""
        self.version = answer["version"] as? String
        protocolVersion = version
        specs = try commands.map { try PluginSpecDecoder.spec($0, path: path) }
        json = answer
    }
}

/// One external plugin program: its description, and its process, started on first use and
/// started again on the call after a fault (crash, timeout, garbage, Ctrl-C).
final class PluginHandle: @unchecked Sendable {
    let path: String
    let description: PluginDescription
    private var process: PluginProcess?

    /// Starts the program and reads its description (the handshake).
    init(path: String, timeout: Double, errorLines: ([String]) -> Void = { _ in }) throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw PluginError.cannotStart(path, "not an executable file")
        }
        self.path = path
        let (process, description) = try Self.start(path: path, timeout: timeout, errorLines: errorLines)
        errorLines(process.takeErrorLines())
        self.process = process
        self.description = description
    }

    /// A handle for a description read before (the cache); the program starts on its first call.
    init(path: String, description: PluginDescription) {
        self.path = path
        self.description = description
    }

    /// The plugin's commands, each sending its calls here.
    var plugin: Plugin {
        Plugin(name: description.name, summary: description.summary, commands: description.specs.map { ExternalCommand(spec: $0, handle: self) })
    }

    /// Starts the program and shakes hands; on failure the process is stopped and what it wrote
    /// to standard error goes to `errorLines`.
    private static func start(path: String, timeout: Double, errorLines: ([String]) -> Void = { _ in }) throws -> (PluginProcess, PluginDescription) {
        let process = try PluginProcess(path: path)
        do {
            let answer = try exchange(["request": "describe", "protocol": ExternalPlugin.protocolVersion], with: process, timeout: timeout)
            return (process, try PluginDescription(answer, path: path))
        } catch {
            errorLines(process.takeErrorLines())
            process.stop()
            throw error
        }
    }

    /// A message as one JSON line's bytes, newline left out (keys sorted: requests read the same every time).
    static func encode(_ message: [String: Any]) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: message, options: [.sortedKeys]))
    }

    private static func exchange(_ message: [String: Any], with process: PluginProcess, timeout: Double) throws -> [String: Any] {
        try exchange(encode(message), with: process, timeout: timeout)
    }

    private static func exchange(_ encoded: [UInt8], with process: PluginProcess, timeout: Double) throws -> [String: Any] {
        var line = encoded
        line.append(0x0A)
        let answer = try process.exchange(line, deadline: Date(timeIntervalSinceNow: timeout), timeout: timeout)
        guard let object = (try? JSONSerialization.jsonObject(with: Data(answer))) as? [String: Any] else {
            throw PluginError.badAnswer(process.path, String(decoding: answer.prefix(120), as: UTF8.self))
        }
        return object
    }

    /// Sends `request` and returns the plugin's answer. A line the plugin sends with a `request`
    /// key of its own is a question for mqt: `respond` answers it (one JSON object's bytes, see
    /// `encode`) and the call goes on. Each
    /// line must come within `timeout` seconds. Any fault stops the process; the next call starts
    /// it again. Lines the plugin wrote to standard error go to `errorLines`.
    func call(
        _ request: [String: Any], timeout: Double, errorLines: ([String]) -> Void,
        respond: ([String: Any]) throws -> [UInt8]
    ) throws -> [String: Any] {
        try call(Self.encode(request), timeout: timeout, errorLines: errorLines, respond: respond)
    }

    /// `call` with the request already encoded (one JSON object, no newline).
    func call(
        _ request: [UInt8], timeout: Double, errorLines: ([String]) -> Void,
        respond: ([String: Any]) throws -> [UInt8]
    ) throws -> [String: Any] {
        do {
            let running: PluginProcess
            if let process, process.isAlive { running = process } else {
                let (started, _) = try Self.start(path: path, timeout: timeout, errorLines: errorLines)
                process = started
                running = started
            }
            defer { errorLines(running.takeErrorLines()) }
            var message = request
            while true {
                let answer = try Self.exchange(message, with: running, timeout: timeout)
                guard answer["request"] != nil else { return answer }
                message = try respond(answer)
            }
        } catch {
            process?.stop()
            process = nil
            throw error
        }
    }

    /// Stops the program (it starts again on the next call).
    func stop() {
        process?.stop()
        process = nil
    }
}
