import MQTKit

/// A setting `set` accepts: its key, allowed values and how it applies.
struct SettingKey: Sendable {
    var key: String
    var summary: String
    /// Allowed values shown in help and offered by TAB; empty for free numbers.
    var choices: [String]
    var apply: @Sendable (inout Settings, String) throws -> Void
    var current: @Sendable (Settings) -> String

    /// Every setting, in the order `set` lists them.
    static let all: [SettingKey] = [
        SettingKey(
            key: "format", summary: "output format", choices: Renderers.names,
            apply: { $0.format = $1 }, current: { $0.format }),
        SettingKey(
            key: "width", summary: "columns for tables and wrapped text", choices: [],
            apply: { settings, value in
                guard let width = Int(value), (20...1000).contains(width) else {
                    throw ShellError.badSettingValue(key: "width", value: value, expected: "a whole number from 20 to 1000")
                }
                settings.width = width
            }, current: { String($0.width) }),
        SettingKey(
            key: "color", summary: "bold matches and coloured errors", choices: ["on", "off"],
            apply: { $0.color = $1 == "on" }, current: { $0.color ? "on" : "off" }),
        SettingKey(
            key: "on_error", summary: "what a script does after an error", choices: ["stop", "continue"],
            apply: { $0.onError = $1 }, current: { $0.onError }),
        SettingKey(
            key: "stem", summary: "match word forms (run, runs, running) in queries", choices: ["on", "off"],
            apply: { $0.stem = $1 == "on" }, current: { $0.stem ? "on" : "off" }),
    ]

    static func named(_ key: String) -> SettingKey? { all.first { $0.key == key } }
}
