import Foundation
import MQTCore
import MQTKit

/// `load PATH...`: reads transcript files and folders into the store.
struct LoadCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "load", summary: "read transcript files and folders (recursively) into the corpus",
        arguments: [ArgumentSpec("path", .words, optional: true, summary: "files or folders", completion: .files)],
        options: [
            OptionSpec(
                "members", value: "FILE", summary: "member file or folder (ParlParse people/members XML, Oireachtas JSON)",
                completion: .files),
            OptionSpec(
                "columns", value: "FIELD=COL,...",
                summary: "CSV/TSV columns common names do not find: text=COL,speaker=COL,date=COL,party=COL,..."),
        ],
        returns: .record,
        examples: [
            Example(
                "load the seed transcript", "load ../seeds/prevent-in-london-2021-11-29.txt",
                output: "loaded 0 transcripts (1 file unchanged)"),
            Example(
                "a missing file is named", "load no-such-file.xml",
                output: "loaded 0 transcripts\nerror: no-such-file.xml: no such file or folder"),
        ],
        discussion: """
            Formats are recognised by content. Each file loads whole or not at all. A file may be
            UTF-8 (with or without a byte order mark) or UTF-16 (little- or big-endian), with LF, CRLF
            or CR line ends: it loads as its UTF-8/LF twin would.
            Loading the same content twice changes nothing; a newer version of a day replaces the older.
            A speech two sources hold (same id, same date: TheyWorkForYou's API JSON and its page) is
            stored once, from the better format (parlparse, twfy-api-json, twfy-html, twfy-text,
            plain-transcript, then others), with the fields it lacks taken from the other; an export
            loaded back changes nothing. An id another record already uses for another date is
            stored as ID~2 (then ~3, ...): `show CW603E~2`.
            A ParlParse or JSON Lines file of 32 MB or more is read from disk and stored a part at a
            time as it is read, so it never sits in memory whole. A ParlParse file still loads whole
            or not at all (Ctrl-C between its parts leaves it out); a JSON Lines file's lines are all
            checked before any is stored, and then its transcripts are stored a few at a time.
            A .csv (RFC 4180 quoting, line breaks inside quotes) or .tsv file with a header row holds
            one speech per row. Columns are found by name, ignoring case: text (or speech, or body
            when there is neither), speaker (or name), date (YYYY-MM-DD), and party, id, section,
            title, and the other columns `export` writes; --columns text=Transcript,speaker=MP names
            others. Consecutive rows with the same transcript_id, or else the same title, section and
            date, form one transcript (title defaults to the file's name, section to transcript). A row
            without text or date is left out with a note; a blank speaker is kept. Such a file is read in
            chunks and stored a few megabytes at a time, so a large one never sits in memory whole (a
            file that fails part way keeps the parts stored before). A TSV export has no line breaks
            in its text, so its paragraphs, and the sentences they end, do not come back; a CSV's do.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        let typed = call.words("path")
        var members: String?
        if let file = call.option("members") {
            members = try MemberLoading.load(file, session: session)
            if typed.isEmpty { return .record(MQTKit.Record([("members", .text(members ?? ""))], prose: members)) }
        } else if typed.isEmpty {
            throw CommandError.invalid("missing PATH (usage: \(spec.synopsis))")
        }
        let result = try loadTranscripts(typed, columns: try Self.columns(call.option("columns")), session: session)
        var record = result.record
        if let members {
            record.fields.insert(("members", .text(members)), at: 0)
            record.prose = members + "\n" + (record.prose ?? "")
        }
        if result.errors.isEmpty { return .record(record) }
        throw CommandError.partial(output: .record(record), errors: result.errors)
    }

    /// `text=Transcript,speaker=MP` as field → column; a field `SpeechColumns` does not know is an error.
    static func columns(_ option: String?) throws -> SpeechColumns {
        guard let option else { return SpeechColumns() }
        var given: [String: String] = [:]
        for pair in option.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, SpeechColumns.fields.contains(parts[0].lowercased()), !parts[1].isEmpty else {
                throw CommandError.badOptionValue(
                    option: "columns", value: String(pair),
                    expected: "FIELD=COLUMN pairs, FIELD one of \(SpeechColumns.fields.joined(separator: ", "))")
            }
            given[parts[0].lowercased()] = parts[1]
        }
        return SpeechColumns(given: given)
    }

    /// Loads the paths; the record says what happened (prose for the table format), notes go to
    /// the session, errors come back one per failed file.
    func loadTranscripts(
        _ typed: [String], columns: SpeechColumns = SpeechColumns(), session: Session
    ) throws -> (record: MQTKit.Record, errors: [String]) {
        let paths = typed.map { session.resolve(path: $0) }
        for (path, shownAs) in zip(paths, typed) { try SafeLoading.check(path, shownAs: shownAs, session: session) }
        let before = try session.store.lastTranscriptID()
        let started = Date()
        let report = try Loader(store: session.store, columns: columns).load(
            paths,
            progress: { progress in
                session.progress(ProgressLine.render(progress, started: started, width: session.settings.width))
            },
            isCancelled: { Interruption.isRequested })
        session.progress("")
        let speakers = try session.store.speakerCount(inTranscriptsAfter: report.lastTranscriptIDBefore ?? before)
        var summary = "loaded \(counted(report.transcripts, "transcript"))"
        if report.transcripts > 0 {
            summary += ": \(counted(report.speeches, "speech", "speeches")) by \(counted(speakers, "speaker"))"
        }
        var asides: [String] = []
        if !report.unchangedFiles.isEmpty { asides.append("\(counted(report.unchangedFiles.count, "file")) unchanged") }
        if !report.skippedFiles.isEmpty {
            let names = report.skippedFiles.map { ($0 as NSString).lastPathComponent }
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", ..." : "")
            asides.append("\(counted(names.count, "file")) skipped, not transcripts: \(shown)")
        }
        if report.failures.count > 1 { asides.append("\(counted(report.failures.count, "file")) failed") }
        if !asides.isEmpty { summary += " (" + asides.joined(separator: "; ") + ")" }
        if Interruption.isRequested { summary += " (interrupted)" }
        // Messages name files as the user typed them, not as resolved against the script's folder.
        let pairs = zip(paths, typed).sorted { $0.0.count > $1.0.count }
        let shown = { (text: String) in pairs.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) } }
        let notes = report.notes.map(shown)
        for note in notes { session.note(note) }
        let record = MQTKit.Record(
            [
                ("files", .int(report.loadedFiles.count + report.unchangedFiles.count + report.failures.count)),
                ("transcripts", .int(report.transcripts)), ("speeches", .int(report.speeches)), ("speakers", .int(speakers)),
                ("unchanged", .list(report.unchangedFiles.map { .text(shown($0)) })),
                ("skipped", .list(report.skippedFiles.map { .text(shown($0)) })),
                ("failed", .list(report.failures.map { .text(shown($0.file)) })),
                ("notes", .list(notes.map(Cell.text))),
            ],
            prose: summary)
        return (record, report.failures.map { shown($0.error) })
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
        let text =
            p.indexing
            ? String(format: " %d/%d files  %.1f MB  %d speeches  building indexes", p.filesDone, p.filesTotal, mb, p.speeches)
            : String(
                format: " %d/%d files  %.1f MB  %d speeches  %.1f MB/s  %.0fs left", p.filesDone, p.filesTotal, mb,
                p.speeches, rate, left)
        let barWidth = max(10, min(30, width - text.count - 3))
        // Files can grow while they load (the open store's own WAL, in a folder being loaded): more
        // bytes done than counted must not make a negative bar.
        let filled = min(barWidth, max(0, Int(Double(barWidth) * min(1, fraction))))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]" + text
    }
}

/// `load --members FILE|FOLDER`: member files that resolve speaker ids to people.
enum MemberLoading {
    static func load(_ typed: String, session: Session) throws -> String {
        let path = session.resolve(path: typed)
        try SafeLoading.check(path, shownAs: typed, session: session)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CoreError.fileNotFound(typed) }
        let files = isFolder.boolValue ? Loader.filesBelow(path).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") } : [path]
        var people = 0
        var ids = 0
        var aliases = 0
        for file in files {
            try session.checkInterrupted()
            let counts = try session.store.loadMembers(from: file)
            people += counts.people
            ids += counts.ids
            aliases += counts.aliases
        }
        return "loaded members from \(counted(files.count, "file")): \(counted(people, "person", "people")), \(counted(ids, "id")), \(counted(aliases, "alias", "aliases"))"
    }
}

/// Safe mode's rule for `load`: the path, and in a folder every file it holds (a link in it may
/// lead outside), must be inside safe mode's folder.
enum SafeLoading {
    static func check(_ path: String, shownAs: String, session: Session) throws {
        let safe = session.settings.safe
        guard safe.isOn else { return }
        try safe.checkRead(path, shownAs: shownAs)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return }
        for file in Loader.filesBelow(path) {
            try safe.checkRead(file, shownAs: shownAs + String(file.dropFirst(path.count)))
        }
    }
}
