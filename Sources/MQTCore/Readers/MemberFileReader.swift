import Foundation

/// Reads ParlParse member files: `people.xml` (person → office ids), `all-members.xml` (Commons
/// terms), `peers-ucl.xml` (Lords), `sp-members.xml`, `ni-members.xml`, the `*-aliases.xml` files,
/// and JSON: ParlParse's `ministers.json` (popolo memberships) and the Oireachtas API member list.
public enum MemberFileReader {
    /// Parses one member file, recognised by content.
    public static func read(_ data: Data, path: String) throws -> MemberRecords {
        let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let records = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
            ? try MemberJSONReader.read(data, path: path) : try readXML(data, path: path)
        guard !records.isEmpty else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1), "no people, members or aliases found")
        }
        return records
    }

    static func readXML(_ data: Data, path: String) throws -> MemberRecords {
        try XMLStream.parse(data, path: path) { stream in
            var records = MemberRecords()
            var person: MemberRecords.Person?
            while try stream.next() {
                if stream.event == .end, stream.name == "person" { person = nil }
                guard stream.event == .start else { continue }
                let a = { (name: String) -> String? in
                    guard let value = stream.attribute(name) else { return nil }
                    let trimmed = PublicWhipParser.collapse(value)
                    return trimmed.isEmpty ? nil : trimmed
                }
                switch stream.name {
                case "person":
                    guard let id = a("id") else { continue }
                    let found = MemberRecords.Person(id: id, name: a("latestname") ?? "")
                    records.people.append(found)
                    person = found
                case "office":
                    if let id = a("id"), let person { records.terms.append(.init(id: id, personID: person.id)) }
                case "member", "member_sp", "member_ni":
                    guard let id = a("id") else { continue }
                    let name = [a("firstname"), a("lastname")].compactMap { $0 }.joined(separator: " ")
                    let house = a("house") ?? (stream.name == "member_sp" ? "scotland" : stream.name == "member_ni" ? "ni" : nil)
                    records.terms.append(
                        .init(
                            id: id, house: house, name: name, party: a("party"),
                            constituency: a("constituency") ?? a("division"), from: a("fromdate"), to: a("todate")))
                case "lord":
                    guard let id = a("id") else { continue }
                    let title = a("title") ?? ""
                    let joiner = title.hasSuffix("ishop") ? " of " : " "
                    var name = [title, a("lordname") ?? ""].filter { !$0.isEmpty }.joined(separator: joiner)
                    if let of = a("lordofname") { name += " of \(of)" }
                    records.terms.append(
                        .init(
                            id: id, house: "lords", name: name, party: a("affiliation"), from: a("fromdate"),
                            to: a("todate")))
                case "alias":
                    guard let alias = a("alternate") else { continue }
                    for kind in ["fullname", "lastname", "constituency"] {
                        if let name = a(kind) {
                            records.aliases.append(.init(name: name, alias: alias, kind: kind, from: a("from"), to: a("to")))
                        }
                    }
                default:
                    break
                }
            }
            return records
        }
    }
}
