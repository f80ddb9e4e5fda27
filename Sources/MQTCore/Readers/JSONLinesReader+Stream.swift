import Foundation

extension JSONLinesReader {
    /// Where one line of a file lies.
    struct LineSpan {
        let offset: Int
        let length: Int
        let number: Int
    }

    /// Reads a large file in two passes, so it is never held whole: the first checks every line
    /// (a bad one throws the error `read` would) and notes where each transcript's lines lie; the
    /// second reads each transcript's lines back and hands the transcripts on, in `read`'s order,
    /// about `groupBytes` of lines at a time, each with the content hash `read`'s would be stored
    /// under (`hash`: the file's, `#N` after it for the Nth of several). `emit` also gets the
    /// bytes of the file the group covers.
    func stream(path: String, hash: String, groupBytes: Int = 4 << 20, emit: (DelimitedSpeechReader.Group, Int) throws -> Void)
        throws
    {
        var order: [(transcript: Transcript, lines: [LineSpan])] = []
        var index: [String: Int] = [:]
        let fileBytes = try Self.forEachLine(path: path) { line, span in
            guard let speech = try Self.speech(in: line, number: span.number, path: path) else { return }
            let key = Self.transcriptKey(of: speech)
            if let at = index[key] {
                order[at].lines.append(span)
            } else {
                index[key] = order.count
                order.append((speech.transcript, [span]))
            }
        }
        index = [:]
        guard !order.isEmpty else { throw CoreError.noSpeeches(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CoreError.unreadable(path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        var group: DelimitedSpeechReader.Group = []
        var bytes = 0
        var bytesHanded = 0
        for (number, entry) in order.enumerated() {
            var speeches: [ExportedSpeech] = []
            // A transcript's lines mostly lie together (an export writes them so): read at once.
            let first = entry.lines[0].offset
            let end = entry.lines.reduce(0) { max($0, $1.offset + $1.length) }
            let total = entry.lines.reduce(0) { $0 + $1.length }
            var together: Data?
            if end - first <= 2 * total + (64 << 10) {
                try handle.seek(toOffset: UInt64(first))
                together = try handle.read(upToCount: end - first) ?? Data()
            }
            for span in entry.lines {
                var line: Data
                if let together {
                    let from = together.startIndex + span.offset - first
                    line = together.count >= span.offset - first + span.length ? together[from..<(from + span.length)] : Data()
                } else {
                    try handle.seek(toOffset: UInt64(span.offset))
                    line = try handle.read(upToCount: span.length) ?? Data()
                }
                // The file changed between the passes: its lines are not where they were.
                guard line.count == span.length, let speech = try Self.speech(in: line, number: span.number, path: path) else {
                    throw CoreError.malformed(SourceLocation(file: path, line: span.number, column: 1), "the file changed while it was read")
                }
                speeches.append(speech)
                bytes += span.length + 1
            }
            let transcriptHash = order.count == 1 ? hash : "\(hash)#\(number)"
            group.append((Self.transcript(entry.transcript, speeches), transcriptHash))
            order[number].lines = []
            if bytes >= groupBytes {
                try emit(group, bytes)
                bytesHanded += bytes
                group = []
                bytes = 0
            }
        }
        // The last group covers the rest of the file (blank lines, a last line end), so the
        // groups add up to its size.
        try emit(group, max(fileBytes - bytesHanded, bytes))
    }

    /// Calls `body` with each line of the file at `path` (without its line end) and where it lies,
    /// reading a mebibyte at a time; returns the bytes read.
    @discardableResult
    static func forEachLine(path: String, _ body: (Data, LineSpan) throws -> Void) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CoreError.unreadable(path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        var pending = Data()
        var pendingOffset = 0
        var number = 0
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 0x0A) {
                number += 1
                try body(pending[start..<end], LineSpan(offset: pendingOffset + (start - pending.startIndex), length: end - start, number: number))
                start = end + 1
            }
            pendingOffset += start - pending.startIndex
            pending = Data(pending[start...])
        }
        if !pending.isEmpty {
            number += 1
            try body(pending, LineSpan(offset: pendingOffset, length: pending.count, number: number))
        }
        return pendingOffset + pending.count
    }
}
