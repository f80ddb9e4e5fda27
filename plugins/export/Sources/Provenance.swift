import Foundation
import MQTKit

/// Where an export came from: the command line, the corpus (its files with their content hashes,
/// and one hash over them), mqt's version and the time. Written into the file where its format
/// has room (a Markdown comment, a section of the HTML report), else into `FILE.meta.json`.
struct Provenance {
    var commandLine: String
    var sources: CorpusSources
    var version: String
    /// ISO 8601 in UTC, to the second.
    var time: String

    init(context: any Context) throws {
        commandLine = context.commandLine.trimmingCharacters(in: .whitespaces)
        sources = try context.corpus.sources()
        version = MQTVersion.current
        time = Self.now()
    }

    /// The time now, or the time `SOURCE_DATE_EPOCH` fixes (the reproducible-builds convention:
    /// seconds since 1970), so that the same export gives the same bytes.
    static func now() -> String {
        var date = Date()
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            date = Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The facts as labelled lines, for the Markdown comment and the HTML report.
    var facts: [(label: String, value: String)] {
        let files = sources.files.count
        return [
            ("command", commandLine),
            ("corpus", "\(files) file\(files == 1 ? "" : "s"), content hash \(sources.hash)"),
            ("mqt", version),
            ("exported", time),
        ]
    }

    /// `FILE.meta.json`: one JSON object, fields in this order.
    func sidecar(file: String, format: ExportFormat, written: ExportCount) -> String {
        let files = sources.files.map { Cell.record(Record([("file", .text($0.file)), ("content_hash", .text($0.contentHash))])) }
        let record = Record([
            ("file", .text((file as NSString).lastPathComponent)),
            ("format", .text(format.rawValue)),
            ("rows", .int(written.count)),
            ("rows_are", .text(written.plural)),
            ("command", .text(commandLine)),
            ("mqt_version", .text(version)),
            ("exported_at", .text(time)),
            ("corpus", .record(Record([("content_hash", .text(sources.hash)), ("files", .list(files))]))),
        ])
        return JSONText.encode(.record(record), pretty: true, indent: "") + "\n"
    }

    /// An HTML comment for the top of a Markdown file (a `-->` inside it is broken up, so the
    /// comment cannot end early).
    var markdownComment: String {
        var lines = ["<!--", "exported by mqt"] + facts.map { "\($0.label): \($0.value)" }
        lines += sources.files.map { "  \($0.file)  \($0.contentHash)" }
        lines = lines.enumerated().map { $0.offset == 0 ? $0.element : $0.element.replacingOccurrences(of: "-->", with: "-- >").replacingOccurrences(of: "--!>", with: "--! >") }
        return (lines + ["-->"]).joined(separator: "\n") + "\n"
    }
}

/// How many things an export wrote, and what they are.
struct ExportCount {
    var count: Int
    /// `speech`, `row`, `record` or `line`.
    var noun: String

    var plural: String { noun == "speech" ? "speeches" : noun + "s" }
    /// `7 speeches`, `1 row`.
    var text: String { "\(count) \(count == 1 ? noun : plural)" }
}
