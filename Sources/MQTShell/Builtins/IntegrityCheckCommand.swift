import MQTCore
import MQTKit

/// `integrity-check`: SQLite's, FTS5's and mqt's own checks of the store, one row each.
struct IntegrityCheckCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "integrity-check", summary: "check the store: SQLite, the FTS5 index and mqt's own rules",
        returns: .table,
        examples: [
            Example(
                "every check of the seed store", "integrity-check",
                output: """
                    check         result  details
                    sqlite        ok      PRAGMA integrity_check: ok
                    foreign keys  ok      every reference names a stored row
                    fts5          ok      index matches the speeches' text
                    schema        ok      version 8
                    indexed       ok      7 of 7 speeches
                    ids unique    ok      no speech id stored twice
                    counts        ok      words and sentences of 7 speeches
                    qa pairs      ok      4 pairs name stored speeches
                    """)
        ],
        discussion: """
            Runs, in this order: sqlite (PRAGMA integrity_check: pages, b-trees, indexes), foreign \
            keys (PRAGMA foreign_key_check: every speech's transcript is stored), fts5 (FTS5's \
            integrity-check with rank 1: the full-text index against the speeches' text), schema \
            (the store's version is the one this mqt writes), indexed (every speech has an entry in \
            the index and every entry a speech), ids unique (no speech id twice among the searched \
            speeches), counts (each speech's stored words and sentences equal those counted again \
            from its text, as load counts them) and qa pairs (each pair's question is a stored \
            question and its answer, if any, a stored speech). A failed check lists its first \
            problems; the command then ends in an error naming the checks that failed. On a \
            read-only store the fts5 check is skipped (FTS5 runs it through a write). It reads \
            the whole store (seconds for a large one) and changes nothing.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        let checks = try session.store.integrityChecks()
        let table = Table(
            columns: [Column("check"), Column("result"), Column("details")],
            rows: checks.map { [.text($0.name), .text($0.skipped ? "skipped" : $0.ok ? "ok" : "failed"), .text($0.details)] })
        let failed = checks.filter { !$0.ok }.map(\.name)
        guard failed.isEmpty else {
            throw CommandError.partial(
                output: .table(table), errors: ["integrity-check: \(failed.count) of \(checks.count) checks failed: \(failed.joined(separator: ", "))"])
        }
        return .table(table)
    }
}
