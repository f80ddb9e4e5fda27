import Foundation

/// Member lists in JSON: ParlParse's `ministers.json` (popolo `memberships` with `organizations`)
/// and the Oireachtas API's member list (`results[].member`).
enum MemberJSONReader {
    static func read(_ data: Data, path: String) throws -> MemberRecords {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw JSONProblem.malformed(error, data: data, path: path)
        }
        var records = MemberRecords()
        guard let object = json as? [String: Any] else { return records }
        if let memberships = object["memberships"] as? [[String: Any]] {
            var organisations: [String: String] = [:]
            for organisation in object["organizations"] as? [[String: Any]] ?? [] {
                if let id = organisation["id"] as? String { organisations[id] = organisation["name"] as? String }
            }
            for membership in memberships {
                guard let id = membership["id"] as? String else { continue }
                let organisation = (membership["organization_id"] as? String).flatMap { organisations[$0] }
                let role = [membership["role"] as? String, organisation].compactMap { $0 }.joined(separator: ", ")
                records.terms.append(
                    .init(
                        id: id, personID: membership["person_id"] as? String, house: "government",
                        role: role.isEmpty ? nil : role, from: membership["start_date"] as? String,
                        to: membership["end_date"] as? String))
            }
        }
        for result in object["results"] as? [[String: Any]] ?? [] {
            guard let member = result["member"] as? [String: Any], let code = member["memberCode"] as? String else {
                continue
            }
            let name = PublicWhipParser.collapse(member["fullName"] as? String ?? code)
            records.people.append(.init(id: code, name: name))
            var term = MemberRecords.Term(id: code, personID: code, name: name)
            for item in member["memberships"] as? [[String: Any]] ?? [] {
                guard let membership = item["membership"] as? [String: Any] else { continue }
                let house = membership["house"] as? [String: Any]
                term.house = house?["houseCode"] as? String ?? term.house
                let parties = (membership["parties"] as? [[String: Any]] ?? []).compactMap {
                    ($0["party"] as? [String: Any])?["showAs"] as? String
                }
                let seats = (membership["represents"] as? [[String: Any]] ?? []).compactMap {
                    ($0["represent"] as? [String: Any])?["showAs"] as? String
                }
                term.party = parties.last ?? term.party
                term.constituency = seats.last ?? term.constituency
                let range = membership["dateRange"] as? [String: Any]
                term.from = range?["start"] as? String ?? term.from
                term.to = range?["end"] as? String
            }
            records.terms.append(term)
            if let pID = member["pId"] as? String, pID != code {
                var alias = term
                alias.id = pID
                records.terms.append(alias)
            }
        }
        return records
    }
}
