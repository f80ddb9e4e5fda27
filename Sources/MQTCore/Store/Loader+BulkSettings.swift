import GRDB

extension Loader {
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
}
