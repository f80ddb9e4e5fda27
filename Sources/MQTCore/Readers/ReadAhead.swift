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
    let columns: SpeechColumns
    /// Source bytes of the files read and not yet handed out.
    private var readyBytes = 0
    private let condition = NSCondition()
    private var ready: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false

    /// Files of this many bytes or more are read in parts (`streamInParts`), of this much text each.
    let partsFrom: Int
    let partBytes: Int

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
    func waitForRoom() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while readyBytes >= capacityBytes && !cancelled { condition.wait() }
        return !cancelled
    }

    /// Hands on an item read.
    func enqueue(_ item: Item) {
        condition.lock()
        ready.append(item)
        readyBytes += item.bytes
        condition.broadcast()
        condition.unlock()
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
