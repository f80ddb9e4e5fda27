import Foundation

/// What can go wrong with an external plugin; every message names the plugin's program.
enum PluginError: Error, CustomStringConvertible {
    case cannotStart(String, String)
    case exited(String, String)
    case timedOut(String, Double)
    case badAnswer(String, String)
    case protocolVersion(String, Int)
    case badDescription(String, String)

    var description: String {
        switch self {
        case .cannotStart(let path, let why): return "\(path): cannot start plugin: \(why)"
        case .exited(let path, let how): return "\(path): the plugin stopped answering (\(how))"
        case .timedOut(let path, let seconds):
            return "\(path): the plugin did not answer within \(PluginError.seconds(seconds)) (set plugin_timeout SECONDS); it was stopped"
        case .badAnswer(let path, let text): return "\(path): the plugin's answer is not a JSON object: \(text)"
        case .protocolVersion(let path, let version):
            return "\(path): the plugin speaks protocol \(version); mqt speaks \(ExternalPlugin.supportedVersions.map(String.init).joined(separator: " and "))"
        case .badDescription(let path, let why): return "\(path): the plugin's description is wrong: \(why)"
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
