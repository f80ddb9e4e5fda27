import Foundation

/// JSON Lines in the shape `export` writes (`ExportedSpeech`): one object per speech carrying its
/// transcript's fields. Lines with the same `transcript_id` (or, without one, the same title, body,
/// section, date, source URL and format) form one transcript, its speeches in `seq` order; blank
/// lines are ignored. A line that is not such an object stops the file with its line and column.
public struct JSONLinesReader: TranscriptReader {
    public let format = "jsonl"
    public init() {}

    /// The first line is an object naming a speaker and a date (the text, written last, may lie
    /// beyond the head).
    public func recognizes(head: String, fileName: String) -> Bool {
        let first = head.drop { $0.isWhitespace }.prefix { $0 != "\n" }
        return first.hasPrefix("{") && first.contains("\"speaker\"") && first.contains("\"date\"")
            && first.contains("\"title\"")
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        var order: [String] = []
        var groups: [String: (transcript: Transcript, lines: [ExportedSpeech])] = [:]
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line))
            } catch {
                throw JSONProblem.malformed(error, data: Data(line), path: path, line: lineNumber)
            }
            let location = SourceLocation(file: path, line: lineNumber, column: 1)
            guard let fields = object as? [String: Any] else {
                throw CoreError.malformed(location, "expected one JSON object per line")
            }
            let speech = try ExportedSpeech(object: fields, location: location)
            let key = speech.transcriptID.map { "#\($0)" }
                ?? [speech.title, speech.body, speech.section, speech.date, speech.sourceURL ?? "", speech.format]
                .joined(separator: "\u{1F}")
            if groups[key] == nil {
                order.append(key)
                groups[key] = (speech.transcript, [])
            }
            groups[key]?.lines.append(speech)
        }
        guard !order.isEmpty else { throw CoreError.noSpeeches(path) }
        return order.compactMap { key in
            guard let group = groups[key] else { return nil }
            let lines = group.lines.enumerated().sorted { ($0.element.seq, $0.offset) < ($1.element.seq, $1.offset) }
            // Sequence numbers as exported, when every line has one and they increase.
            let seqs = lines.map(\.element.seq)
            let kept = seqs.first.map { $0 > 0 } == true && zip(seqs, seqs.dropFirst()).allSatisfy { $0 < $1 }
            return ParsedTranscript(
                transcript: group.transcript, speeches: lines.map(\.element.speech), seqs: kept ? seqs : nil)
        }
    }
}
