import Foundation

/// A speaker resolved to one person through the member files.
public struct ResolvedPerson: Sendable, Equatable {
    /// `uk.org.publicwhip/person/N` or an Oireachtas member code; the term's own id when no people
    /// file linked it to a person.
    public var personID: String
    /// The canonical name (people.xml's `latestname`, or the term's name).
    public var name: String
    /// Party and constituency of the term that matched (or the person's latest term).
    public var party: String?
    public var constituency: String?
    public var house: String?
}

extension Store {
    /// Reads one member file (ParlParse people/members/peers/MSPs/MLAs/aliases XML, `ministers.json`,
    /// the Oireachtas member JSON) into the member tables in one transaction. Loading a file again
    /// updates its rows. Returns how many people, ids and aliases the file held.
    @discardableResult
    public func loadMembers(from path: String) throws -> (people: Int, ids: Int, aliases: Int) {
        try checkWritable("load members")
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            guard FileManager.default.fileExists(atPath: path) else { throw CoreError.fileNotFound(path) }
            throw CoreError.unreadable(path, reason: "permission denied or not a file")
        }
        let records = try MemberFileReader.read(SourceText.normalized(data), path: path)
        let source = (path as NSString).lastPathComponent
        do {
            try queue.write { db in
                for statement in Schema.memberStatements { try db.execute(sql: statement) }
                let insertPerson = try db.cachedStatement(
                    sql: """
                            INSERT INTO people(person_id, name, source) VALUES (?, ?, ?)
                        ON CONFLICT(person_id) DO UPDATE SET name = excluded.name, source = excluded.source
                        """)
                for person in records.people { try insertPerson.execute(arguments: [person.id, person.name, source]) }
                let insertTerm = try db.cachedStatement(
                    sql: """
                            INSERT INTO member_ids(id, person_id, house, name, party, constituency, role, from_date,
                              to_date, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT(id) DO UPDATE SET
                              person_id = coalesce(excluded.person_id, person_id), house = coalesce(excluded.house, house),
                              name = coalesce(excluded.name, name), party = coalesce(excluded.party, party),
                              constituency = coalesce(excluded.constituency, constituency),
                              role = coalesce(excluded.role, role), from_date = coalesce(excluded.from_date, from_date),
                              to_date = coalesce(excluded.to_date, to_date)
                            """)
                for t in records.terms {
                    try insertTerm.execute(
                        arguments: [
                            t.id, t.personID, t.house, t.name, t.party, t.constituency, t.role, t.from, t.to, source,
                        ])
                }
                try db.execute(sql: "DELETE FROM member_aliases WHERE source = ?", arguments: [source])
                for a in records.aliases {
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO member_aliases(name, alias, kind, from_date, to_date, source)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """, arguments: [a.name, a.alias, a.kind, a.from, a.to, source])
                }
            }
        } catch let error as DatabaseError {
            throw CoreError.store("\(path): \(error.message ?? error.description)")
        }
        return (records.people.count, records.terms.count, records.aliases.count)
    }

    /// The person behind a speaker id as transcripts give it (`uk.org.publicwhip/member/1891`,
    /// `.../lord/100001`, `.../person/10001`, an Oireachtas member code). When the id is unknown
    /// (or absent) and `name` is given, the name is tried: a person's or term's name, or an alias
    /// valid on `date`; a trailing `(Constituency) (Party)` is ignored. Nil when nothing matches or
    /// no member file was loaded.
    public func person(forSpeakerID id: String?, name: String? = nil, on date: String? = nil) throws -> ResolvedPerson? {
        try read { db in
            guard try db.tableExists("member_ids") else { return nil }
            if let id, let found = try Self.resolve(id: id, on: date, db) { return found }
            guard let name, !name.isEmpty else { return nil }
            let plain = Self.withoutParentheses(name)
            var candidates = [plain]
            candidates += try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM member_aliases WHERE alias = ? AND kind = 'fullname'
                      AND (?2 IS NULL OR ((from_date IS NULL OR from_date <= ?2) AND (to_date IS NULL OR to_date >= ?2)))
                    """, arguments: [plain, date])
            for candidate in candidates {
                if let personID = try String.fetchOne(
                    db, sql: "SELECT person_id FROM people WHERE name = ? ORDER BY person_id LIMIT 1", arguments: [candidate]),
                    let found = try Self.resolve(id: personID, on: date, db)
                {
                    return found
                }
                if let termID = try String.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM member_ids WHERE name = ?1
                        ORDER BY (?2 IS NOT NULL AND coalesce(from_date, '') <= ?2 AND coalesce(to_date, '9999') >= ?2) DESC,
                          coalesce(to_date, '9999') DESC LIMIT 1
                        """, arguments: [candidate, date]),
                    let found = try Self.resolve(id: termID, on: date, db)
                {
                    return found
                }
            }
            return nil
        }
    }

    /// Every id and name form known for a person: their term and office ids, the names those
    /// terms carry, and the aliases of those names.
    public func identities(ofPerson personID: String) throws -> (ids: [String], names: [String], aliases: [String]) {
        try read { db in
            guard try db.tableExists("member_ids") else { return ([], [], []) }
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM member_ids WHERE person_id = ?1 OR id = ?1 ORDER BY id", arguments: [personID])
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM people WHERE person_id = ?1
                    UNION SELECT name FROM member_ids WHERE (person_id = ?1 OR id = ?1) AND name IS NOT NULL AND name != ''
                    ORDER BY 1
                    """, arguments: [personID])
            let aliases = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT alias FROM member_aliases WHERE kind = 'fullname'
                      AND name IN (SELECT value FROM json_each(?)) ORDER BY alias
                    """, arguments: [String(decoding: try JSONEncoder().encode(names), as: UTF8.self)])
            return (ids, names, aliases)
        }
    }

    /// The corpus's speakers grouped by person: each person (or, when no member file knows them, each
    /// name as written) with the names and ids the transcripts use, and their number of speeches.
    /// `matching` keeps entries where the canonical name or a written name contains it (any case).
    public func speakersByPerson(matching filter: String? = nil) throws -> [(
        person: ResolvedPerson?, name: String, namesAsWritten: [String], ids: [String], speeches: Int
    )] {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT speaker, speaker_id, count(*) AS n, max(date) AS last FROM speeches
                    GROUP BY speaker, speaker_id ORDER BY speaker
                    """)
        }
        var groups: [String: (person: ResolvedPerson?, names: Set<String>, ids: Set<String>, speeches: Int)] = [:]
        for row in rows {
            let speaker: String = row["speaker"]
            let id: String? = row["speaker_id"]
            let person = try person(forSpeakerID: id, name: speaker, on: row["last"])
            let key = person.map { "p:" + $0.personID } ?? "n:" + speaker
            var group = groups[key] ?? (person, [], [], 0)
            group.names.insert(speaker)
            if let id { group.ids.insert(id) }
            group.speeches += row["n"] as Int
            groups[key] = group
        }
        let needle = filter.map { Tokenizer.fold($0) }
        return groups.values.map { group in
            (group.person, group.person?.name ?? group.names.sorted().first ?? "", group.names.sorted(), group.ids.sorted(),
             group.speeches)
        }
        .filter { entry in
            guard let needle else { return true }
            return ([entry.name] + entry.namesAsWritten).contains { Tokenizer.fold($0).contains(needle) }
        }
        .sorted { $0.speeches != $1.speeches ? $0.speeches > $1.speeches : $0.name < $1.name }
    }

    /// Resolves a person id or a term id.
    static func resolve(id: String, on date: String?, _ db: Database) throws -> ResolvedPerson? {
        if let name = try String.fetchOne(db, sql: "SELECT name FROM people WHERE person_id = ?", arguments: [id]) {
            let term = try Row.fetchOne(
                db,
                sql: """
                    SELECT party, constituency, house FROM member_ids WHERE person_id = ?1 AND house != 'government'
                    ORDER BY (?2 IS NOT NULL AND coalesce(from_date, '') <= ?2 AND coalesce(to_date, '9999') >= ?2) DESC,
                      coalesce(to_date, '9999') DESC LIMIT 1
                    """, arguments: [id, date])
            return ResolvedPerson(
                personID: id, name: name, party: term?["party"], constituency: term?["constituency"], house: term?["house"])
        }
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM member_ids WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let personID: String? = row["person_id"]
        if let personID, personID != id, var person = try resolve(id: personID, on: date, db) {
            let house: String? = row["house"]
            if house != "government" {
                person.party = row["party"] ?? person.party
                person.constituency = row["constituency"] ?? person.constituency
                person.house = house ?? person.house
            }
            return person
        }
        return ResolvedPerson(
            personID: personID ?? id, name: row["name"] ?? id, party: row["party"], constituency: row["constituency"],
            house: row["house"])
    }

    /// `Elizabeth Smith (Mid Scotland and Fife) (Con)` → `Elizabeth Smith`.
    static func withoutParentheses(_ name: String) -> String {
        var text = name.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            text = text[..<open].trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
