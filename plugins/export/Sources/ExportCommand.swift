import Foundation
import MQTKit

/// `export FILE [--format F] [--force]`: writes any value (the piped speeches or the whole corpus,
/// a table, a record, text) to a file, or to standard output with `-`.
struct ExportCommand: Command {
    let spec = CommandSpec(
        name: "export", summary: "write a result to a file (speeches, tables, records) with its provenance",
        arguments: [ArgumentSpec("file", summary: "the file to write; - for standard output", completion: .files)],
        options: [
            OptionSpec("format", value: "F", summary: "file format (default: from the extension)", choices: ExportFormat.allCases.map(\.rawValue)),
            OptionSpec("force", summary: "overwrite FILE (and its .meta.json) if it exists"),
            OptionSpec("excel", summary: "csv and tsv for spreadsheets: a byte order mark (UTF-8), and a ' before text starting = + - @"),
            OptionSpec("no-provenance", summary: "leave out the command, corpus, version and time"),
            OptionSpec("title", value: "T", summary: "the HTML report's title (default: the command that made the value)"),
        ],
        accepts: [.nothing, .speeches, .table, .record, .text], returns: .text,
        examples: [
            Example(
                "the whole corpus as JSON Lines, which load reads back; the provenance goes beside it",
                "export /tmp/mqt-export-example.jsonl --force",
                output: "wrote 7 speeches (10293 bytes) to /tmp/mqt-export-example.jsonl, provenance to /tmp/mqt-export-example.jsonl.meta.json"),
            Example(
                "a search's whole set, whatever page it shows", "search prevent --limit 1 | export /tmp/mqt-prevent-example.csv --force --no-provenance",
                output: "wrote 4 speeches (5798 bytes) to /tmp/mqt-prevent-example.csv"),
            Example(
                "a table as an HTML report: its chart in SVG, the provenance in the page",
                "count prevent --by speaker | export /tmp/mqt-export-example.html --force",
                output: "wrote 2 rows ([..] bytes) to /tmp/mqt-export-example.html"),
            Example(
                "a record, such as info's totals", "info | export /tmp/mqt-export-info.json --force",
                output: "wrote 1 record (404 bytes) to /tmp/mqt-export-info.json, provenance to /tmp/mqt-export-info.json.meta.json"),
            Example(
                "text, line by line", "help words | export /tmp/mqt-export-help.txt --force",
                output: "wrote [..] lines ([..] bytes) to /tmp/mqt-export-help.txt, provenance to /tmp/mqt-export-help.txt.meta.json"),
            Example(
                "to standard output", "count --by kind | export - --format tsv",
                output: "kind\tspeeches\thits\nquestion\t4\t0\nanswer\t3\t0"),
            Example(
                "the format comes from the extension, or --format", "export notes.xlsx",
                output: "error: cannot tell the format of notes.xlsx from its extension: add --format jsonl, json, csv, tsv, markdown, text or html"),
        ],
        discussion: """
            Writes what comes down the pipe, or with nothing piped the whole corpus (by date).
            The set `qa` makes: every pair, one row per question, as its data formats show it.
            Speeches: one record per speech with its transcript's fields: transcript_id, title, body,
            section, date, source_url, format, version_key, version, id, seq, speaker, speaker_id,
            party, role, kind, time, column, url, headings, text; the whole set, in its order,
            whatever page search showed. Tables, records and text: as the output formats render them
            (json: an array of objects keyed by column), never cut and without the chart.
            Formats: jsonl (one JSON object per line; `load` reads speeches back as the same corpus),
            json, csv (RFC 4180, UTF-8, CRLF, a header row), tsv (tabs and line breaks in fields become
            spaces); for spreadsheets, --excel starts a csv or tsv with a byte order mark and puts a `'`
            before every text cell starting with =, +, - or @, which a spreadsheet would run as a
            formula (numbers stay numbers), markdown, text (a table as the table format shows
            it, nothing cut; speeches as speaker lines and paragraphs), html (one self-contained page:
            title, command, tables with their charts as inline SVG: bars, or a line when the rows are
            periods; no script, style sheet, font or network request; printable). The format comes
            from --format, else from the extension (.jsonl .ndjson .json .csv .tsv .md .txt .html).
            Provenance (the command line, the corpus's files with their content hashes and one hash
            over them, mqt's version, the time in UTC or SOURCE_DATE_EPOCH's) goes in a comment at the
            top of markdown, in the html page, and for the other formats in FILE.meta.json beside the
            file, so that json, csv and jsonl keep the shape their readers expect. --no-provenance
            leaves it out. `export -` writes to standard output (jsonl unless --format says; the
            provenance only inside markdown and html).
            The file is written to a hidden temporary file beside it and renamed into place: an error,
            a full disk, Ctrl-C, SIGTERM or SIGHUP leaves no partial file, and the next export to the
            folder removes one (.FILE.PID.partial) that a process killed with kill -9 left. An existing FILE (or FILE.meta.json) is
            replaced only with --force; a folder, a device or a pipe never. Replacing a file with
            --force removes the FILE.meta.json an earlier export left when this one writes none.
            """)

