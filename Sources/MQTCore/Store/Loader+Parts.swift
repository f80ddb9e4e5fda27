import Foundation

extension Loader {
    /// Stores a large transcript that comes in parts (`ReadAhead.Outcome.part`), beginning with
    /// `first`, in a transaction of its own, taking each part from `readAhead` as it is parsed: it
    /// goes in whole or not at all, and memory holds a few of its parts, never all its speeches.
    /// Records the file in `report`; `progress` gets the bytes and speeches of the file so far.
    /// True when the load must stop (cancelled, or the store is full).
    func storeInParts(
        _ first: ReadAhead.Item, from readAhead: ReadAhead, ids: LoadedSpeechIDs?, into report: inout LoadReport,
        versions: inout [String: Int], isCancelled: () -> Bool, progress: (_ bytes: Int, _ speeches: Int) -> Void
    ) -> Bool {
        struct Failed: Error { let message: String }
        struct Cancelled: Error {}
        var item = first
        var taken = 0
        var ended = false
        var bytes = 0
        var speeches = 0
        var notes: [String] = []
        var transcript: PreparedTranscript?
        /// The file's next part; throws when the file failed or the load is cancelled.
        func take() throws -> (part: PreparedTranscript, last: Bool) {
            if taken > 0 {
                if isCancelled() { throw Cancelled() }
                guard let following = readAhead.next() else { throw Cancelled() }
                item = following
            }
            taken += 1
            bytes += item.bytes
            switch item.outcome {
            case .part(let part, let last):
                ended = last
                speeches += part.parsed.speeches.count
                notes += part.parsed.notes
                transcript = PreparedTranscript(
                    ParsedTranscript(transcript: part.parsed.transcript, speeches: [], notes: notes),
                    sourceFile: part.sourceFile, contentHash: part.contentHash)
                progress(bytes, speeches)
                return (part, last)
            case .failure(let message):
                ended = true
                throw Failed(message: message)
            case .prepared, .notTranscript:
                // The reader hands on a file's parts in a row, ending with its last or a failure.
                ended = true
                throw Failed(message: "\(first.path): the file's parts ended early")
            }
        }
        let lastIDBefore = report.lastTranscriptIDBefore
        let stored = Result {
            try store.inBatch(ids: ids) { batch in
                if lastIDBefore == nil { report.lastTranscriptIDBefore = try Self.lastTranscriptID(batch) }
                return try batch.add(inParts: take)
            }
        }
        if case .failure(is Cancelled) = stored { return true }
        // A file the store failed part way: its later parts are still on their way from the reader.
        while !ended, let following = readAhead.next() {
            bytes += following.bytes
            if case .part(_, last: false) = following.outcome { continue }
            ended = true
        }
        // A transcript in parts may follow others of its file (JSON Lines): the file is then
        // recorded as a later part of itself.
        var file = ReadAhead.Item(path: first.path, explicit: first.explicit, bytes: bytes, outcome: .notTranscript, part: first.part)
        switch stored {
        case .failure(let failed as Failed):
            file.outcome = .failure(failed.message)
        case .failure(is StoreFull):
            report.bytes += bytes
            report.failures.append((first.path, CoreError.storeFull(file: first.path, stored: report.storedSummary).description))
            return true
        default:
            file.outcome = transcript.map { .prepared([$0]) } ?? .failure("\(first.path): no part was read")
        }
        record(file, stored.map { [$0] }, into: &report, versions: &versions)
        return false
    }
}
