import Foundation

extension SourceLocation {
    /// The 1-based line and column (in characters) of byte `offset` in `data`.
    init(file: String, byteOffset offset: Int, in data: Data) {
        let stop = data.startIndex + min(max(offset, 0), data.count)
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < stop {
            if data[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = String(decoding: data[lineStart..<stop], as: UTF8.self).count + 1
        self.init(file: file, line: line, column: column)
    }
}
