import Foundation
import MQTKit

/// `load PATH...`: reads transcript files and folders into the store.
struct LoadCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "load", summary: "read transcript files and folders (recursively) into the corpus",
        arguments: [ArgumentSpec("path", .words, summary: "files or folders", completion: .files)],
        returns: .text,
        examples: [
            Example(
                "load the seed transcript", "load ../seeds/prevent-in-london-2021-11-29.txt",
                output: "loaded 0 transcripts (1 file unchanged)"),
            Example(
                "a missing file is named", "load no-such-file.xml",
                output: "loaded 0 transcripts\nerror: no-such-file.xml: no such file or folder"),
        ],
        discussion: """
            Formats are recognised by content. Each file loads in one transaction: whole or not at all.
            Loading the same content twice changes nothing; a newer version of a day replaces the older.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        let typed = call.words("path")
        let paths = typed.map { session.resolve(path: $0) }
        let before = try session.store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM transcripts") ?? 0 }
        let started = Date()
        let report = try Loader(store: session.store).load(
            paths,
            progress: { progress in
                session.progress(ProgressLine.render(progress, started: started, width: session.settings.width))
            },
            isCancelled: { Interruption.isRequested })
        session.progress("")
        let speakers = try session.store.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(DISTINCT NULLIF(speaker, '')) FROM speeches WHERE transcript_id > ?", arguments: [before]) ?? 0
        }
        var summary = "loaded \(counted(report.transcripts, "transcript"))"
        if report.transcripts > 0 {
            summary += ": \(counted(report.speeches, "speech", "speeches")) by \(counted(speakers, "speaker"))"
        }
        var notes: [String] = []
        if !report.unchangedFiles.isEmpty { notes.append("\(counted(report.unchangedFiles.count, "file")) unchanged") }
        if !report.skippedFiles.isEmpty {
            let names = report.skippedFiles.map { ($0 as NSString).lastPathComponent }
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", ..." : "")
            notes.append("\(counted(names.count, "file")) skipped, not transcripts: \(shown)")
        }
        if !report.failures.isEmpty { notes.append("\(counted(report.failures.count, "file")) failed") }
        if !notes.isEmpty { summary += " (" + notes.joined(separator: "; ") + ")" }
        if Interruption.isRequested { summary += " (interrupted)" }
        if report.failures.isEmpty { return .text(summary) }
        let relative = Dictionary(zip(paths, typed), uniquingKeysWith: { a, _ in a })
        let errors = report.failures.map { failure in
            relative[failure.file].map { failure.error.replacingOccurrences(of: failure.file, with: $0) } ?? failure.error
        }
        throw CommandError.partial(output: .text(summary.replacingOccurrences(of: " (1 file failed)", with: "")), errors: errors)
    }
}

/// The progress bar `load` shows on a terminal.
enum ProgressLine {
    static func render(_ p: LoadProgress, started: Date, width: Int) -> String {
        let elapsed = Date().timeIntervalSince(started)
        let fraction = p.bytesTotal > 0 ? Double(p.bytesDone) / Double(p.bytesTotal) : 1
        let mb = Double(p.bytesDone) / 1_048_576
        let rate = elapsed > 0 ? mb / elapsed : 0
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let text = String(
            format: " %d/%d files  %.1f MB  %d speeches  %.1f MB/s  %.0fs left", p.filesDone, p.filesTotal, mb,
            p.speeches, rate, left)
        let barWidth = max(10, min(30, width - text.count - 3))
        let filled = Int(Double(barWidth) * fraction)
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]" + text
    }
}
