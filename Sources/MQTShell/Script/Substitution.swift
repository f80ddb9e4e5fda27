/// Puts values where a command line names them: `$NAME` or `$1` for a macro's parameters (`def`),
/// `:NAME` for a script's parameters (`run SCRIPT -v NAME=VALUE`, as psql's `:NAME`).
///
/// A name is a letter or `_`, then letters, digits and `_`; a macro's parameters are also numbered
/// from `$1`. `:NAME` counts only after a character that cannot be part of a word (a space, `(`, a
/// quote, another `:`, or the start of the line), so `speaker:Khan`, `10:30` and `http://` are
/// text; `speaker::who` is `speaker:` followed by the parameter. Outside quotes a value goes in as
/// one word: quoted with `"` when it holds a space, a quote, `|` or `;` (with `'` when it holds a
/// `"`). Inside quotes it goes in as it is, so `"$who said"` reads as one phrase.
enum Substitution {
    /// The sigil that marks a name.
    enum Sigil: Character {
        case macro = "$"
        case script = ":"
    }

    /// The line with every name `value` knows replaced; a name it returns nil for stays as typed
    /// for `$` (a kept result such as `$people`) and is an error for `:`.
    static func apply(_ line: String, sigil: Sigil, value: (String) -> String?) throws -> String {
        let chars = Array(line)
        var result = ""
        var quote: Character?
        var wordStart = 0
        var index = 0
        while index < chars.count {
            let ch = chars[index]
            if let open = quote {
                if ch == open { quote = nil }
            } else if ch.isWhitespace || ch == "|" || ch == ";" {
                wordStart = index + 1
            } else if LineLexer.opensQuote(chars, at: index, wordStart: wordStart) {
                quote = ch
            }
            guard ch == sigil.rawValue, let name = name(in: chars, after: index, sigil: sigil) else {
                result.append(ch)
                index += 1
                continue
            }
            guard let given = value(name) else {
                if sigil == .script { throw SubstitutionError.unset(name) }
                result.append(ch)
                index += 1
                continue
            }
            result += quote == nil ? try word(given) : given
            index += 1 + name.count
        }
        return result
    }

    /// The names a line uses with this sigil, in order of first use.
    static func names(in line: String, sigil: Sigil) -> [String] {
        var found: [String] = []
        let chars = Array(line)
        for index in chars.indices where chars[index] == sigil.rawValue {
            if let name = name(in: chars, after: index, sigil: sigil), !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// The name that follows the sigil at `index`, if one does.
    static func name(in chars: [Character], after index: Int, sigil: Sigil) -> String? {
        if sigil == .script, index > 0, isNamePart(chars[index - 1]) { return nil }
        var end = index + 1
        guard end < chars.count else { return nil }
        if sigil == .macro, chars[end].isASCII, chars[end].isNumber {
            while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
            return String(chars[(index + 1)..<end])
        }
        guard chars[end].isLetter || chars[end] == "_" else { return nil }
        while end < chars.count, isNamePart(chars[end]) { end += 1 }
        return String(chars[(index + 1)..<end])
    }

    static func isNamePart(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }

    /// A value as one word of a command line.
    static func word(_ value: String) throws -> String {
        let plain = !value.isEmpty && !value.contains { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "|" || $0 == ";" }
        if plain { return value }
        if !value.contains("\"") { return "\"\(value)\"" }
        if !value.contains("'") { return "'\(value)'" }
        throw SubstitutionError.bothQuotes(value)
    }
}

/// What can go wrong putting values into a line.
enum SubstitutionError: Error, CustomStringConvertible {
    case unset(String)
    case bothQuotes(String)

    var description: String {
        switch self {
        case .unset(let name): return ":\(name) is not set (give it with: run SCRIPT -v \(name)=VALUE)"
        case .bothQuotes(let value): return "a value cannot hold both kinds of quote: \(value)"
        }
    }
}
