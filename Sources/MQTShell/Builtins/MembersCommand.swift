import MQTCore
import MQTKit

/// `members [NAME]`: the people behind the speakers, with the ids and names the sources use.
struct MembersCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "members",
        summary: "the people behind the speakers: party or role, constituency, ids and names as written (with member files)",
        arguments: [ArgumentSpec("name", .query, optional: true, summary: "keep names containing this text", completion: .speakers)],
        options: [.limit("speakers", default: nil)],
        returns: .table,
        examples: [
            Example(
                "everyone in the seed (no member files: names as written)", "members",
                output: """
                    speaker       party or role    speeches  words
                    Unmesh Desai  Labour                  4    323
                    Sadiq Khan    Mayor of London         3    943
                    """),
            Example(
                "names containing a word", "members khan",
                output: """
                    speaker     party or role    speeches  words
                    Sadiq Khan  Mayor of London         3    943
                    """),
        ],
        discussion: """
            Without member files, one row per speaker name as written, with the speaker ids the \
            sources give (a column only when some source has them). With member files loaded \
            (`load --members`), one row per person: the name the files give, the party and \
            constituency, the other names the transcripts write and every id. NAME keeps names \
            containing it (case-insensitive). For turns, words and shares per speaker see `speakers`.
            """)

    func run(_ call: Call, session: Session) throws -> Value {
        let limit = try call.limit(default: nil) ?? Int.max
        let filter = call.argument("name").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        if try session.store.hasMembers() { return try people(session.store, filter: filter, limit: limit) }
        let speakers = try session.store.speakers(matching: filter).prefix(limit)
        let showIDs = speakers.contains { !$0.ids.isEmpty }
        var titles = ["speaker", "party or role", "speeches", "words"]
        if showIDs { titles.append("ids") }
        return .table(
            Table(
                titles,
                rows: speakers.map { s in
                    var row: [Cell] = [.text(s.name), Cell(s.partyOrRole), .int(s.speeches), .int(s.words)]
                    if showIDs { row.append(.text(s.ids.joined(separator: " "))) }
                    return row
                }))
    }

    /// With member files loaded: one row per person, canonical name first, with the names and ids
    /// the transcripts use for them.
    func people(_ store: Store, filter: String?, limit: Int) throws -> Value {
        let entries = try store.speakersByPerson(matching: filter).prefix(limit)
        return .table(
            Table(
                ["speaker", "party", "constituency", "speeches", "also written", "ids"],
                rows: entries.map { entry in
                    [.text(entry.name), Cell(entry.person?.party), Cell(entry.person?.constituency), .int(entry.speeches),
                     .text(entry.namesAsWritten.filter { $0 != entry.name }.joined(separator: "; ")),
                     .text(entry.ids.joined(separator: " "))]
                }))
    }
}

import Foundation
