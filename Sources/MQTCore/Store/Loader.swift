import Foundation
import GRDB

/// Expands paths into files, recognises each file's format, parses it and stores it.
public struct Loader {
    public let store: Store
    /// The columns of CSV and TSV files that common names do not find (`load --columns`).
    public let columns: SpeechColumns
    /// Files of this many bytes or more are stored in parts as they are parsed, of this much
    /// speech text each (`ReadAhead.streamedBytes`; tests set them low).
    var partsFrom = ReadAhead.streamedBytes
    var partBytes = ReadAhead.textPerPart
    public init(store: Store, columns: SpeechColumns = SpeechColumns()) {
        self.store = store
        self.columns = columns
    }

    /// Loads files and folders (recursively, in name order). A file named explicitly that is not a
    /// transcript is a failure; inside a folder it is skipped. A background thread reads and parses
    /// a few files ahead (`ReadAhead`) while this thread stores them, several files per transaction
    /// (`batchBytes`), each file whole or not at all; `progress` and `isCancelled` are called on
    /// this thread, after each file. Into an empty store, some secondary indexes are dropped first
    /// and built once at the end (`Schema.speechIndexes`).
    public func load(
        _ paths: [String], progress: ((LoadProgress) -> Void)? = nil, isCancelled: () -> Bool = { false }
    ) throws -> LoadReport {
        try store.checkWritable("load")
        do {
            // Ctrl-C ends a load between files (`isCancelled`), never inside a batch's statements.
            return try store.withoutInterrupts { try loadFiles(paths, progress: progress, isCancelled: isCancelled) }
        } catch let error as DatabaseError {
            throw store.storeError(error)
        }
    }

    func loadFiles(
        _ paths: [String], progress: ((LoadProgress) -> Void)?, isCancelled: () -> Bool
    ) throws -> LoadReport {
        var report = LoadReport()
        var files: [(path: String, explicit: Bool, size: Int)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report.failures.append((path, CoreError.fileNotFound(path).description))
                continue
            }
            if isDirectory.boolValue {
                files += Self.filesBelow(path).map { ($0, false, Self.size(of: $0)) }
            } else {
                files.append((path, true, Self.size(of: path)))
            }
        }
        let bytesTotal = files.reduce(0) { $0 + $1.size }
        let readAhead = ReadAhead(
            files: files.map { ($0.path, $0.explicit) }, columns: columns, partsFrom: partsFrom, partBytes: partBytes)
        readAhead.start()
        defer { readAhead.cancel() }
        let buildsIndexesAtEnd = try !files.isEmpty && store.isEmpty()
        let restore = try bulkLoadSettings(intoEmptyStore: buildsIndexesAtEnd)
        defer { try? restore() }
        if buildsIndexesAtEnd { try store.queue.write { db in try Schema.dropDeferredSpeechIndexes(db) } }
        // Without the speech-id index, the duplicate rule finds ids stored by this load here.
        let ids = buildsIndexesAtEnd ? LoadedSpeechIDs() : nil
        var filesDone = 0
        var versions: [String: Int] = [:]
        var stopped = false
        // A large file's first part, met while filling a batch: it is stored next, on its own.
        var carried: ReadAhead.Item?
        while !stopped {
            if let first = carried {
                carried = nil
                let (bytesBefore, speechesBefore, done) = (report.bytes, report.speeches, filesDone)
                stopped = storeInParts(
                    first, from: readAhead, ids: ids, into: &report, versions: &versions, isCancelled: isCancelled
                ) { bytes, speeches in
                    progress?(
                        LoadProgress(
                            filesDone: done, filesTotal: files.count, bytesDone: bytesBefore + bytes,
                            bytesTotal: bytesTotal, speeches: speechesBefore + speeches))
                }
                if first.part == 0 { filesDone += 1 }
                continue
            }
            var batch: [ReadAhead.Item] = []
            var pendingSpeeches = 0
            let stored: [[AddOutcome]]? = try? store.inBatch(ids: ids) { transaction in
                if report.lastTranscriptIDBefore == nil {
                    report.lastTranscriptIDBefore = try Self.lastTranscriptID(transaction)
                }
                var outcomes: [[AddOutcome]] = []
                var bytes = 0
                while bytes < Self.batchBytes, let item = readAhead.next() {
                    if isCancelled() {
                        stopped = true
                        break
                    }
                    if case .part = item.outcome {
                        carried = item
                        break
                    }
                    batch.append(item)
                    bytes += item.bytes
                    outcomes.append(try Self.store(item, in: &transaction))
                    pendingSpeeches += outcomes.last!.reduce(0) { $0 + $1.speechCount }
                    if item.part == 0 { filesDone += 1 }
                    progress?(
                        LoadProgress(
                            filesDone: filesDone, filesTotal: files.count, bytesDone: report.bytes + bytes,
                            bytesTotal: bytesTotal, speeches: report.speeches + pendingSpeeches))
                }
                return outcomes
            }
            if batch.isEmpty {
                if carried == nil { break }
                continue
            }
            if let stored {
                for (item, outcomes) in zip(batch, stored) {
                    record(item, .success(outcomes), into: &report, versions: &versions)
                }
            } else {
                // The batch was rolled back: store its files one per transaction, so only the
                // file at fault is left out.
                for item in batch {
                    let outcomes = Result { try store.inBatch(ids: ids) { try Self.store(item, in: &$0) } }
                    if case .failure(let error) = outcomes, error is StoreFull {
                        // Every later file would fail the same way: one error, and what was stored.
                        report.failures.append((item.path, CoreError.storeFull(file: item.path, stored: report.storedSummary).description))
                        stopped = true
                        break
                    }
                    record(item, outcomes, into: &report, versions: &versions)
                }
            }
        }
        readAhead.cancel()
        if buildsIndexesAtEnd {
            progress?(
                LoadProgress(
                    filesDone: filesDone, filesTotal: files.count, bytesDone: report.bytes, bytesTotal: bytesTotal,
                    speeches: report.speeches, indexing: true))
            do {
                try store.queue.write { db in try Schema.createMissingSpeechIndexes(db) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
                // The files are stored; the next open of the store builds the indexes (`Schema.open`).
            }
        }
        return report
    }

