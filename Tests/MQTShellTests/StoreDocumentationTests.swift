import Foundation
import MQTCore
import MQTPlugins
import MQTShell
import XCTest

/// docs/STORE.md and `datasette-metadata` describe every table and column a store has, from the one
/// source (`StoreDescription`), so neither can drift from the schema.
final class StoreDocumentationTests: XCTestCase {
    /// A file store with the seed loaded and every table made (term_counts on first use).
    func fileSession() throws -> (Session, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("hansard.db").path)
        let session = try Session(plugins: AllPlugins.list, store: store)
        XCTAssertNil(session.execute("load \(repositoryRoot)/seeds/prevent-in-london-2021-11-29.txt").error)
        XCTAssertNil(session.execute("freq --top 1").error)
        return (session, folder)
    }

    /// Every table of the store with its columns, from SQLite itself.
    func schema(_ store: Store) throws -> [String: [String]] {
        try store.read { db in
            var tables: [String: [String]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                tables[name] = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [name])
            }
            return tables
        }
    }

    func testEveryTableAndColumnIsDescribedInTheSourceAndInStoreMD() throws {
        let (session, _) = try fileSession()
        let schema = try schema(session.store)
        XCTAssertTrue(schema.keys.contains("term_counts"))
        let described = Dictionary(uniqueKeysWithValues: StoreDescription.tables.map { ($0.name, $0) })
        XCTAssertEqual(Set(schema.keys), Set(described.keys), "tables in a store and in StoreDescription differ")
        let doc = try String(contentsOfFile: repositoryRoot + "/docs/STORE.md", encoding: .utf8)
        for (table, columns) in schema {
            guard let description = described[table] else { continue }
            XCTAssertEqual(Set(columns), Set(description.columns.map(\.name)), "columns of \(table)")
            guard let start = doc.range(of: "### `\(table)`\n\n\(description.summary)\n") else {
                XCTFail("docs/STORE.md has no section for \(table) with its summary")
                continue
            }
            let rest = doc[start.upperBound...]
            let section = rest[..<(rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex)]
            // speech_duplicates has the columns of speeches, described once under speeches.
            guard table != "speech_duplicates" else { continue }
            for column in description.columns {
                XCTAssertTrue(
                    section.contains("| `\(column.name)` | \(column.summary) |"), "docs/STORE.md does not describe \(table).\(column.name) as the source does")
            }
        }
        // The mqt_meta keys the store writes.
        for key in ["schema_version", "term_counts_corpus"] {
            XCTAssertTrue(described["mqt_meta"]?.columns.contains { $0.summary.contains("`\(key)`") } == true, key)
        }
    }

    func testDatasetteMetadataDescribesSearchAndFacets() throws {
        let (session, folder) = try fileSession()
        let file = folder.appendingPathComponent("metadata.json").path
        XCTAssertEqual(
            session.execute("datasette-metadata \(file)").output,
            "wrote Datasette metadata for hansard to \(file); open it with datasette \(folder.path)/hansard.db -m \(file)")
        XCTAssertEqual(
            session.execute("datasette-metadata \(file)").error,
            "error: \(file) already exists (add --force to overwrite it)")
        XCTAssertNil(session.execute("datasette-metadata \(file) --force").error)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        XCTAssertEqual(json["title"] as? String, "hansard: speeches loaded by mqt")
        let tables = try XCTUnwrap(((json["databases"] as? [String: Any])?["hansard"] as? [String: Any])?["tables"] as? [String: Any])
        let speeches = try XCTUnwrap(tables["speeches"] as? [String: Any])
        XCTAssertEqual(speeches["fts_table"] as? String, "speech_fts")
        XCTAssertEqual(speeches["fts_pk"] as? String, "id")
        XCTAssertEqual(speeches["facets"] as? [String], ["section", "speaker", "party", "kind", "date"])
        let columns = try XCTUnwrap(speeches["columns"] as? [String: String])
        XCTAssertEqual(columns.count, 21)
        XCTAssertEqual(columns["kind"], StoreDescription.tables.first { $0.name == "speeches" }?.columns.first { $0.name == "kind" }?.summary)
        XCTAssertEqual(Set(tables.keys), Set(StoreDescription.tables.map(\.name)))
    }
}
