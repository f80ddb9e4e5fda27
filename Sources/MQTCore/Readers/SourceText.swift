import Foundation

/// The one place a file's bytes become what readers see: UTF-8 with LF line ends and no
/// byte-order mark. Readers sniff formats and parse only that, so a transcript saved by Windows
/// (CRLF), classic Mac OS (CR), a JSON tool that writes a UTF-8 BOM, or as UTF-16 (Excel's
/// "Unicode text", UTF-16 XML) reads exactly as its UTF-8/LF twin.
public enum SourceText {
    /// `data` as UTF-8 with LF line ends and no byte-order mark. UTF-16 is recognised by its BOM
    /// (LE or BE) or, without one, by a NUL in every other byte of its first two characters (no
    /// text file has NULs); it is converted, an unpaired surrogate becoming U+FFFD, and an XML
    /// declaration that named UTF-16 then names UTF-8. CRLF and a lone CR become LF. Data that
    /// needs none of this comes back as it is, uncopied.
    public static func normalized(_ data: Data) -> Data { rewritten(data) ?? data }

    /// `data` normalised as `normalized` says, or nil when it already is UTF-8 with LF line ends
    /// and no byte-order mark.
    public static func rewritten(_ data: Data) -> Data? {
        var text: Data?
        if let endian = utf16Endianness(of: data) {
            text = utf8(fromUTF16: data, endian: endian)
        } else if data.starts(with: utf8BOM) {
            text = Data(data.dropFirst(utf8BOM.count))
        }
        return lineFeeds(text ?? data) ?? text
    }

    /// The first `count` bytes of a file as normalised text, for sniffing its format.
    public static func head(of data: Data, count: Int = 8192) -> String {
        // A UTF-16 head keeps its BOM, so normalising it alone still finds its byte order.
        String(decoding: normalized(data.prefix(count)), as: UTF8.self)
    }

    /// Whether the bytes are UTF-16 text, which a reader must have converted whole.
    public static func isUTF16(_ data: Data) -> Bool { utf16Endianness(of: data) != nil }

    /// Where the first byte that is not well-formed UTF-8 is, and the problem to report there
    /// (`not valid UTF-8 (byte 0xFF)`); nil when all of `data` is UTF-8.
    public static func invalidUTF8(in data: Data) -> (offset: Int, problem: String)? {
        guard let offset = invalidUTF8Offset(in: data) else { return nil }
        return (offset, "not valid UTF-8 (byte " + String(format: "0x%02X", data[data.startIndex + offset]) + ")")
    }

    /// The error for a text file that is not UTF-8, at its first bad byte.
    public static func notUTF8(_ data: Data, path: String) -> CoreError {
        let bad = invalidUTF8(in: data) ?? (0, "not valid UTF-8")
        return .malformed(SourceLocation(file: path, byteOffset: bad.offset, in: data), bad.problem)
    }

    static func invalidUTF8Offset(in data: Data) -> Int? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length: Int
                switch lead {
                case 0x00...0x7F: length = 1
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return index
                }
                guard index + length <= bytes.count else { return index }
                for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
    }

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    enum Endian { case little, big }

    static func utf16Endianness(of data: Data) -> Endian? {
        let first = Array(data.prefix(4))
        if first.starts(with: [0xFF, 0xFE]) && !first.starts(with: [0xFF, 0xFE, 0, 0]) { return .little }
        if first.starts(with: [0xFE, 0xFF]) { return .big }
        guard first.count == 4 else { return nil }
        if first[0] != 0 && first[1] == 0 && first[2] != 0 && first[3] == 0 { return .little }
        if first[0] == 0 && first[1] != 0 && first[2] == 0 && first[3] != 0 { return .big }
        return nil
    }

    private static func utf8(fromUTF16 data: Data, endian: Endian) -> Data {
        var units = [UInt16]()
        units.reserveCapacity(data.count / 2)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var index = 0
            while index + 1 < raw.count {
                let (low, high) = endian == .little ? (raw[index], raw[index + 1]) : (raw[index + 1], raw[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var text = String(decoding: units, as: UTF16.self)
        // The XML declaration, if any, is in the first line: it must now name the encoding the
        // bytes have, or libxml2 refuses UTF-8 content "labelled UTF-16".
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            let declaration = text[..<end.lowerBound]
            let relabelled = declaration.replacingOccurrences(
                of: #"encoding\s*=\s*(["'])utf-?16(le|be)?\1"#, with: #"encoding="UTF-8""#,
                options: [.regularExpression, .caseInsensitive])
            text = relabelled + text[end.lowerBound...]
        }
        return Data(text.utf8)
    }

    /// CRLF and lone CR as LF; nil when there is no CR.
    private static func lineFeeds(_ data: Data) -> Data? {
        let hasCR = data.withUnsafeBytes { raw in
            raw.baseAddress.map { memchr($0, 0x0D, raw.count) != nil } ?? false
        }
        guard hasCR else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                if byte == 0x0D {
                    out.append(0x0A)
                    if index + 1 < raw.count && raw[index + 1] == 0x0A { index += 1 }
                } else {
                    out.append(byte)
                }
                index += 1
            }
        }
        return Data(out)
    }
}
