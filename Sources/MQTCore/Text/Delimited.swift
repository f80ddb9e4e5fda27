/// Fields of CSV (RFC 4180) and TSV: the one quoting rule that the renderers and `export` write and
/// `DelimitedParser` reads (`load FILE.csv`).
public enum Delimited {
    /// The two delimited formats.
    public enum Separator: Sendable, Equatable {
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

/// Reads CSV or TSV records by `Delimited`'s rule, from chunks of bytes of any size, so a large
/// file is never held whole. CSV: a field that starts with a quote runs to the closing quote (a
/// doubled quote is one quote; commas and line breaks inside are kept). TSV: no quoting; fields
/// end at a tab. Both end records at LF, CRLF or CR, and skip blank lines. The
/// separators are ASCII, so the bytes are split before any UTF-8 decoding.
public struct DelimitedParser {
    public let separator: Delimited.Separator
    private var fields: [String] = []
    private var field: [UInt8] = []
    /// Inside a quoted field; after a quote that may close it (or be the first of a doubled one).
    private var quoted = false
    private var quoteSeen = false
    private var fieldStarted = false
    private var afterCR = false
    private var lastWasCR = false
    /// The line a record starts on (1-based), and the line the parser is on.
    private var recordLine = 1
    private var line = 1

    public init(separator: Delimited.Separator) {
        self.separator = separator
    }

    /// Parses `bytes`, calling `record` with each complete record's fields and first line.
    public mutating func feed(_ bytes: some Sequence<UInt8>, _ record: ([String], Int) throws -> Void) rethrows {
        let sep: UInt8 = separator == .comma ? 0x2C : 0x09
        for byte in bytes {
            if byte == 0x0D || (byte == 0x0A && !lastWasCR) { line += 1 }
            lastWasCR = byte == 0x0D
            if afterCR {
                afterCR = false
                if byte == 0x0A { continue }
            }
            if quoted {
                if quoteSeen {
                    quoteSeen = false
                    if byte == 0x22 {
                        field.append(byte)
                        continue
                    }
                    quoted = false
                    // Falls through: the byte after a closing quote is read as outside quotes.
                } else {
                    if byte == 0x22 { quoteSeen = true } else { field.append(byte) }
                    continue
                }
            }
            switch byte {
            case sep:
                endField()
            case 0x0A, 0x0D:
                afterCR = byte == 0x0D
                try endRecord(record)
            case 0x22 where separator == .comma && !fieldStarted:
                quoted = true
                fieldStarted = true
            default:
                field.append(byte)
                fieldStarted = true
            }
        }
    }

    /// Ends the input: the last record, if it has no line end. A quote left open runs to the end.
    public mutating func finish(_ record: ([String], Int) throws -> Void) rethrows {
        quoted = false
        quoteSeen = false
        if fieldStarted || !field.isEmpty || !fields.isEmpty { try endRecord(record) }
    }

    /// Whether the input ended inside a quoted field (checked before `finish`).
    public var isInsideQuotes: Bool { quoted && !quoteSeen }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
    }

    private mutating func endRecord(_ record: ([String], Int) throws -> Void) rethrows {
        endField()
        let done = fields
        let first = recordLine
        fields.removeAll(keepingCapacity: true)
        recordLine = line
        // A blank line is no record.
        if done.count == 1 && done[0].isEmpty { return }
        try record(done, first)
    }
}
