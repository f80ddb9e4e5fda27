/// Word wrapping for prose and wrapping columns.
public enum TextWrap {
    /// `text` broken at spaces into lines of at most `width` visible characters (longer words are kept whole).
    public static func lines(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if TextWidth.visible(current) + 1 + TextWidth.visible(String(word)) <= width {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.isEmpty ? [""] : result
    }
}

/// Display width of text, ignoring ANSI colour codes.
enum TextWidth {
    static func visible(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for ch in text {
            if inEscape { if ch == "m" { inEscape = false } } else if ch == "\u{1B}" { inEscape = true } else { count += 1 }
        }
        return count
    }

    /// Cuts text to `width` visible characters, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard visible(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var count = 0
        var inEscape = false
        var open = false
        for ch in text {
            if inEscape {
                out.append(ch)
                if ch == "m" { inEscape = false }
                continue
            }
            if ch == "\u{1B}" {
                inEscape = true
                open.toggle()
                out.append(ch)
                continue
            }
            if count == width - 1 { break }
            out.append(ch)
            count += 1
        }
        return out + (open ? Marks.boldOff : "") + "…"
    }

    /// Keeps the last `width` visible characters, starting with `…` when cut (plain text only).
    static func truncateStart(_ text: String, to width: Int) -> String {
        guard visible(text) > width, !text.contains("\u{1B}") else { return visible(text) > width ? truncate(text, to: width) : text }
        guard width > 0 else { return "" }
        return "…" + String(text.suffix(width - 1))
    }

    /// Shrinks the widest columns not kept, down to `floor`, until the row fits `total`.
    static func fit(_ widths: inout [Int], into total: Int, separator: Int, keep: [Bool], floor: Int) {
        while widths.reduce(0, +) + separator * max(0, widths.count - 1) > total {
            guard let widest = widths.indices.filter({ !keep[$0] }).max(by: { widths[$0] < widths[$1] }),
                widths[widest] > floor
            else { return }
            widths[widest] -= 1
        }
    }
}
