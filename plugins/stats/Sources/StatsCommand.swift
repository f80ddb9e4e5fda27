import MQTKit

/// `stats [--by GROUP] [--limit N]`: speeches, words and share of words per group.
struct StatsCommand: Command {
    static let groups: [String: String] = [
        "speaker": "s.speaker", "party": "coalesce(\(SearchGroup.party.key), '')", "role": "coalesce(s.role, '')",
        "section": "s.section", "body": "s.body", "transcript": "t.title", "date": "s.date",
        "month": "substr(s.date, 1, 7)", "year": "substr(s.date, 1, 4)", "kind": "s.kind",
    ]

    let spec = CommandSpec(
        name: "stats", summary: "speeches, words, words per speech and share of words, per group",
        options: [
            OptionSpec("by", value: "GROUP", summary: "group by", choices: ["speaker", "party", "role", "section", "body", "transcript", "date", "month", "year", "kind"]),
            OptionSpec("limit", value: "N", summary: "show the N largest groups"),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "per speaker in the seed", "stats",
                output: """
                    speaker       speeches  words  words per speech  share
                    Sadiq Khan           3  [..]
                    Unmesh Desai         4  [..]
                    """),
            Example(
                "per kind", "stats --by kind",
                output: """
                    kind      speeches  words  words per speech  share
                    answer           3  [..]
                    question         4  [..]
                    """),
        ])

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = call.option("by") ?? "speaker"
        let limit = try call.integer("limit", default: Int.max, in: 1...Int.max)
        let expression = Self.groups[group] ?? "s.speaker"
        var filter = ""
        var arguments: StatementArguments = []
        if case .speeches(let set) = call.input {
            filter = "WHERE s.id IN (SELECT value FROM json_each(?))"
            arguments = ["[" + set.rowIDs.map(String.init).joined(separator: ",") + "]"]
        }
        let rows = try context.store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(expression) AS grp, count(*) AS speeches, sum(s.words) AS words
                    FROM speeches s JOIN transcripts t ON t.id = s.transcript_id \(filter)
                    GROUP BY grp ORDER BY words DESC, grp
                    """, arguments: arguments)
        }
        let total = rows.reduce(0) { $0 + (($1["words"] as Int?) ?? 0) }
        let table = rows.prefix(limit).map { row -> [Cell] in
            let speeches: Int = row["speeches"]
            let words: Int = row["words"] ?? 0
            let share = total > 0 ? Double(words) * 100 / Double(total) : 0
            let name: String = row["grp"] ?? ""
            return [.text(name.isEmpty ? "(none)" : name), .int(speeches), .int(words), .int(speeches > 0 ? words / speeches : 0),
                    .text(String(format: "%.1f%%", share))]
        }
        return .table(Table([group, "speeches", "words", "words per speech", "share"], rows: Array(table)))
    }
}

import Foundation
