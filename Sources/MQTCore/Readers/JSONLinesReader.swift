import Foundation

/// JSON Lines in the shape `export` writes (`ExportedSpeech`): one object per speech carrying its
/// transcript's fields. Lines with the same `transcript_id` (or, without one, the same title, body,
/// section, date, source URL and format) form one transcript, its speeches in `seq` order; blank
/// lines are ignored. A line that is not such an object stops the file with its line and column.
/// A large file is read from disk twice (`stream`) rather than held whole.
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
            guard let speech = try Self.speech(in: line, number: lineNumber, path: path) else { continue }
            let key = Self.transcriptKey(of: speech)
            if groups[key] == nil {
                order.append(key)
                groups[key] = (speech.transcript, [])
            }
            groups[key]?.lines.append(speech)
        }
        guard !order.isEmpty else { throw CoreError.noSpeeches(path) }
        return order.compactMap { key in groups[key].map { Self.transcript($0.transcript, $0.lines) } }
    }

    /// The speech on one line; nil for a blank line.
    static func speech(in line: Data, number: Int, path: String) throws -> ExportedSpeech? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line))
        } catch {
            throw JSONProblem.malformed(error, data: Data(line), path: path, line: number)
        }
        let location = SourceLocation(file: path, line: number, column: 1)
        guard let fields = object as? [String: Any] else {
            throw CoreError.malformed(location, "expected one JSON object per line")
        }
        return try ExportedSpeech(object: fields, location: location)
    }

    /// Which transcript a line belongs to.
    static func transcriptKey(of speech: ExportedSpeech) -> String {
        speech.transcriptID.map { "#\($0)" }
            ?? [speech.title, speech.body, speech.section, speech.date, speech.sourceURL ?? "", speech.format]
            .joined(separator: "\u{1F}")
    }

    /// A transcript of its lines, in `seq` order (file order among equals).
    static func transcript(_ transcript: Transcript, _ lines: [ExportedSpeech]) -> ParsedTranscript {
        let sorted = lines.enumerated().sorted { ($0.element.seq, $0.offset) < ($1.element.seq, $1.offset) }
        // Sequence numbers as exported, when every line has one and they increase.
        let seqs = sorted.map(\.element.seq)
        let kept = seqs.first.map { $0 > 0 } == true && zip(seqs, seqs.dropFirst()).allSatisfy { $0 < $1 }
        return ParsedTranscript(transcript: transcript, speeches: sorted.map(\.element.speech), seqs: kept ? seqs : nil)
    }
}
