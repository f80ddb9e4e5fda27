import Foundation

/// Reads, recognises, parses and prepares files on a background thread, a few files ahead of the
/// thread that stores them, so parsing (one core) overlaps SQLite's inserting and indexing (the
/// other). Files come out in the order given. At most `capacityBytes` of source (or one file) wait
/// in memory, so memory stays flat however large the corpus; that is several batches' worth, so
/// the parser keeps going while the store commits a batch.
final class ReadAhead: @unchecked Sendable {
    /// What reading one file gave.
    enum Outcome {
        case prepared([PreparedTranscript])
        /// Recognised by no reader.
        case notTranscript
        /// Unreadable or malformed: the message to report.
        case failure(String)
        /// One part of a large file's transcript (`streamInParts`), stored as it comes inside one
        /// transaction (`Loader.storeInParts`); `last` on the final part. A file that fails after
        /// its first part ends with a `.failure` item instead.
        case part(PreparedTranscript, last: Bool)
    }

    struct Item {
        var path: String
        var explicit: Bool
        var bytes: Int
        var outcome: Outcome
        /// 0, or which later part of a file read in parts (a CSV or TSV, `DelimitedSpeechReader`,
        /// or a large file, `streamInParts`).
        var part = 0
    }

    private let files: [(path: String, explicit: Bool)]
    private let capacityBytes: Int
    /// The columns `load --columns` names, for CSV and TSV files.
    private let columns: SpeechColumns
    /// Source bytes of the files read and not yet handed out.
    private var readyBytes = 0
    private let condition = NSCondition()
    private var ready: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false

    /// Files of this many bytes or more are read in parts (`streamInParts`), of this much text each.
    private let partsFrom: Int
    private let partBytes: Int

    init(
        files: [(path: String, explicit: Bool)], capacityBytes: Int = 16 << 20, columns: SpeechColumns = SpeechColumns(),
        partsFrom: Int = ReadAhead.streamedBytes, partBytes: Int = ReadAhead.textPerPart
    ) {
        self.files = files
        self.capacityBytes = capacityBytes
        self.columns = columns
        self.partsFrom = partsFrom
        self.partBytes = partBytes
    }