    /// The id of the last transcript stored, or 0: a load's new transcripts come after it.
    static func lastTranscriptID(_ batch: StoreBatch) throws -> Int64 {
        try Int64.fetchOne(batch.db, sql: "SELECT coalesce(max(id), 0) FROM transcripts") ?? 0
    }

    /// Source bytes stored per transaction: several files share one commit and one index segment.
    static let batchBytes = 8 << 20

    /// Stores the transcripts one file gave (none when it failed or is not a transcript).
    static func store(_ item: ReadAhead.Item, in batch: inout StoreBatch) throws -> [AddOutcome] {
        guard case .prepared(let transcripts) = item.outcome else { return [] }
        return try transcripts.map { try batch.add($0) }
    }

    /// Counts what storing one file did. `versions` holds the speeches of each versioned day
    /// stored by this load, so a newer version replacing one loaded moments before counts once.
    func record(
        _ item: ReadAhead.Item, _ stored: Result<[AddOutcome], Error>, into report: inout LoadReport,
        versions: inout [String: Int]
    ) {
        report.bytes += item.bytes
        switch item.outcome {
        case .notTranscript:
            if item.explicit {
                report.failures.append((item.path, CoreError.unrecognisedFormat(item.path).description))
            } else {
                report.skippedFiles.append(item.path)
            }
        case .failure(let message):
            report.failures.append((item.path, message))
        case .part:
            // A file in parts is recorded whole, as one prepared transcript (`storeInParts`).
            break
        case .prepared(let transcripts):
            switch stored {
            case .failure(let error as CoreError):
                report.failures.append((item.path, error.description))
            case .failure(let error):
                report.failures.append((item.path, "\(item.path): \(error)"))
            case .success(let outcomes):
                var changed = false
                for (transcript, outcome) in zip(transcripts, outcomes) {
                    switch outcome {
                    case .added(let count), .replaced(let count):
                        report.notes += transcript.parsed.notes
                        let key = transcript.parsed.transcript.versionKey
                        if case .replaced = outcome, let key, let earlier = versions[key] {
                            report.transcripts -= 1
                            report.speeches -= earlier
                        }
                        if let key { versions[key] = count }
                        report.transcripts += 1
                        report.speeches += count
                        changed = true
                    case .unchanged, .superseded:
                        break
                    }
                }
                if item.part > 0 {
                    // A later part of a file read in parts: the file is listed once, as loaded if
                    // any part stored something.
                    if changed && report.loadedFiles.last != item.path {
                        if report.unchangedFiles.last == item.path { report.unchangedFiles.removeLast() }
                        report.loadedFiles.append(item.path)
                    }
                } else if changed {
                    report.loadedFiles.append(item.path)
                } else {
                    report.unchangedFiles.append(item.path)
                }
            }
        }
    }

    /// Regular files below `folder`, hidden ones left out, sorted by path.
    public static func filesBelow(_ folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [String] = []
        for case let item as URL in walker {
            if (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(item.path.dropFirst(url.path.count).drop(while: { $0 == "/" }))
                result.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
            }
        }
        return result.sorted()
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
