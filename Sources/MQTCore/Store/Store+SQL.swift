import Foundation
import GRDB
import GRDBSQLite

/// One value of a SQL result, as SQLite stores it.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// The columns and rows of one SQL statement, as plain values.
public struct SQLResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[SQLValue]]
    public init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

extension Store {
    /// Runs one SQL statement on a connection that cannot write: a file store is opened a second
    /// time read-only (SQLITE_OPEN_READONLY, which no statement can undo); an in-memory store has
    /// no second connection, so its statement runs inside GRDB's read access (`PRAGMA query_only`).
    /// Neither may attach another database: ATTACH would create a file anywhere, or read another
    /// application's SQLite file.
    public func runSQL(_ sql: String) throws -> SQLResult {
        do {
            guard let path else {
                return try queue.read { db in
                    let allowed = sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
                    defer { sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, allowed) }
                    return try Self.runSQL(sql, in: db)
                }
            }
            var config = Configuration()
            config.readonly = true
            let interrupts = self.interrupts
            config.prepareDatabase { db in
                interrupts.install(on: db)
                sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
            }
            let reader = try DatabaseQueue(path: path, configuration: config)
            return try reader.read { db in try Self.runSQL(sql, in: db) }
        } catch let error as DatabaseError {
            let message = error.message ?? error.description
            if error.resultCode == .SQLITE_READONLY { throw CoreError.sqlReadOnly(message) }
            if message.hasPrefix("too many attached databases") { throw CoreError.sqlAttach }
            throw CoreError.sql(message)
        }
    }

    /// Runs the one statement of `sql`; trailing statements are refused rather than ignored.
    static func runSQL(_ sql: String, in db: Database) throws -> SQLResult {
        let statements = try db.allStatements(sql: sql)
        guard let statement = try statements.next() else { throw CoreError.sql("no statement") }
        if try statements.next() != nil { throw CoreError.sql("one statement at a time") }
        let columns = statement.columnNames
        var rows: [[SQLValue]] = []
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            rows.append(row.databaseValues.map(Self.sqlValue))
        }
        return SQLResult(columns: columns, rows: rows)
    }

    static func sqlValue(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let n): return .integer(n)
        case .double(let d): return .real(d)
        case .string(let s): return .text(s)
        case .blob(let data): return .blob(data)
        }
    }
}
