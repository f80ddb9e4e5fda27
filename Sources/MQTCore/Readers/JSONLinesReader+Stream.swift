import Foundation

extension JSONLinesReader {
    /// Where one line of a file lies, and its speech's `seq`.
    struct LineSpan {
        var offset: Int
        var length: Int
        var number: Int
        var seq = 0
    }

    /// What `stream` hands on: whole transcripts, or one part of a transcript too large to hold
    /// (`last` on its final part), each with the content hash it is stored under.
    public enum Piece {
        case transcripts(DelimitedSpeechReader.Group)
        case part(ParsedTranscript, hash: String, last: Bool)
    }

    /// Reads a large file in two passes, so it is never held whole: the first checks every line
    /// (a bad one throws the error `read` would) and notes where each transcript's lines lie; the
    /// second reads each transcript's lines back, in `seq` order, and hands the transcripts on in
    /// `read`'s order, about `groupBytes` of lines at a time, a transcript larger than that in
    /// parts of it. Each has the content hash `read`'s would be stored under (the file's, taken in
    /// the first pass, `#N` after it for the Nth of several). `emit` also gets the bytes of the
    /// file a piece covers; they add up to the file's size.
    public func stream(path: String, groupBytes: Int = 4 << 20, emit: (Piece, Int) throws -> Void) throws {
        var order: [(transcript: Transcript, lines: [LineSpan])] = []
        var index: [String: Int] = [:]
        let (fileBytes, hash) = try Self.forEachLine(path: path) { line, span in
            guard let speech = try Self.speech(in: line, number: span.number, path: path) else { return }
            var span = span
            span.seq = speech.seq
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
        func hand(_ piece: Piece, last: Bool) throws {
            // The file's last piece covers the rest (blank lines, a last line end).
            let covered = last ? max(fileBytes - bytesHanded, bytes) : bytes
            try emit(piece, covered)
            bytesHanded += covered
            bytes = 0
        }
        for (number, entry) in order.enumerated() {
            let transcriptHash = order.count == 1 ? hash : "\(hash)#\(number)"
            let spans = entry.lines.enumerated().sorted { ($0.element.seq, $0.offset) < ($1.element.seq, $1.offset) }
                .map(\.element)
            order[number].lines = []
            // Sequence numbers as exported, when every line has one and they increase (as `read`).
            let seqs = spans.map(\.seq)
            let kept = seqs.first.map { $0 > 0 } == true && zip(seqs, seqs.dropFirst()).allSatisfy { $0 < $1 }
            let size = spans.reduce(0) { $0 + $1.length + 1 }
            if size >= groupBytes {
                if !group.isEmpty { try hand(.transcripts(group), last: false) }
                group = []
                var first = 0
                while first < spans.count {
                    var end = first
                    var partSize = 0
                    while end < spans.count && (partSize < groupBytes || end == first) {
                        partSize += spans[end].length + 1
                        end += 1
                    }
                    let speeches = try Self.speeches(at: spans[first..<end], in: handle, path: path)
                    let part = ParsedTranscript(
                        transcript: entry.transcript, speeches: speeches.map(\.speech),
                        seqs: kept ? Array(seqs[first..<end]) : nil)
                    bytes += partSize
                    let isLast = end == spans.count
                    try hand(.part(part, hash: transcriptHash, last: isLast), last: isLast && number == order.count - 1)
                    first = end
                }
                continue
            }
            let speeches = try Self.speeches(at: spans[...], in: handle, path: path)
            bytes += size
            group.append((ParsedTranscript(transcript: entry.transcript, speeches: speeches.map(\.speech), seqs: kept ? seqs : nil), transcriptHash))
            if bytes >= groupBytes || number == order.count - 1 {
                try hand(.transcripts(group), last: number == order.count - 1)
                group = []
            }
        }
    }

    /// The speeches of lines `spans` of the file, read back (neighbouring lines in one read).
    static func speeches(at spans: ArraySlice<LineSpan>, in handle: FileHandle, path: String) throws -> [ExportedSpeech] {
        var speeches: [ExportedSpeech] = []
        speeches.reserveCapacity(spans.count)
        var run = spans.startIndex
        while run < spans.endIndex {
            // A run of lines that follow one another in the file, up to 8 MB.
            var end = run + 1
            while end < spans.endIndex, spans[end].offset == spans[end - 1].offset + spans[end - 1].length + 1,
                spans[end].offset + spans[end].length - spans[run].offset <= 8 << 20
            {
                end += 1
            }
            let from = spans[run].offset
            let length = spans[end - 1].offset + spans[end - 1].length - from
            try handle.seek(toOffset: UInt64(from))
            let data = try handle.read(upToCount: length) ?? Data()
            for span in spans[run..<end] {
                let start = data.startIndex + span.offset - from
                // The file changed between the passes: its lines are not where they were.
                guard data.count >= span.offset - from + span.length,
                    let speech = try Self.speech(in: data[start..<(start + span.length)], number: span.number, path: path)
                else {
                    throw CoreError.malformed(SourceLocation(file: path, line: span.number, column: 1), "the file changed while it was read")
                }
                speeches.append(speech)
            }
            run = end
        }
        return speeches
    }

    /// Calls `body` with each line of the file at `path` (without its line end) and where it lies,
    /// reading a mebibyte at a time; returns the bytes read and their content hash.
    static func forEachLine(path: String, _ body: (Data, LineSpan) throws -> Void) throws -> (bytes: Int, hash: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CoreError.unreadable(path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        var pending = Data()
        var pendingOffset = 0
        var number = 0
        var hash = ContentHash.Lanes()
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            hash.add(chunk)
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
        return (pendingOffset + pending.count, hash.digest)
    }
}
