import Foundation

/// Reads one file format. Readers are registered in `ReaderRegistry.all`; detection is by content.
public protocol TranscriptReader: Sendable {
    /// Short format name stored with each transcript (e.g. "twfy-text").
    var format: String { get }
    /// Whether `head` (the first few KB of the file, decoded leniently) is in this format.
    func recognizes(head: String, fileName: String) -> Bool
    /// Parses a whole file; one file may hold several transcripts (e.g. API JSON).
    func read(_ data: Data, path: String) throws -> [ParsedTranscript]
    /// Parses the file at `path` from disk, for large files whose one transcript can be handed
    /// on a part at a time: `part` gets the transcript with about `partBytes` of speech text at a
    /// time, in order, with the bytes of the file read so far, and `last` on the final part (which
    /// may hold no speeches). False, with no part handed on, when this reader cannot (the loader
    /// then reads the file into memory whole).
    func read(
        file path: String, partBytes: Int,
        _ part: (_ transcript: ParsedTranscript, _ bytesRead: Int, _ last: Bool) throws -> Void
    ) throws -> Bool
}

extension TranscriptReader {
    public func read(file path: String, partBytes: Int, _ part: (ParsedTranscript, Int, Bool) throws -> Void) throws
        -> Bool
    {
        false
    }
}

/// The list of readers, most specific first.
public enum ReaderRegistry {
    /// Every reader, tried in order.
    nonisolated(unsafe) public static var all: [any TranscriptReader] = [
        TWFYTextReader(),
        ParlParseReader(), OpenAustraliaReader(), AkomaNtosoReader(), TEIReader(),
        TWFYHTMLReader(), TWFYJSONReader(), ZAQuestionsReader(),
        PlainTranscriptReader(), JSONLinesReader(), DelimitedSpeechReader(),
    ]

    /// The reader for a file, judged from its first bytes and name; nil when none recognises it.
    public static func reader(for data: Data, fileName: String) -> (any TranscriptReader)? {
        let head = String(decoding: data.prefix(8192), as: UTF8.self)
        return all.first { $0.recognizes(head: head, fileName: fileName) }
    }
}

/// Whether a file's first bytes are markup: a Markdown or text file that quotes XML is not XML.
public enum MarkupHead {
    /// True when the first character after a byte-order mark and white space is `<`.
    public static func isMarkup(_ head: String) -> Bool {
        head.first { !$0.isWhitespace && $0 != "\u{FEFF}" } == "<"
    }
}
