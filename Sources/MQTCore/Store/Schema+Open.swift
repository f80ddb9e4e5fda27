import Foundation
import GRDB

extension Schema {
    /// Prepares the schema of a store being opened, writing only when something needs it: a new
    /// store, an upgrade, or secondary indexes a killed load left dropped. Those are built only
    /// when no other process is writing (a running load drops them on purpose and builds them at
    /// its end); a read-only store is searched without them.
    static func open(_ queue: DatabaseQueue, readOnly: Bool, path: String, busyTimeout: TimeInterval) throws {
        let state = try queue.read { db -> (version: String?, indexesMissing: Bool) in
            guard try db.tableExists("mqt_meta") else { return (nil, false) }
            let version = try String.fetchOne(db, sql: "SELECT value FROM mqt_meta WHERE key = 'schema_version'")
            let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
            return (version, speechIndexes.contains { !present.contains($0.name) })
        }
        if state.version == String(schemaVersion) {
            guard state.indexesMissing && !readOnly else { return }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(busyTimeout * 1000))") }
                do {
                    try db.inTransaction {
                        try createMissingSpeechIndexes(db)
                        return .commit
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    // Another process is loading: it builds them when it is done.
                }
            }
            return
        }
        if readOnly {
            throw CoreError.readOnlyStore(
                path, action: state.version == nil ? "create a store in it" : "upgrade it from schema version \(state.version!) to \(schemaVersion)")
        }
        try queue.write { db in try prepare(db) }
    }
}