    /// Starts the reading thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "mqt.read-ahead"
        thread.start()
    }

    /// The next file's outcome, waiting for it; nil when every file has been handed out.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == ready.count && !finished { condition.wait() }
        guard head < ready.count else { return nil }
        let item = ready[head]
        // Handed out items wait in `ready` until 64 are gone; their transcripts must not (a CSV's
        // parts are megabytes each).
        ready[head].outcome = .notTranscript
        readyBytes -= item.bytes
        head += 1
        if head > 64 {
            ready.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// Stops reading further files (those already read are dropped).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        for file in files {
            if DelimitedSpeechReader.separator(forFileName: file.path) != nil {
                guard streamDelimited(file.path, explicit: file.explicit) else { break }
                continue
            }
            if Loader.size(of: file.path) >= partsFrom, let reader = Self.partReader(file.path) {
                let going = reader is JSONLinesReader
                    ? streamJSONLines(file.path, explicit: file.explicit)
                    : streamInParts(file.path, explicit: file.explicit, reader: reader)
                guard going else { break }
                continue
            }
            guard waitForRoom() else { break }
            enqueue(Self.read(file.path, explicit: file.explicit))
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until fewer than `capacityBytes` wait; false once cancelled.
    private func waitForRoom() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while readyBytes >= capacityBytes && !cancelled { condition.wait() }
        return !cancelled
    }

    private func enqueue(_ item: Item) {
        condition.lock()
        ready.append(item)
        readyBytes += item.bytes
        condition.broadcast()
        condition.unlock()
    }

    /// A CSV or TSV, read in chunks and handed on a few transcripts at a time, so memory stays flat
    /// however large the file. One without a text column is not a transcript, unless named: then
    /// the error names the missing column. False once cancelled.
    private func streamDelimited(_ path: String, explicit: Bool) -> Bool {
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
    private func streamInParts(_ path: String, explicit: Bool, reader: any TranscriptReader) -> Bool {
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
            guard waitForRoom() else { return false }
            let message = (error as? CoreError)?.description ?? "\(path): \(error)"
            let bytes = max(Loader.size(of: path) - bytesHanded, 0)
            enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .failure(message), part: part))
        }
        return true
    }

    /// A large JSON Lines file, read from disk twice (`JSONLinesReader.stream`) and handed on a few
    /// transcripts at a time, as a CSV is; what it gives is what reading it whole gives. False once
    /// cancelled.
    private func streamJSONLines(_ path: String, explicit: Bool) -> Bool {
        struct Cancelled: Error {}
        var part = 0
        var bytesHanded = 0
        do {
            guard let hash = ContentHash.digest(fileAt: path) else {
                throw CoreError.unreadable(path, reason: "permission denied or not a file")
            }
            try JSONLinesReader().stream(path: path, hash: hash) { group, bytes in
                guard waitForRoom() else { throw Cancelled() }
                let prepared = group.map { PreparedTranscript($0.transcript, sourceFile: path, contentHash: $0.hash) }
                enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .prepared(prepared), part: part))
                bytesHanded += bytes
                part += 1
            }
        } catch is Cancelled {
            return false
        } catch {
            guard waitForRoom() else { return false }
            let message = (error as? CoreError)?.description ?? "\(path): \(error)"
            let bytes = max(Loader.size(of: path) - bytesHanded, 0)
            enqueue(Item(path: path, explicit: explicit, bytes: bytes, outcome: .failure(message), part: part))
        }
        return true
    }

    /// Prepares a file's transcripts, each handed over whole (`consume`) so its speeches are not
    /// copied; the Nth of several is hashed as `HASH#N`.
    static func prepare(_ parsed: consuming [ParsedTranscript], path: String, hash: String) -> [PreparedTranscript] {
        let count = parsed.count
        var prepared: [PreparedTranscript] = []
        for index in (0..<count).reversed() {
            let transcript = parsed.removeLast()
            prepared.append(PreparedTranscript(consume transcript, sourceFile: path, contentHash: count == 1 ? hash : "\(hash)#\(index)"))
        }
        return prepared.reversed()
    }

    /// Reads one file: recognises its format, parses it and prepares its transcripts.
    static func read(_ path: String, explicit: Bool) -> Item {
        var raw: Data
        do {
            raw = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let failure = CoreError.unreadable(path, reason: "permission denied or not a file")
            return Item(path: path, explicit: explicit, bytes: 0, outcome: .failure(failure.description))
        }
        let bytes = raw.count
        // Readers see UTF-8 with LF line ends; the hash stays the file's own bytes' (taken now
        // for a rewritten file, so its original need not stay in memory while it parses).
        let rewritten = SourceText.rewritten(raw)
        let rewrittenHash = rewritten.map { _ in ContentHash.digest(raw) }
        if rewritten != nil { raw = Data() }
        var data = rewritten ?? raw
        raw = Data()
        let fileName = (path as NSString).lastPathComponent
        guard let reader = ReaderRegistry.reader(for: data, fileName: fileName) else {
            return Item(path: path, explicit: explicit, bytes: bytes, outcome: .notTranscript)
        }
        return item(path, explicit: explicit, bytes: bytes) {
            let parsed = try reader.read(data, path: path)
            let hash = rewrittenHash ?? ContentHash.digest(data)
            // The file's bytes go before its speeches are prepared: both at once would double the peak.
            data = Data()
            return prepare(consume parsed, path: path, hash: hash)
        }
    }

    /// The item of a file whose transcripts `body` prepares; an error becomes its failure.
    static func item(_ path: String, explicit: Bool, bytes: Int, _ body: () throws -> [PreparedTranscript]) -> Item {
        do {
            return Item(path: path, explicit: explicit, bytes: bytes, outcome: .prepared(try body()))
        } catch let error as CoreError {
            return Item(path: path, explicit: explicit, bytes: bytes, outcome: .failure(error.description))
        } catch {
            return Item(path: path, explicit: explicit, bytes: bytes, outcome: .failure("\(path): \(error)"))
        }
    }
}
