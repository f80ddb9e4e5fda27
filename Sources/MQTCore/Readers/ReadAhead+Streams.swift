import Foundation

/// The files `ReadAhead` hands on a part at a time as it reads them, so a large file is never in
/// memory whole: CSV and TSV, JSON Lines, and files whose reader hands on parts (ParlParse).
extension ReadAhead {
    /// A CSV or TSV, read in chunks and handed on a few transcripts at a time, so memory stays flat
    /// however large the file. One without a text column is not a transcript, unless named: then
    /// the error names the missing column. False once cancelled.
    func streamDelimited(_ path: String, explicit: Bool) -> Bool {
        let reader = DelimitedSpeechReader(columns: columns)
        let head = FileHandle(forReadingAtPath: path).map { handle in
            defer { try? handle.close() }
            return SourceText.head(of: handle.readData(ofLength: 8192))
        }
        if let head, !explicit, !reader.recognizes(head: head, fileName: path) {
            guard waitForRoom() else { return false }
            enqueue(Item(path: path, explicit: explicit, bytes: Loader.size(of: path), outcome: .notTranscript))
            return true
        }
        struct Cancelled: Error {}
        var part = 0
        do {
            try reader.stream(path: path) { group, bytes in
                guard waitForRoom() else { throw Cancelled() }
                let prepared = group.map { PreparedTranscript($0.transcript, sourceFile: path, contentHash: $0.hash) }
                enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .prepared(prepared), part: part))
                part += 1
            }
        } catch is Cancelled {
            return false
        } catch {
            guard waitForRoom() else { return false }
            let message = (error as? CoreError)?.description ?? "\(path): \(error)"
            enqueue(Item(path: path, explicit: explicit, bytes: 0, outcome: .failure(message), part: part))
        }
        return true
    }

    /// Files this large are parsed from disk a chunk at a time and stored a part at a time by
    /// readers that can (`TranscriptReader.read(file:partBytes:_:)`): neither the file's bytes
    /// nor all its speeches are ever in memory, so a load's memory does not grow with its largest
    /// file (`bench/memory`).
    static let streamedBytes = 32 << 20
    /// Speech text per part of a file read in parts.
    static let textPerPart = 4 << 20

    /// The reader of a large file when it can hand the file on in parts; nil when it cannot, or
    /// the file needs decoding first (UTF-16, a byte-order mark, CR line ends: read whole).
    static func partReader(_ path: String) -> (any TranscriptReader)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = (try? handle.read(upToCount: 8192)) ?? Data()
        try? handle.close()
        guard SourceText.rewritten(head) == nil else { return nil }
        return ReaderRegistry.reader(for: head, fileName: (path as NSString).lastPathComponent)
    }

    /// Reads a large file in parts, each enqueued as it is parsed; a failure after the first part
    /// is enqueued as the file's next part. A reader that cannot read in parts reads it whole.
    /// False once cancelled.
    func streamInParts(_ path: String, explicit: Bool, reader: any TranscriptReader) -> Bool {
        struct Cancelled: Error {}
        var hash: String?
        var part = 0
        var bytesHanded = 0
        do {
            let handled = try reader.read(file: path, partBytes: partBytes) { parsed, bytesRead, last in
                guard waitForRoom() else { throw Cancelled() }
                if hash == nil {
                    hash = ContentHash.digest(fileAt: path)
                    guard hash != nil else { throw CoreError.unreadable(path, reason: "permission denied or not a file") }
                }
                // The parts' bytes add up to the file's size, for the progress line.
                let bytes = last ? max(Loader.size(of: path) - bytesHanded, 0) : max(bytesRead - bytesHanded, 0)
                bytesHanded += bytes
                let prepared = PreparedTranscript(parsed, sourceFile: path, contentHash: hash!)
                enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .part(prepared, last: last), part: part))
                part += 1
            }
            if !handled {
                guard waitForRoom() else { return false }
                enqueue(Self.read(path, explicit: explicit))
            }
        } catch is Cancelled {
            return false
        } catch {
            return enqueueFailure(error, of: path, explicit: explicit, part: part, bytesHanded: bytesHanded)
        }
        return true
    }

    /// A large JSON Lines file, read from disk twice (`JSONLinesReader.stream`) and handed on a few
    /// transcripts at a time, as a CSV is, and a transcript too large to hold in parts, stored in
    /// one transaction as a ParlParse file's are; what it gives is what reading it whole gives.
    /// False once cancelled.
    func streamJSONLines(_ path: String, explicit: Bool) -> Bool {
        struct Cancelled: Error {}
        var part = 0
        var bytesHanded = 0
        do {
            try JSONLinesReader().stream(path: path, groupBytes: partBytes) { piece, bytes in
                guard waitForRoom() else { throw Cancelled() }
                let outcome: Outcome
                switch piece {
                case .transcripts(let group):
                    outcome = .prepared(group.map { PreparedTranscript($0.transcript, sourceFile: path, contentHash: $0.hash) })
                case .part(let transcript, let hash, let last):
                    outcome = .part(PreparedTranscript(transcript, sourceFile: path, contentHash: hash), last: last)
                }
                enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: outcome, part: part))
                bytesHanded += bytes
                part += 1
            }
        } catch is Cancelled {
            return false
        } catch {
            return enqueueFailure(error, of: path, explicit: explicit, part: part, bytesHanded: bytesHanded)
        }
        return true
    }

    /// Enqueues the error that ended a file read in parts, as its next part (covering the bytes its
    /// parts did not); false once cancelled.
    func enqueueFailure(_ error: Error, of path: String, explicit: Bool, part: Int, bytesHanded: Int) -> Bool {
        guard waitForRoom() else { return false }
        let message = (error as? CoreError)?.description ?? "\(path): \(error)"
        let bytes = max(Loader.size(of: path) - bytesHanded, 0)
        enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .failure(message), part: part))
        return true
    }
}
