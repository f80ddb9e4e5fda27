import MQTCore
import MQTKit

/// `speakers [NAME]`: who speaks, how often, how much.
struct SpeakersCommand: BuiltinCommand {
    let spec = CommandSpec(
        name: "speakers", summary: "speakers with their party or role, speeches and words",
        arguments: [ArgumentSpec("name", .query, optional: true, summary: "keep names containing this text", completion: .speakers)],
        options: [.limit("speakers", default: nil)],
        returns: .table,
        examples: [
            Example(
                "everyone in the seed", "speakers",
                output: """
                    speaker       party or role    speeches  words
                    Unmesh Desai  Labour                  4    323
                    Sadiq Khan    Mayor of London         3    943
                    """),
            Example(
                "names containing a word", "speakers khan",
                output: """
                    speaker     party or role    speeches  words
                    Sadiq Khan  Mayor of London         3    943
                    """),
        ])

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
