import Foundation

/// A word in a text: its folded form (lower case, no diacritics) and where it stands.
public struct Token: Sendable, Equatable {
    public var folded: String
    /// Offsets in UTF-16 code units, so they map onto JSON and NSString ranges alike.
    public var range: Range<Int>
}

/// Splits text into words the way the store's FTS5 `unicode61 remove_diacritics 2` tokenizer does:
/// a word is a run of letters, digits and marks; everything else separates. Keeping the two in step
/// is what makes scanned counts equal index counts.
public enum Tokenizer {
    /// The words of `text` with their UTF-16 ranges.
    public static func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        let units = Array(text.utf16)
        var index = 0
        var start = -1
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            let word = String(utf16CodeUnits: Array(units[start..<end]), count: end - start)
            result.append(Token(folded: fold(word), range: start..<end))
            start = -1
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            let width = scalar.utf16.count
            if isWordScalar(scalar) {
                if start < 0 { start = index }
            } else {
                flush(index)
            }
            index += width
        }
        flush(index)
        return result
    }

    /// Number of words, counting `Government’s` as one word (apostrophes inside words join).
    /// Runs over UTF-8 bytes with an ASCII fast path: every loaded speech is counted.
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes -> Int in
            asciiClasses.withUnsafeBufferPointer { classes -> Int in
                var count = 0
                var inWord = false
                var afterApostrophe = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let byteClass: UInt8
                    if lead < 0x80 {
                        byteClass = classes[Int(lead)]
                        index += 1
                    } else {
                        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for offset in 1..<length where index + offset < bytes.count {
                            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                        }
                        index += length
                        let scalar = Unicode.Scalar(value) ?? " "
                        byteClass = isWordScalar(scalar) ? 1 : scalar == "\u{2019}" ? 2 : 0
                    }
                    if byteClass == 1 {
                        if !inWord { count += 1 }
                        inWord = true
                        afterApostrophe = false
                    } else if byteClass == 2 && inWord && !afterApostrophe {
                        afterApostrophe = true
                    } else {
                        inWord = false
                        afterApostrophe = false
                    }
                }
                return count
            }
        }
    }

    /// For each ASCII byte: 1 for a word character, 2 for the apostrophe, 0 for a separator.
    static let asciiClasses: [UInt8] = (0..<128).map { byte -> UInt8 in
        if (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) { return 1 }
        return byte == 0x27 ? 2 : 0
    }

    /// Lower case without diacritics: what matching compares.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Whether a scalar belongs inside a word (FTS5 unicode61: letters, numbers, marks, private use).
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark,
            .privateUse:
            return true
        default:
            return false
        }
    }
}
