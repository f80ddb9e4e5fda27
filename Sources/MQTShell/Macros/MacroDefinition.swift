import MQTKit

/// `def NAME [PARAM...] = COMMAND` (one line) or `def NAME [PARAM...]`, the body's lines, then
/// `end`: the statement that defines a macro.
struct MacroDefinition {
    var macro: Macro
    /// Whether the body follows on the next lines, up to `end`.
    var isOpen: Bool

    /// The definition `line` starts, or nil when it is no `def`.
    static func parse(_ line: String) throws -> MacroDefinition? {
        let trimmed = line.drop(while: \.isWhitespace)
        guard trimmed == "def" || trimmed.hasPrefix("def ") || trimmed.hasPrefix("def\t") else { return nil }
        let rest = trimmed.dropFirst(3)
        let header = rest.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let words = header[0].split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { throw MacroError.usage }
        guard isCommandName(name) else { throw MacroError.badName(name) }
        let parameters = Array(words.dropFirst())
        for parameter in parameters {
            guard Substitution.name(in: Array("$" + parameter), after: 0, sigil: .macro) == parameter,
                parameter.first?.isNumber == false
            else { throw MacroError.badParameter(parameter) }
        }
        if let duplicate = parameters.first(where: { p in parameters.filter { $0 == p }.count > 1 }) {
            throw MacroError.duplicateParameter(duplicate)
        }
        guard header.count == 2 else {
            return MacroDefinition(macro: Macro(name: name, parameters: parameters, body: []), isOpen: true)
        }
        let body = header[1].trimmingCharacters(in: .whitespaces)
        guard !body.isEmpty else { throw MacroError.emptyBody(name) }
        return MacroDefinition(macro: Macro(name: name, parameters: parameters, body: [body]), isOpen: false)
    }

    /// A name a command can have: a letter, then letters, digits, `-` and `_`.
    static func isCommandName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

/// What can be wrong with a macro.
enum MacroError: Error, CustomStringConvertible {
    case usage
    case badName(String)
    case badParameter(String)
    case duplicateParameter(String)
    case emptyBody(String)
    case taken(String)
    case endWithoutDef
    case unfinished(String)

    var description: String {
        switch self {
        case .usage: return "usage: def NAME [PARAM...] = COMMAND, or def NAME [PARAM...] then lines and end"
        case .badName(let name): return "'\(name)' cannot name a macro: use a letter, then letters, digits, - or _"
        case .badParameter(let name): return "'\(name)' cannot name a parameter: use a letter or _, then letters, digits or _"
        case .duplicateParameter(let name): return "parameter '\(name)' is named twice"
        case .emptyBody(let name): return "macro \(name) has no commands"
        case .taken(let name): return "'\(name)' is a command already; a macro needs a name of its own"
        case .endWithoutDef: return "end without def"
        case .unfinished(let name): return "def \(name) has no end"
        }
    }
}
