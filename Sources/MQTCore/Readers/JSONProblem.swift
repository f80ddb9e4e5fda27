import Foundation

/// Turns Foundation's JSON parse errors into `FILE:LINE:COL: what is wrong`: Foundation reports a
/// character offset ("around character 812") or the end of the input, never a line.
enum JSONProblem {
    /// The error for `data` (a whole file, or one line of a JSON Lines file starting at `line`).
    static func malformed(_ error: Error, data: Data, path: String, line firstLine: Int = 1) -> CoreError {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        let offset: Int
        let problem: String
        if message.lowercased().contains("end of file") {
            offset = data.count
            problem = "the JSON ends too early (is the file truncated?)"
        } else if message.contains("Invalid UTF-8"), let bad = SourceText.invalidUTF8(in: data) {
            // Foundation's offset and length here count neither bytes nor characters.
            offset = bad.offset
            problem = bad.problem
        } else if let number = unrepresentableNumber(in: message) {
            offset = data.range(of: Data(number.utf8)).map { $0.lowerBound - data.startIndex } ?? 0
            problem = "number out of range: \(number)"
        } else if let found = characterOffset(in: message) {
            offset = found
            let reason = message.components(separatedBy: " around character").first ?? message
            problem = "not valid JSON: \(reason.prefix(1).lowercased())\(reason.dropFirst())"
        } else {
            offset = 0
            problem = "not valid JSON: \(message)"
        }
        var location = SourceLocation(file: path, byteOffset: offset, in: data)
        location.line = (location.line ?? 1) + firstLine - 1
        return .malformed(location, problem)
    }

    /// `Number 1e400 is not representable in Swift.` → 1e400.
    static func unrepresentableNumber(in message: String) -> String? {
        guard message.hasPrefix("Number "), message.contains(" is not representable") else { return nil }
        return message.dropFirst("Number ".count).components(separatedBy: " ").first
    }

    /// `Invalid value around character 812.` → 812.
    static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: "around character ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }

    /// The byte offset where element `index` (0-based) of a top-level JSON array starts, for
    /// pointing at a value that parsed but has the wrong shape.
    static func offset(ofElement index: Int, in data: Data) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var element = -1
        var expectValue = false
        for (offset, byte) in data.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case 0x5B, 0x7B:
                if depth == 1 && expectValue {
                    element += 1
                    expectValue = false
                    if element == index { return offset }
                }
                depth += 1
                if depth == 1 { expectValue = true }
                continue
            case 0x5D, 0x7D: depth -= 1
            case 0x2C: if depth == 1 { expectValue = true }
            default:
                if depth == 1 && expectValue {
                    element += 1
                    expectValue = false
                    if element == index { return offset }
                }
                if byte == 0x22 { inString = true }
            }
        }
        return nil
    }
}
