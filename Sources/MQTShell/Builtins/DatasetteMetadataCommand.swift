import Foundation
import MQTCore
import MQTKit

/// `datasette-metadata FILE [--force]`: Datasette metadata for the open store, so that
/// `datasette STORE -m FILE` opens with descriptions, full-text search and facets.
struct DatasetteMetadataCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "datasette-metadata",
        summary: "write Datasette metadata for the store: descriptions, full-text search, facets",
        arguments: [ArgumentSpec("file", summary: "the JSON file to write (metadata.json)", completion: .files)],
        options: [OptionSpec("force", summary: "overwrite the file if it exists")],
        returns: .text,
        examples: [
            Example(
                "a store in memory has no file Datasette could open", "datasette-metadata /tmp/mqt-memory-metadata.json",
                output: "error: datasette-metadata describes a store in a file: start mqt with --db FILE, or open FILE"),
        ],
        discussion: """
            Writes JSON for `datasette STORE -m FILE`: a title; every table's and column's \
            description (the text of docs/STORE.md); on speeches, the full-text table \
            (fts_table speech_fts, fts_pk id, so the table page has a search box and ?_search= \
            works), the facets section, speaker, party, kind and date (no sort of its own, so a search comes \
            in order of relevance); on \
            transcripts, the facets section, body and format, with title as the label Datasette \
            shows for speeches.transcript_id. Datasette names the database after the file without \
            its extension (hansard.db is hansard), so the metadata is for this store's file name. \
            An existing FILE is replaced only with --force.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        guard let storePath = session.store.path else {
            throw CommandError.invalid("datasette-metadata describes a store in a file: start mqt with --db FILE, or open FILE")
        }
        let typed = call.argument("file") ?? ""
        try session.settings.safe.checkWrite(session.resolve(path: typed), shownAs: typed, force: call.flag("force"))
        let path = try OutputFile.check(typed, at: session.resolve(path: typed), force: call.flag("force"))
        let database = URL(fileURLWithPath: storePath).deletingPathExtension().lastPathComponent
        let metadata = Self.metadata(database: database)
        let data = try JSONSerialization.data(withJSONObject: metadata, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        do {
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandError.invalid("cannot write \(typed): \(error.localizedDescription)")
        }
        return .text("wrote Datasette metadata for \(database) to \(typed); open it with datasette \(storePath) -m \(typed)")
    }

    /// Facets and search per table, on top of the descriptions every table gets.
    static var extras: [String: [String: Any]] { [
        "speeches": [
            "fts_table": "speech_fts", "fts_pk": "id",
            "facets": ["section", "speaker", "party", "kind", "date"],
        ],
        "transcripts": ["facets": ["section", "body", "format"], "label_column": "title", "sort_desc": "date"],
    ] }

    /// Datasette's metadata shape: databases → tables → description, columns and extras.
    static func metadata(database: String) -> [String: Any] {
        var tables: [String: Any] = [:]
        for table in StoreDescription.tables {
            var entry: [String: Any] = ["description": table.summary]
            if !table.columns.isEmpty {
                entry["columns"] = Dictionary(table.columns.map { ($0.name, $0.summary) }, uniquingKeysWith: { first, _ in first })
            }
            entry.merge(extras[table.name] ?? [:]) { _, extra in extra }
            tables[table.name] = entry
        }
        return [
            "title": "\(database): speeches loaded by mqt",
            "description": "Parliamentary transcripts loaded by mqt. Tables and columns are described in mqt's docs/STORE.md.",
            "databases": [database: ["tables": tables]],
        ]
    }
}
