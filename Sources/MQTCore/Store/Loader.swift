import Foundation

/// The result of loading a set of paths.
public struct LoadReport: Sendable, Equatable {
    /// What readers left out of the files they read, one line each (`FILE: row N: why`).
    public var notes: [String] = []
    /// Files stored as new or replacing an older version.
    public var loadedFiles: [String] = []
    /// Files already stored (same content) or older than the stored version of their day.
    public var unchangedFiles: [String] = []
    /// Files in a folder that are not transcripts (README, changedates.txt, ...).
    public var skippedFiles: [String] = []
    /// Files that could not be read, with the error for each.
    public var failures: [(file: String, error: String)] = []
    /// Transcripts and speeches stored by this load.
    public var transcripts = 0
    public var speeches = 0
    /// Bytes read.
    public var bytes = 0

    public init() {}

    public static func == (a: LoadReport, b: LoadReport) -> Bool {
        a.loadedFiles == b.loadedFiles && a.unchangedFiles == b.unchangedFiles && a.skippedFiles == b.skippedFiles
            && a.failures.map(\.file) == b.failures.map(\.file) && a.transcripts == b.transcripts
            && a.speeches == b.speeches
    }
}

/// Progress of a load, reported after each file.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var speeches: Int
    /// True once every file is stored and the indexes dropped for the load are being built.
    public var indexing = false
}

/// Expands paths into files, recognises each file's format, parses it and stores it.
public struct Loader {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Loads files and folders (recursively, in name order). A file named explicitly that is not a
    /// transcript is a failure; inside a folder it is skipped. A background thread reads and parses
    /// a few files ahead (`ReadAhead`) while this thread stores them, several files per transaction
    /// (`batchBytes`), each file whole or not at all; `progress` and `isCancelled` are called on
    /// this thread, after each file. Into an empty store, some secondary indexes are dropped first
    /// and built once at the end (`Schema.speechIndexes`).
    public func load(
        _ paths: [String], progress: ((LoadProgress) -> Void)? = nil, isCancelled: () -> Bool = { false }
    ) throws -> LoadReport {
        // Ctrl-C ends a load between files (`isCancelled`), never inside a batch's statements.
        try store.withoutInterrupts { try loadFiles(paths, progress: progress, isCancelled: isCancelled) }
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
        let readAhead = ReadAhead(files: files.map { ($0.path, $0.explicit) })
        readAhead.start()
        defer { readAhead.cancel() }
        let buildsIndexesAtEnd = try !files.isEmpty && store.isEmpty()
        let restore = try bulkLoadSettings(intoEmptyStore: buildsIndexesAtEnd)
        defer { try? restore() }
        if buildsIndexesAtEnd { try store.queue.write { db in try Schema.dropDeferredSpeechIndexes(db) } }
        var filesDone = 0
        var versions: [String: Int] = [:]
        var stopped = false
        while !stopped {
            var batch: [ReadAhead.Item] = []
            var pendingSpeeches = 0
            let stored: [[AddOutcome]]? = try? store.inBatch { transaction in
                var outcomes: [[AddOutcome]] = []
                var bytes = 0
                while bytes < Self.batchBytes, let item = readAhead.next() {
                    if isCancelled() {
                        stopped = true
                        break
                    }
                    batch.append(item)
                    bytes += item.bytes
                    outcomes.append(try Self.store(item, in: &transaction))
                    pendingSpeeches += outcomes.last!.reduce(0) { $0 + $1.speechCount }
                    filesDone += 1
                    progress?(
                        LoadProgress(
                            filesDone: filesDone, filesTotal: files.count, bytesDone: report.bytes + bytes,
                            bytesTotal: bytesTotal, speeches: report.speeches + pendingSpeeches))
                }
                return outcomes
            }
            if batch.isEmpty { break }
            if let stored {
                for (item, outcomes) in zip(batch, stored) {
                    record(item, .success(outcomes), into: &report, versions: &versions)
                }
            } else {
                // The batch was rolled back: store its files one per transaction, so only the
                // file at fault is left out.
                for item in batch {
                    let outcomes = Result { try store.inBatch { try Self.store(item, in: &$0) } }
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
            try store.queue.write { db in try Schema.createMissingSpeechIndexes(db) }
        }
        return report
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
                if changed { report.loadedFiles.append(item.path) } else { report.unchangedFiles.append(item.path) }
            }
        }
    }

    /// For a file store: SQLite settings for bulk loading, a larger page cache and checkpoints
    /// less often. In WAL mode `synchronous = NORMAL` never corrupts the file (a crash may lose
    /// only the last commits). Into an empty store the load runs with `synchronous = OFF`: no
    /// fsync at each checkpoint, about 10% faster at 60x. A crash of mqt still loses nothing it
    /// committed; only an operating-system crash or power cut during that first load can damage
    /// the file, and it held nothing before. The returned closure puts the previous values back
    /// and then checkpoints with them, so the load is on disk when `load` returns.
    func bulkLoadSettings(intoEmptyStore: Bool) throws -> () throws -> Void {
        guard store.path != nil else { return {} }
        let previous = try store.queue.writeWithoutTransaction { db -> (Int, Int, Int) in
            let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
            let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            let checkpoint = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
            try db.execute(sql: "PRAGMA synchronous = \(intoEmptyStore ? "OFF" : "NORMAL")")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
            try Self.setFTSMerging(db, automerge: 16, crisismerge: 64, hashsize: 16 << 20)
            return (synchronous, cache, checkpoint)
        }
        return { [store] in
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = \(previous.0)")
                try db.execute(sql: "PRAGMA cache_size = \(previous.1)")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(previous.2)")
                try Self.setFTSMerging(db, automerge: 4, crisismerge: 16, hashsize: 1 << 20)
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }

    /// While a load runs, FTS5 merges its index segments less eagerly and keeps up to 16 MB of
    /// new terms in memory before writing them out as a segment (a batch's worth, instead of a
    /// segment per megabyte); the defaults (4, 16, 1 MB) come back afterwards.
    static func setFTSMerging(_ db: Database, automerge: Int, crisismerge: Int, hashsize: Int) throws {
        guard try db.tableExists("speech_fts") else { return }
        try db.execute(sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES ('hashsize', ?)", arguments: [hashsize])
        try db.execute(sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES ('automerge', ?)", arguments: [automerge])
        try db.execute(
            sql: "INSERT INTO speech_fts(speech_fts, rank) VALUES ('crisismerge', ?)", arguments: [crisismerge])
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
