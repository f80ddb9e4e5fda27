import MQTKit

/// What batch input does after an error (`set on_error`).
public enum ErrorPolicy: String, CaseIterable, Sendable {
    /// The first error ends the input (the default).
    case stop
    /// Later commands still run; the exit status is still non-zero.
    case `continue`

    /// The policy a session's settings name; an unknown value counts as `stop`.
    static func of(_ settings: Settings) -> ErrorPolicy { ErrorPolicy(rawValue: settings.onError) ?? .stop }
}

/// A setting `set` accepts: its key, allowed values and how it applies.
struct SettingKey: Sendable {
    var key: String
    var summary: String
    /// Allowed values shown in help and offered by TAB; empty for free numbers.
    var choices: [String]
    /// What `set` lists as allowed: the choices, or a range for numbers.
    var allowed: String
    var apply: @Sendable (inout Settings, String) throws -> Void
    var current: @Sendable (Settings) -> String
    /// Applies a setting that needs more than the settings (safe mode: the session's folder).
    var applyToSession: (@Sendable (Session, String) throws -> Void)?

    init(
        key: String, summary: String, choices: [String], allowed: String? = nil,
        apply: @escaping @Sendable (inout Settings, String) throws -> Void, current: @escaping @Sendable (Settings) -> String,
        applyToSession: (@Sendable (Session, String) throws -> Void)? = nil
    ) {
        self.applyToSession = applyToSession
        self.key = key
        self.summary = summary
        self.choices = choices
        self.allowed = allowed ?? choices.joined(separator: ", ")
        self.apply = apply
        self.current = current
    }

    static let widths = Settings.widths
    static let onOff = ["on", "off"]

    /// Every setting, in the order `set` lists them.
    static let all: [SettingKey] = [
        SettingKey(
            key: "format", summary: "output format", choices: Renderers.names,
            apply: { $0.format = $1 }, current: { $0.format }),
        SettingKey(
            key: "width", summary: "columns for tables and wrapped text", choices: [],
            allowed: "\(widths.lowerBound) to \(widths.upperBound)",
            apply: { settings, value in
                guard let width = Int(value), widths.contains(width) else {
                    throw ShellError.badSettingValue(
                        key: "width", value: value, expected: "a whole number from \(widths.lowerBound) to \(widths.upperBound)")
                }
                settings.width = width
            }, current: { String($0.width) }),
        SettingKey(
            key: "color", summary: "bold matches and coloured errors", choices: onOff,
            apply: { $0.color = $1 == "on" }, current: { $0.color ? "on" : "off" }),
        SettingKey(
            key: "on_error", summary: "what batch input does after an error",
            choices: ErrorPolicy.allCases.map(\.rawValue),
            apply: { $0.onError = $1 }, current: { ErrorPolicy.of($0).rawValue }),
        SettingKey(
            key: "stem", summary: "match word forms (run, runs, running) in queries", choices: onOff,
            apply: { $0.stem = $1 == "on" }, current: { $0.stem ? "on" : "off" }),
        SettingKey(
            key: "chart", summary: "bars and plots beside tables (table format only)", choices: onOff,
            apply: { $0.chart = $1 == "on" }, current: { $0.chart ? "on" : "off" }),
        SettingKey(
            key: "pager", summary: "in the REPL, output taller than the terminal goes through $PAGER (less)", choices: onOff,
            apply: { $0.pager = $1 == "on" }, current: { $0.pager ? "on" : "off" }),
        SettingKey(
            key: "timer", summary: "show each command's time (as sqlite3's .timer, psql's \\timing)", choices: onOff,
            apply: { $0.timer = $1 == "on" }, current: { $0.timer ? "on" : "off" }),
        SettingKey(
            key: "safe", summary: "safe mode for scripts from others (help safe); cannot be turned off", choices: onOff,
            apply: { _, _ in }, current: { $0.safe.isOn ? "on" : "off" },
            applyToSession: { session, value in
                if value == "on" {
                    session.enterSafeMode()
                } else if session.settings.safe.isOn {
                    throw CommandError.unsafe(.turnOff)
                }
            }),
        SettingKey(
            key: "plugin_timeout", summary: "seconds to wait for each answer from an external plugin", choices: [],
            allowed: "0.1 to 3600",
            apply: { settings, value in
                guard let seconds = Double(value), (0.1...3600).contains(seconds) else {
                    throw ShellError.badSettingValue(key: "plugin_timeout", value: value, expected: "a number of seconds from 0.1 to 3600")
                }
                settings.pluginTimeout = seconds
            }, current: { $0.pluginTimeout == $0.pluginTimeout.rounded() ? String(Int($0.pluginTimeout)) : String($0.pluginTimeout) }),
    ]

    static func named(_ key: String) -> SettingKey? { all.first { $0.key == key } }
}
