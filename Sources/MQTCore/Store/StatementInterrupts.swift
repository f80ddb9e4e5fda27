import GRDB
import GRDBSQLite

/// Lets Ctrl-C stop a long SQL statement (a ranked search over half a million speeches, say):
/// SQLite calls the progress handler every few thousand virtual-machine steps, and a non-zero
/// answer ends the statement with SQLITE_INTERRUPT. A load turns it off, because it stops between
/// files instead and must not lose a batch it has half written.
final class StatementInterrupts: @unchecked Sendable {
    /// Read by the handler on the database's thread; written around a load on the same thread.
    nonisolated(unsafe) var isEnabled = true

    /// Installs the handler on a connection; `self` must outlive it (the store owns both).
    func install(on db: Database) {
        sqlite3_progress_handler(
            db.sqliteConnection, 4096,
            { context in
                guard let context else { return 0 }
                let interrupts = Unmanaged<StatementInterrupts>.fromOpaque(context).takeUnretainedValue()
                return interrupts.isEnabled && Interruption.isRequested ? 1 : 0
            }, Unmanaged.passUnretained(self).toOpaque())
    }
}

extension Store {
    /// Runs `body` with Ctrl-C unable to stop a statement (it may still end a loop between steps).
    public func withoutInterrupts<T>(_ body: () throws -> T) rethrows -> T {
        let previous = interrupts.isEnabled
        interrupts.isEnabled = false
        defer { interrupts.isEnabled = previous }
        return try body()
    }
}
