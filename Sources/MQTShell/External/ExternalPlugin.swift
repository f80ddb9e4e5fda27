import Foundation
import MQTKit

/// Plugins that are separate programs (any language). Protocol 1, one JSON object per line:
///
/// - mqt sends `{"request": "describe", "protocol": 1}`; the plugin answers
///   `{"protocol": 1, "name": ..., "summary": ..., "commands": [SPEC, ...]}`, each SPEC with `name`,
///   `summary`, `arguments` (`name`, `shape`: word|words|query, `optional`, `summary`), `options`
///   (`name`, `value` or null for a flag, `summary`, `choices`), `accepts` (nothing, speeches),
///   `returns` (text, table, record) and `examples` (`summary`, `command`, `output`).
/// - For each use mqt sends `{"request": "run", "command": ..., "arguments": {NAME: [WORD, ...]},
///   "options": {NAME: VALUE}, "speeches": [{id, date, speaker, party, role, kind, section, title,
///   text}] or null, "database": PATH or null}` and the plugin answers `{"text": ...}`,
///   `{"table": {"columns": [...], "rows": [[...]]}}`, `{"record": [[KEY, VALUE], ...]}` or
///   `{"error": MESSAGE}`.
public enum ExternalPlugin {
    /// The protocol version this mqt speaks.
    public static let protocolVersion = 1

    /// Starts the program at `path`, asks for its description and wraps its commands.
    public static func load(path: String) throws -> Plugin {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ExternalPluginError.cannotStart(path, "not an executable file")
        }
        let process = try PluginProcess(path: path)
        let answer = try process.exchange(["request": "describe", "protocol": protocolVersion])
        guard let version = answer["protocol"] as? Int else { throw ExternalPluginError.badDescription(path, "no \"protocol\"") }
        guard version == protocolVersion else { throw ExternalPluginError.protocolVersion(path, version) }
        guard let name = answer["name"] as? String, let commands = answer["commands"] as? [[String: Any]] else {
            throw ExternalPluginError.badDescription(path, "it needs \"name\" and \"commands\"")
        }
        let specs = try commands.map { try PluginSpecDecoder.spec($0, path: path) }
        return Plugin(
            name: name, summary: answer["summary"] as? String ?? "",
            commands: specs.map { ExternalCommand(spec: $0, process: process) })
    }
}

/// One command of an external plugin: its declaration came from the plugin, each run is a request.
struct ExternalCommand: Command, @unchecked Sendable {
    let spec: CommandSpec
    let process: PluginProcess

    func run(_ call: Call, context: any Context) throws -> Value {
        var request: [String: Any] = [
            "request": "run", "command": spec.name, "arguments": call.arguments, "options": call.options,
            "database": (context as? Session)?.store.path ?? NSNull(),
        ]
        if let set = call.input.speechSet {
            var speeches: [[String: Any]] = []
            try context.corpus.forEachSpeech(in: set) { s in
                speeches.append(
                    ["id": s.speechID, "date": s.date, "speaker": s.speaker, "party": s.party ?? NSNull(), "role": s.role ?? NSNull(),
                     "kind": s.kind.rawValue, "section": s.section, "title": s.title, "text": s.text])
                return true
            }
            request["speeches"] = speeches
        } else {
            request["speeches"] = NSNull()
        }
        return try PluginSpecDecoder.value(try process.exchange(request), path: process.path)
    }
}
