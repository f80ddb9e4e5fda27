import GRDB
import GRDBSQLite

extension Store {
    /// Binds rows straight to a prepared multi-row SQLite INSERT into `speeches` and steps it:
    /// the bulk-load path, without building GRDB argument values for every speech.
    struct RowBinder {
        static let columns = 20
        static let insertColumns = """
            speech_id, transcript_id, seq, speaker, speaker_id, party, role, kind, time, colnum, url, heading,
            subheading, headings, text, words, sentences, date, section, body
            """
        /// Rows per INSERT statement at most.
        static let maximumRows = 512

        /// The largest row count per statement this connection allows: a power of two, so that
        /// with `rows(forRemaining:largest:)` every statement a load uses is one of a few sizes,
        /// each prepared once and then taken from the statement cache.
        static func largestChunk(_ db: Database) -> Int {
            let variables = Int(sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_VARIABLE_NUMBER, -1))
            var rows = maximumRows
            while rows > 1 && rows * columns > variables { rows /= 2 }
            return rows
        }

        /// Rows for the next statement: `largest`, or the largest power of two below what remains.
        static func rows(forRemaining remaining: Int, largest: Int) -> Int {
            remaining >= largest ? largest : 1 << (Int.bitWidth - 1 - remaining.leadingZeroBitCount)
        }

        /// `INSERT INTO speeches(...) VALUES (?, ...), (?, ...)` for `rows` rows.
        static func insertSQL(rows: Int) -> String {
            sqlByRows[rows] ?? buildSQL(rows: rows)
        }

        /// The statements for every power of two up to `maximumRows`, built once.
        private static let sqlByRows: [Int: String] = Dictionary(
            uniqueKeysWithValues: (0...9).map { 1 << $0 }.filter { $0 <= maximumRows }.map { ($0, buildSQL(rows: $0)) })

        private static func buildSQL(rows: Int) -> String {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
            return "INSERT INTO speeches(\(insertColumns)) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ",")
        }

        /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
        static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

        let statement: SQLiteStatement
        let connection: SQLiteConnection?
        private var next: Int32 = 1

        init(statement: SQLiteStatement, connection: SQLiteConnection?) {
            self.statement = statement
            self.connection = connection
            sqlite3_reset(statement)
        }

        /// Binds the next parameter to text.
        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                _ = sqlite3_bind_text(
                    statement, next, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                    Int32(bytes.count), Self.transient)
            }
            next += 1
        }

        /// Binds the next parameter to text, or NULL.
        mutating func optional(_ value: String?) {
            if let value {
                text(value)
            } else {
                sqlite3_bind_null(statement, next)
                next += 1
            }
        }

        /// Binds the next parameter to an integer.
        mutating func integer(_ value: Int64) {
            sqlite3_bind_int64(statement, next, value)
            next += 1
        }

        /// Runs the statement once all rows are bound.
        func step() throws {
            let status = sqlite3_step(statement)
            guard status == SQLITE_DONE else {
                let message = connection.map { String(cString: sqlite3_errmsg($0)) }
                sqlite3_reset(statement)
                throw DatabaseError(resultCode: ResultCode(rawValue: status), message: message)
            }
            sqlite3_reset(statement)
        }
    }
}
