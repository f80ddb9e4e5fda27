import MQTKit

/// A word of a command line: its text with quotes removed, as typed, and where it stands.
struct Word: Equatable {
    var value: String
    var raw: String
    /// Character offsets within the whole line.
    var span: Range<Int>
    var isOption: Bool { raw.hasPrefix("--") && raw.count > 2 }
}

/// One command of a pipeline: its words and its text as typed.
struct Stage: Equatable {
    var words: [Word]
    var text: String
    /// Offset of `text` within the whole line.
    var offset: Int
}

/// Splits a line into pipeline stages and words; quotes (`"` or `'`) group words and hide `|`.
enum LineLexer {
    static func stages(_ line: String) throws -> [Stage] {
        let chars = Array(line)
        var stages: [Stage] = []
        var words: [Word] = []
        var stageStart = 0
        var index = 0
        func endStage(at end: Int) throws {
            let text = String(chars[stageStart..<end])
            if words.isEmpty {
                throw PositionedError(ShellError.emptyPipelineStage.description, span: stageStart..<max(stageStart + 1, end), in: line)
            }
            stages.append(Stage(words: words, text: text, offset: stageStart))
            words = []
        }
        while index < chars.count {
            let c = chars[index]
            if c.isWhitespace {
                index += 1
                continue
            }
            if c == "|" {
                try endStage(at: index)
                index += 1
                stageStart = index
                continue
            }
            let start = index
            var value = ""
            var quote: Character?
            while index < chars.count {
                let ch = chars[index]
                if let open = quote {
                    if ch == open { quote = nil } else { value.append(ch) }
                } else if opensQuote(chars, at: index, wordStart: start) {
                    quote = ch
                } else if ch.isWhitespace || ch == "|" {
                    break
                } else {
                    value.append(ch)
                }
                index += 1
            }
            if quote != nil {
                throw PositionedError(ShellError.unterminatedQuote.description, span: start..<chars.count, in: line)
            }
            words.append(Word(value: value, raw: String(chars[start..<index]), span: start..<index))
        }
        if !words.isEmpty || !stages.isEmpty { try endStage(at: chars.count) }
        return stages
    }

    /// Whether the character at `index` opens a quote: `"` anywhere, `'` at a word's start or after
    /// punctuation (so the apostrophe in `O'Brien` or `Mayor's` is a letter).
    static func opensQuote(_ chars: [Character], at index: Int, wordStart: Int) -> Bool {
        let ch = chars[index]
        if ch == "\"" { return true }
        return ch == "'" && (index == wordStart || !(chars[index - 1].isLetter || chars[index - 1].isNumber))
    }

    /// Whether a quote opened in `line` is still open at its end (the line continues on the next).
    /// The commands of a line that `;` separates outside quotes (as in sqlite3 and psql), each
    /// trimmed; empty ones dropped. A line without `;` is one command.
    static func commands(_ line: String) -> [String] {
        guard line.contains(";") else { return [line] }
        let chars = Array(line)
        var commands: [String] = []
        var quote: Character?
        var wordStart = 0
        var start = 0
        for index in chars.indices {
            let ch = chars[index]
            if let open = quote {
                if ch == open { quote = nil }
            } else if ch == ";" {
                commands.append(String(chars[start..<index]))
                start = index + 1
                wordStart = index + 1
            } else if ch.isWhitespace || ch == "|" {
                wordStart = index + 1
            } else if opensQuote(chars, at: index, wordStart: wordStart) {
                quote = ch
            }
        }
        commands.append(String(chars[start...]))
        let kept = commands.filter { !$0.allSatisfy(\.isWhitespace) }
        return kept.isEmpty ? [""] : kept.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func endsInsideQuote(_ line: String) -> Bool {
        let chars = Array(line)
        var quote: Character?
        var wordStart = 0
        for index in chars.indices {
            let ch = chars[index]
            if let open = quote {
                if ch == open { quote = nil }
            } else if ch.isWhitespace || ch == "|" {
                wordStart = index + 1
            } else if opensQuote(chars, at: index, wordStart: wordStart) {
                quote = ch
            }
        }
        return quote != nil
    }
}
