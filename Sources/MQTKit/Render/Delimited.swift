/// Fields of CSV (RFC 4180) and TSV: the one quoting rule that the renderers and `export` share.
public enum Delimited {
    /// The two delimited formats.
    public enum Separator: Sendable {
        case comma, tab

        /// The character between fields.
        public var text: String { self == .comma ? "," : "\t" }
        /// CSV ends records with CRLF (RFC 4180); TSV with LF.
        public var lineEnd: String { self == .comma ? "\r\n" : "\n" }
    }

    /// One field. CSV: quoted (quotes doubled) when it holds a comma, a quote, CR or LF, line
    /// breaks kept inside the quotes. TSV has no quoting: a tab, CR, LF or CRLF becomes one space.
    public static func field(_ text: String, separator: Separator) -> String {
        // Unicode scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        switch separator {
        case .comma:
            guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .tab:
            var out = String.UnicodeScalarView()
            var afterCR = false
            for scalar in text.unicodeScalars {
                if scalar == "\n" && afterCR {
                    afterCR = false
                    continue
                }
                afterCR = scalar == "\r"
                out.append(scalar == "\t" || scalar == "\r" || scalar == "\n" ? " " : scalar)
            }
            return String(out)
        }
    }

    /// One record: the fields quoted and joined, without the line end.
    public static func record(_ fields: [String], separator: Separator) -> String {
        fields.map { field($0, separator: separator) }.joined(separator: separator.text)
    }
}
