import Foundation
import MQTKit

/// `export FILE [--format F] [--force]`: writes the piped speeches, or the whole corpus, to a file.
struct ExportCommand: Command {
    let spec = CommandSpec(
        name: "export", summary: "write speeches to a file: the piped set, or the whole corpus",
        arguments: [ArgumentSpec("file", summary: "the file to write", completion: .files)],
        options: [
            OptionSpec("format", value: "F", summary: "file format", choices: ExportFormat.allCases.map(\.rawValue)),
            OptionSpec("force", summary: "overwrite FILE if it exists"),
        ],
        accepts: [.nothing, .speeches], returns: .text,
        examples: [
            Example(
                "the whole corpus as JSON Lines, which load reads back",
                "export /tmp/mqt-export-example.jsonl --force",
                output: "wrote 7 speeches to /tmp/mqt-export-example.jsonl"),
            Example(
                "a search's whole set, whatever page it shows", "search prevent --limit 1 | export /tmp/mqt-prevent-example.csv --force",
                output: "wrote 4 speeches to /tmp/mqt-prevent-example.csv"),
            Example(
                "the format comes from the extension, or --format",
                "export notes.txt",
                output: "error: cannot tell the format of notes.txt from its extension: add --format jsonl, json, csv, tsv or markdown"),
        ],
        discussion: """
            Writes one record per speech with its transcript's fields: transcript_id, title, body,
            section, date, source_url, format, version_key, version, id, seq, speaker, speaker_id,
            party, role, kind, time, column, url, headings, text.
            Formats: jsonl (one JSON object per line; `load` reads it back as the same corpus), json
            (an array of those objects), csv (RFC 4180), tsv (line breaks in text become spaces),
            markdown (a readable document). The format comes from --format, else from the
            extension (.jsonl .ndjson .json .csv .tsv .md).
            With speeches piped in (`search ... | export hits.csv`) the whole set is written, in
            its order, whatever page search showed; with nothing piped, the whole corpus by date. An existing FILE is replaced only
            with --force, and a failed or interrupted export leaves no partial file behind.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        guard let given = call.argument("file") else { throw CommandError.invalid("missing FILE") }
        let path = try OutputFile.check(given, at: context.resolve(path: given), force: call.flag("force"))
        let format: ExportFormat
        if let name = call.option("format") {
            guard let chosen = ExportFormat(rawValue: name) else {
                throw CommandError.invalid("export writes \(ExportFormat.names), not '\(name)'")
            }
            format = chosen
        } else {
            guard let fromName = ExportFormat(fileName: path) else {
                throw CommandError.invalid(
                    "cannot tell the format of \(given) from its extension: add --format \(ExportFormat.names)")
            }
            format = fromName
        }
        let set = call.input.speechSet ?? context.corpus.everything
        let file = try ExportFile(path: path)
        var encoder = format.encoder()
        try file.write(encoder.begin())
        let count = try context.corpus.forEachRecord(in: set) { speech in
            try context.checkInterrupted()
            try file.write(encoder.encode(speech))
        }
        try file.write(encoder.end())
        try file.commit()
        return .text("wrote \(count) speech\(count == 1 ? "" : "es") to \(given)")
    }
}
