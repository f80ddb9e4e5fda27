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
    /// The newest transcript's row id when this load first held the store for writing (another
    /// process may have stored more while it waited): what this load stored comes after it.
    public var lastTranscriptIDBefore: Int64?

    public init() {}

    /// `stored 2 files before it: 3 transcripts, 40 speeches`, for an error that stops a load.
    var storedSummary: String {
        func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return "stored \(counted(loadedFiles.count, "file", "files")) before it: "
            + "\(counted(transcripts, "transcript", "transcripts")), \(counted(speeches, "speech", "speeches"))"
    }

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
