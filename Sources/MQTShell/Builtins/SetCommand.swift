import MQTKit

/// `set [KEY VALUE]`: shows or changes a session setting.
struct SetCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "set", summary: "show settings, or change one: set format json",
        arguments: [
            ArgumentSpec("key", optional: true, summary: "the setting", completion: .settingKeys),
            ArgumentSpec("value", optional: true, summary: "its new value"),
        ],
        returns: .table,
        examples: [
            Example(
                "every setting with its value", "set",
                output: """
                    setting         value  allowed
                    format          table  table, plain, csv, tsv, json, jsonl, markdown
                    width           80     20 to 1000
                    color           off    on, off
                    on_error        stop   stop, continue
                    stem            off    on, off
                    chart           on     on, off
                    pager           on     on, off
                    timer           off    on, off
                    safe            off    on, off
                    plugin_timeout  10     0.1 to 3600
                    """),
            Example("a setting needs an allowed value", "set format yaml",
                output: "error: format takes one of table, plain, csv, tsv, json, jsonl, markdown, not 'yaml'"),
        ],
        discussion: Self.discussion)

    /// Help text derived from the settings' own declarations.
    static let discussion = "Settings: " + SettingKey.all.map { "\($0.key): \($0.summary)" }.joined(separator: "; ") + ".\n\n"
        + "on_error applies to batch input: mqt -c, piped stdin, mqt run and run SCRIPT. "
        + "stop (the default) ends the input at the first error; continue runs the remaining commands. "
        + "Either way, an error makes mqt's exit status 1. The REPL and mqt test always go on."

    func run(_ call: Call, session: Session) throws -> Value {
        guard let key = call.argument("key") else {
            return .table(
                Table(
                    ["setting", "value", "allowed"],
                    rows: SettingKey.all.map { setting in
                        [.text(setting.key), .text(setting.current(session.settings)),
                         .text(setting.allowed)]
                    }))
        }
        guard let setting = SettingKey.named(key) else {
            throw ShellError.unknownSetting(key, suggestion: Suggest.nearest(key, in: SettingKey.all.map(\.key)))
        }
        guard let value = call.argument("value") else {
            return .text("\(key) \(setting.current(session.settings))")
        }
        if !setting.choices.isEmpty && !setting.choices.contains(value) {
            throw ShellError.badSettingValue(key: key, value: value, expected: "one of " + setting.choices.joined(separator: ", "))
        }
        if let applyToSession = setting.applyToSession {
            try applyToSession(session, value)
        } else {
            try setting.apply(&session.settings, value)
        }
        return .nothing
    }
}
