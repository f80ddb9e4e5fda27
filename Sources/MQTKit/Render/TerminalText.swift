/// Text from transcripts as a terminal may show it: a file can hold control characters (ESC, BEL,
/// backspace...), and printed raw they clear the screen, set the window title or hide text. The
/// renderers pass every cell and text through `visible` at the edge; the stored text keeps them.
public enum TerminalText {
    /// `text` with each C0 control (but tab, line feed and, unless `inCell`, carriage return),
    /// DEL and each C1 control replaced by one visible character: its Unicode control picture (ESC
    /// as ␛, BEL as ␇, DEL as ␡), a C1 control as U+FFFD. Each stays one UTF-16 unit, so match ranges
    /// into the text still hold. A carriage return ends CSV records (and lines typed on Windows),
    /// so it stays, but a table cell is one line and shows it as ␍.
    public static func visible(_ text: String, inCell: Bool = false) -> String {
        guard hasHidden(text, inCell: inCell) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isHidden(scalar, inCell: inCell) {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            } else if scalar.value == 0x7F {
                out.append("\u{2421}")
            } else {
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// Whether any scalar is hidden, judged on the UTF-8 bytes (every output line passes here):
    /// C0 and DEL are single bytes, a C1 control is 0xC2 then 0x80...0x9F.
    static func hasHidden(_ text: String, inCell: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09, 0x0A: break
            case 0x0D: if inCell { return true }
            case 0x00..<0x20, 0x7F: return true
            case 0x80..<0xA0 where previous == 0xC2: return true
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Whether a terminal would act on the scalar instead of showing it.
    static func isHidden(_ scalar: Unicode.Scalar, inCell: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x0D: return inCell
        case 0x00..<0x20, 0x7F..<0xA0: return true
        default: return false
        }
    }
}
