import Foundation

/// CSV and TSV with one row per speech (`SpeechColumns` finds the columns), as spreadsheets,
/// published data sets and `export x.csv` hold them. Recognised by the extension `.csv` or `.tsv`
/// and a header naming text, speaker and date columns (a file named on its own is read anyway, so
/// the error can name the column it lacks). Consecutive rows of one transcript (the same `transcript_id`,
/// or the same title, body, section, date, source URL and format) form a transcript; a row without
/// text or a `YYYY-MM-DD` date is left out with a note. The file is read in chunks
/// (`stream`), and its transcripts handed on a few megabytes at a time.
public struct DelimitedSpeechReader: TranscriptReader {
    public let columns: SpeechColumns
    public var format: String { "csv" }
    public init(columns: SpeechColumns = SpeechColumns()) { self.columns = columns }

    /// Transcripts with the content hash each is stored under (its rows' fields).
    public typealias Group = [(transcript: ParsedTranscript, hash: String)]

    /// `.csv` is comma-separated, `.tsv` tab-separated; nil for other names.
    public static func separator(forFileName name: String) -> Delimited.Separator? {
        switch (name as NSString).pathExtension.lowercased() {
        case "csv": return .comma
        case "tsv": return .tab
        default: return nil
        }
    }

    public func recognizes(head: String, fileName: String) -> Bool {
        guard let separator = Self.separator(forFileName: fileName) else { return false }
        var parser = DelimitedParser(separator: separator)
        var header: [String]?
        parser.feed(head.utf8) { fields, _ in if header == nil { header = fields } }
        guard let header else { return false }
        return (try? columns.resolve(header, path: fileName)) != nil
    }

    public func read(_ data: Data, path: String) throws -> [ParsedTranscript] {
        var all: [ParsedTranscript] = []
        try stream([data], path: path) { group, _ in all += group.map(\.transcript) }
        guard !all.isEmpty else { throw CoreError.noSpeeches(path) }
        return all
    }

    /// Reads the file at `path` a mebibyte at a time; `emit` gets each group of transcripts and the
    /// bytes read for it.
    public func stream(path: String, emit: (Group, Int) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CoreError.unreadable(path, reason: "permission denied or not a file")
        }
        defer { try? handle.close() }
        if SourceText.isUTF16(handle.readData(ofLength: 4)) {
            // UTF-16 (Excel's "Unicode text") is converted whole; chunks of it are not UTF-8.
            try handle.seek(toOffset: 0)
            let whole = try handle.readToEnd() ?? Data()
            return try stream([SourceText.normalized(whole)], path: path, emit: emit)
        }
        try handle.seek(toOffset: 0)
        let chunks = AnyIterator { () -> Data? in
            let chunk = handle.readData(ofLength: 1 << 20)
            return chunk.isEmpty ? nil : chunk
        }
        try stream(chunks, path: path, emit: emit)
    }

    /// Transcripts handed on once this much text is waiting.
    static let groupBytes = 4 << 20

    func stream(_ chunks: some Sequence<Data>, path: String, emit: (Group, Int) throws -> Void) throws {
        let separator = Self.separator(forFileName: path) ?? .comma
        var parser = DelimitedParser(separator: separator)
        var builder: DelimitedTranscriptBuilder?
        var group: Group = []
        var groupBytes = 0
        var bytesRead = 0
        var transcripts = 0
        let handle = { (fields: [String], line: Int) throws in
            guard builder != nil else {
                let found = try columns.resolve(fields, path: path)
                builder = DelimitedTranscriptBuilder(
                    columns: found, path: path, defaultFormat: separator == .comma ? "csv" : "tsv")
                return
            }
            if let done = builder!.add(fields, line: line) {
                groupBytes += done.bytes
                transcripts += 1
                group.append((done.transcript, done.hash))
            }
        }
        for chunk in chunks {
            bytesRead += chunk.count
            try parser.feed(chunk, handle)
            if groupBytes >= Self.groupBytes {
                try emit(group, bytesRead)
                group = []
                groupBytes = 0
                bytesRead = 0
            }
        }
        if parser.isInsideQuotes {
            builder?.notes.append("\(path): a quoted field is not closed before the end of the file")
        }
        try parser.finish(handle)
        if let done = builder?.finish() {
            transcripts += 1
            group.append((done.transcript, done.hash))
        }
        guard transcripts > 0 else { throw CoreError.noSpeeches(path) }
        try emit(group, bytesRead)
    }
}