    func run(_ call: Call, context: any Context) throws -> Value {
        guard let given = call.argument("file") else { throw CommandError.invalid("missing FILE") }
        let force = call.flag("force")
        if given != "-" { try context.settings.safe.checkWrite(context.resolve(path: given), shownAs: given, force: force) }
        let path = given == "-" ? "-" : try OutputFile.check(given, at: context.resolve(path: given), force: force)
        let format = try chosenFormat(call.option("format"), for: given)
        if call.flag("excel") && !format.isDelimited {
            throw CommandError.invalid("--excel is for csv and tsv files, not \(format.rawValue)")
        }
        let provenance = call.flag("no-provenance") ? nil : try Provenance(context: context)
        let title = call.option("title") ?? ExportTitle.from(commandLine: context.commandLine)
        if given == "-" {
            let sink = TextSink()
            _ = try write(call, format: format, title: title, provenance: provenance, to: sink, context: context)
            // The shell ends the output with a newline: the file's own last line end goes.
            var text = sink.text.unicodeScalars
            if text.last == "\n" { text.removeLast() }
            if text.last == "\r" { text.removeLast() }
            return .text(String(text))
        }
        let sidecarPath = provenance != nil && !format.holdsProvenance
            ? try OutputFile.check(given + ".meta.json", at: path + ".meta.json", force: force) : nil
        let file = try ExportFile(path: path)
        let written = try write(call, format: format, title: title, provenance: provenance, to: file, context: context)
        try file.finish()
        var summary = "wrote \(written.text) (\(file.bytes) bytes) to \(given)"
        if let provenance, let sidecarPath {
            let sidecar = try ExportFile(path: sidecarPath)
            try sidecar.write(provenance.sidecar(file: path, format: format, written: written))
            try sidecar.commit()
            do {
                try file.place()
            } catch {
                try? FileManager.default.removeItem(atPath: sidecarPath)
                throw error
            }
            summary += ", provenance to \(given).meta.json"
        } else {
            try file.place()
            // A sidecar an earlier export left describes the file just replaced: it would lie.
            if force, FileManager.default.fileExists(atPath: path + ".meta.json"),
                (try? OutputFile.check(given, at: path + ".meta.json", force: true)) != nil
            {
                try? FileManager.default.removeItem(atPath: path + ".meta.json")
            }
        }
        return .text(summary)
    }

    /// --format, else the extension's format; standard output defaults to jsonl.
    func chosenFormat(_ option: String?, for given: String) throws -> ExportFormat {
        if let option {
            guard let chosen = ExportFormat(rawValue: option) else {
                throw CommandError.invalid("export writes \(ExportFormat.names), not '\(option)'")
            }
            return chosen
        }
        if given == "-" { return .jsonl }
        guard let format = ExportFormat(fileName: given) else {
            throw CommandError.invalid("cannot tell the format of \(given) from its extension: add --format \(ExportFormat.names)")
        }
        return format
    }

    /// Writes the piped value (speeches streamed from the store, the rest rendered whole).
    func write(
        _ call: Call, format: ExportFormat, title: String, provenance: Provenance?, to sink: any ExportSink, context: any Context
    ) throws -> ExportCount {
        if call.flag("excel") { try sink.write("\u{FEFF}") }
        // A set `qa` made is its pairs: one row per question, both texts whole.
        if let set = call.input.speechSet, let pairs = try set.wholeQuestionPairTable(by: context.corpus) {
            return try ValueExport.write(.table(pairs), as: format, title: title, provenance: provenance, to: sink)
        }
        switch call.input {
        case .nothing, .speeches:
            let set = call.input.speechSet ?? context.corpus.everything
            var encoder = format.encoder(title: title, provenance: provenance, excel: call.flag("excel"))
            try sink.write(encoder.begin())
            let count = try context.corpus.forEachRecord(in: set) { speech in
                try context.checkInterrupted()
                try sink.write(encoder.encode(speech))
            }
            try sink.write(encoder.end())
            return ExportCount(count: count, noun: "speech")
        case .table, .record, .text:
            let value = call.flag("excel") ? SpreadsheetCells.neutralised(call.input) : call.input
            return try ValueExport.write(value, as: format, title: title, provenance: provenance, to: sink)
        }
    }
}
