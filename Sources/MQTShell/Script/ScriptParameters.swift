/// The values a script reads as `:NAME`, given as `-v NAME=VALUE` (`mqt run SCRIPT -v ...`, or
/// `run SCRIPT -v ...` in a session), as psql's `-v` gives `:NAME`.
public enum ScriptParameters {
    /// `NAME=VALUE` settings by name; a later one replaces an earlier.
    public static func parse(_ settings: [String]) throws -> [String: String] {
        var values: [String: String] = [:]
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard parts.count == 2, Substitution.name(in: Array(":" + name), after: 0, sigil: .script) == name else {
                throw ScriptParameterError.badSetting(setting)
            }
            values[name] = String(parts[1])
        }
        return values
    }

    /// The `-v NAME=VALUE` pairs of a command's words (`run SCRIPT -v who=Khan -v year=2021`).
    static func settings(in words: [String]) throws -> [String] {
        var settings: [String] = []
        var rest = words[...]
        while let flag = rest.first {
            guard flag == "-v", rest.count > 1 else { throw ScriptParameterError.expectedSetting(flag) }
            settings.append(rest[rest.index(after: rest.startIndex)])
            rest = rest.dropFirst(2)
        }
        return settings
    }
}

/// What can be wrong with `-v`.
public enum ScriptParameterError: Error, CustomStringConvertible {
    case badSetting(String)
    case expectedSetting(String)

    public var description: String {
        switch self {
        case .badSetting(let text): return "-v takes NAME=VALUE (a name of letters, digits and _), not '\(text)'"
        case .expectedSetting(let word): return "expected -v NAME=VALUE after the script, not '\(word)'"
        }
    }
}
