import MQTCore
import MQTKit

/// `open FILE`: switches the session to a corpus database file (created when missing).
struct OpenCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "open", summary: "use a corpus database file (created when missing) instead of memory",
        arguments: [ArgumentSpec("file", summary: "SQLite file, e.g. corpus.db", completion: .files)],
        returns: .text,
        examples: [
            Example(
                "a folder that does not exist", "open /no/such/folder/corpus.db",
                output: "error: database: /no/such/folder/corpus.db: unable to open database file")
        ],
        discussion: "The file is plain SQLite: sqlite3 or Datasette can read it. Later loads are stored in it. "
            + "Results kept with let that hold speeches are cleared: they name rows of the previous corpus.")

    func run(_ call: Call, session: Session) throws -> Value {
        try session.settings.safe.refuse(.openStore)
        let path = session.resolve(path: call.argument("file") ?? "")
        let store = try Store(path: path)
        let total = try store.summary().total
        let cleared = session.switchStore(to: store)
        let text = "opened \(path): \(counted(total.transcripts, "transcript")), \(counted(total.speeches, "speech", "speeches"))"
        if !cleared.isEmpty { session.note(ShellNote.clearedResults(cleared).description) }
        return .text(text)
    }
}
