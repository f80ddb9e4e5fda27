import Foundation
import GRDB
import GRDBSQLite

/// The SQLite functions that compute hits, registered on each connection the first time it searches.
///
/// A hit is a place in the text, not a term: the instances of the query's counted words and
/// phrases (NEAR members only where the NEAR holds; only in branches that make the speech match)
/// are merged wherever they share a token, transitively, and each merged run is one hit. So
/// `racis* racism` finds one hit per `racism`; in `"social media" social` an occurrence of the
/// phrase is one hit (its `social` too) and each other `social` is another; `social media` as two
/// words finds two hits where the phrase stands, since the words touch but share no token.
///
/// - `mqt_hits(speech_fts, 'I,J,...')`: the hits, in the `text` column, of the phrases numbered
///   I, J, ... (FTS5 numbers the phrases of a MATCH expression left to right).
/// - `mqt_spans(speech_fts, 'I,J,...')`: the same hits as `token:length` pairs, comma separated,
///   in token order (token offsets as the `unicode61` tokenizer counts them, which
///   `Tokenizer.tokens(in:)` mirrors).
/// - `mqt_span_count(list)` and `mqt_span_merge(list)`: the hits of a concatenation of such lists,
///   for queries whose words sit in several MATCH expressions (`SearchSQL.column`).
///
/// Counting from the index's position lists is what makes `count` fast and exact: no text is read.
enum SearchFunctions {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: Set<UInt> = []

    /// Registers the functions on this connection unless already done.
    static func register(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw CoreError.store("no database connection") }
        let key = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(connection)))
        lock.lock()
        defer { lock.unlock() }
        if registered.contains(key) { return }
        guard let api = try fts5API(db) else { throw CoreError.store("FTS5 is not available in this SQLite") }
        let mutable = UnsafeMutablePointer(mutating: api)
        let data = UnsafeMutableRawPointer(bitPattern: key)
        guard api.pointee.xCreateFunction(mutable, "mqt_hits", data, hitsFunction, forget) == SQLITE_OK,
            api.pointee.xCreateFunction(mutable, "mqt_spans", nil, spansFunction, nil) == SQLITE_OK
        else { throw CoreError.store("cannot register the search functions") }
        db.add(function: spanCount)
        db.add(function: spanMerge)
        registered.insert(key)
    }

    /// Called when the connection closes: its address may be reused by a new connection.
    private static let forget: @convention(c) (UnsafeMutableRawPointer?) -> Void = { data in
        let key = UInt(bitPattern: Int(bitPattern: data))
        lock.lock()
        registered.remove(key)
        lock.unlock()
    }

    private static func fts5API(_ db: Database) throws -> UnsafePointer<fts5_api>? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db.sqliteConnection, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var api: UnsafePointer<fts5_api>?
        let type: StaticString = "fts5_api_ptr"
        type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount) { name in
            _ = sqlite3_bind_pointer(statement, 1, &api, name, nil)
        }
        _ = sqlite3_step(statement)
        return api
    }

    /// Whether phrase `index` is counted, from the list in argument 0 (parsed once per query).
    private static func countedPhrases(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ values: UnsafeMutablePointer<OpaquePointer?>?, _ count: Int32
    ) -> UnsafeMutablePointer<Int32>? {
        if let cached = api.pointee.xGetAuxdata(fts, 0) { return cached.assumingMemoryBound(to: Int32.self) }
        var indices: [Int32] = []
        if count > 0, let value = values?[0], let text = sqlite3_value_text(value) {
            indices = String(cString: text).split(separator: ",").compactMap { Int32($0) }
        }
        let size = Int((indices.max() ?? -1) + 1)
        guard let buffer = malloc((size + 1) * MemoryLayout<Int32>.stride)?.assumingMemoryBound(to: Int32.self) else {
            return nil
        }
        buffer[0] = Int32(size)
        for i in 0..<size { buffer[i + 1] = 0 }
        for i in indices where i >= 0 { buffer[Int(i) + 1] = 1 }
        _ = api.pointee.xSetAuxdata(fts, buffer, free)
        return buffer
    }

    /// The counted instances in the text column, as (token offset, length in tokens), in the
    /// order FTS5 gives them (by offset).
    private static func instances(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, _ counted: UnsafeMutablePointer<Int32>
    ) -> [MatchSpan] {
        var total: Int32 = 0
        guard api.pointee.xInstCount(fts, &total) == SQLITE_OK else { return [] }
        var result: [MatchSpan] = []
        for i in 0..<total {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK else { continue }
            if column == 0 && phrase >= 0 && phrase < counted[0] && counted[Int(phrase) + 1] != 0 {
                result.append(MatchSpan(token: Int(offset), length: Int(api.pointee.xPhraseSize(fts, phrase))))
            }
        }
        return result
    }

    /// Counts merged runs in one pass, as FTS5 lists instances by offset; should an instance come
    /// out of order, it falls back to sorting (`MatchSpan.merged`).
    private static let hitsFunction: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let counted = countedPhrases(api, fts, values, count) else {
            sqlite3_result_error(context, "mqt_hits: out of memory", -1)
            return
        }
        var total: Int32 = 0
        guard api.pointee.xInstCount(fts, &total) == SQLITE_OK else {
            sqlite3_result_error(context, "mqt_hits: cannot read instances", -1)
            return
        }
        var hits: Int64 = 0
        var start: Int32 = -1
        var end: Int32 = -1  // one past the current run's last token
        for i in 0..<total {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK, column == 0, phrase >= 0,
                phrase < counted[0], counted[Int(phrase) + 1] != 0
            else { continue }
            if offset < start {
                sqlite3_result_int64(context, Int64(MatchSpan.merged(instances(api, fts, counted)).count))
                return
            }
            let last = offset + api.pointee.xPhraseSize(fts, phrase)
            if offset < end {
                end = max(end, last)
            } else {
                hits += 1
                end = last
            }
            start = offset
        }
        sqlite3_result_int64(context, hits)
    }

    private static let spansFunction: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let counted = countedPhrases(api, fts, values, count) else {
            sqlite3_result_error(context, "mqt_spans: out of memory", -1)
            return
        }
        sqlite3_result_text(context, MatchSpan.listText(MatchSpan.merged(instances(api, fts, counted))), -1, transient)
    }

    private static let spanCount = DatabaseFunction("mqt_span_count", argumentCount: 1, pure: true) { values in
        MatchSpan.merged(MatchSpan.parseList(String.fromDatabaseValue(values[0]))).count
    }

    private static let spanMerge = DatabaseFunction("mqt_span_merge", argumentCount: 1, pure: true) { values in
        MatchSpan.listText(MatchSpan.merged(MatchSpan.parseList(String.fromDatabaseValue(values[0]))))
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
