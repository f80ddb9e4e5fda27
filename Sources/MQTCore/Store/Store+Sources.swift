import Foundation
import GRDB

/// A file the corpus was loaded from, with the hash of its content.
public struct SourceFile: Sendable, Equatable {
    /// The path as it was given to `load`.
    public var file: String
    /// `ContentHash.digest` of the file's bytes.
    public var contentHash: String
    public init(file: String, contentHash: String) {
        self.file = file
        self.contentHash = contentHash
    }
}

/// The files a corpus holds and one hash over all their contents: what an export names as its source.
public struct CorpusSources: Sendable, Equatable {
    /// Each file once, by path then hash.
    public var files: [SourceFile]
    /// `ContentHash.digest` of the files' content hashes, sorted and joined by newlines: the same
    /// contents give the same hash, whatever their paths or loading order.
    public var hash: String
}

extension Store {
    /// The files the transcripts came from. A file holding several transcripts is stored with
    /// `HASH#0`, `HASH#1`, ...; it is listed once, with its file's hash.
    public func sourceFiles() throws -> CorpusSources {
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT source_file, content_hash FROM transcripts")
        }
        var seen = Set<String>()
        var files: [SourceFile] = []
        for row in rows {
            let file: String = row["source_file"]
            let stored: String = row["content_hash"]
            let hash = String(stored.prefix { $0 != "#" })
            if seen.insert(file + "\n" + hash).inserted { files.append(SourceFile(file: file, contentHash: hash)) }
        }
        files.sort { ($0.file, $0.contentHash) < ($1.file, $1.contentHash) }
        let hashes = Set(files.map(\.contentHash)).sorted().joined(separator: "\n")
        return CorpusSources(files: files, hash: ContentHash.digest(Data(hashes.utf8)))
    }
}
