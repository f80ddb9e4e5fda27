import Foundation
import XCTest

@testable import MQTCore

/// `load --members`: ParlParse member files and the Oireachtas member list resolve speaker ids to
/// people. Expected values were read off the files with python3's ElementTree and json.
final class MembersTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let members = repo + "/seeds/members/parlparse-members/"

    func seededStore() throws -> Store {
        let store = try Store()
        for file in [
            "people.xml", "all-members.xml", "peers-ucl.xml", "sp-members.xml", "member-aliases.xml",
            "peers-aliases.xml", "sp-aliases.xml",
        ] {
            try store.loadMembers(from: Self.members + file)
        }
        return store
    }

    func testEachFileKindIsRead() throws {
        let store = try Store()
        XCTAssertEqual(try store.loadMembers(from: Self.members + "people.xml").people, 50)
        XCTAssertEqual(try store.loadMembers(from: Self.members + "people.xml").ids, 336)
        XCTAssertEqual(try store.loadMembers(from: Self.members + "all-members.xml").ids, 38)
        XCTAssertEqual(try store.loadMembers(from: Self.members + "peers-ucl.xml").ids, 14)
        XCTAssertEqual(try store.loadMembers(from: Self.members + "sp-members.xml").ids, 69)
        XCTAssertEqual(try store.loadMembers(from: Self.members + "member-aliases.xml").aliases, 413)
        XCTAssertEqual(
            try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM people") }, 50,
            "loading a file twice updates it")
        let oireachtas = try store.loadMembers(from: Self.repo + "/seeds/members/oireachtas/33-dail-members-subset.json")
        XCTAssertEqual(oireachtas.people, 40)
    }

    func testATermIDResolvesToItsPersonPartyAndSeat() throws {
        let store = try seededStore()
        let balls = try XCTUnwrap(try store.person(forSpeakerID: "uk.org.publicwhip/member/1740"))
        XCTAssertEqual(
            balls,
            ResolvedPerson(
                personID: "uk.org.publicwhip/person/11740", name: "Edward Balls", party: "Lab",
                constituency: "Normanton", house: "commons"))
        let lord = try XCTUnwrap(try store.person(forSpeakerID: "uk.org.publicwhip/lord/100164"))
        XCTAssertEqual(lord.personID, "uk.org.publicwhip/person/13395")
        XCTAssertEqual(lord.name, "Lord Davies of Oldham")
        XCTAssertEqual(lord.party, "Lab")
        XCTAssertEqual(try store.person(forSpeakerID: "uk.org.publicwhip/person/11740")?.name, "Edward Balls")
        XCTAssertNil(try store.person(forSpeakerID: "uk.org.publicwhip/member/999999"))
    }

    func testNamesAndAliasesResolveWhenTheIDIsUnknown() throws {
        let store = try seededStore()
        XCTAssertEqual(try store.person(forSpeakerID: nil, name: "Ed Balls")?.personID, "uk.org.publicwhip/person/11740")
        XCTAssertEqual(
            try store.person(forSpeakerID: "uk.org.publicwhip/person/26120", name: "Edward Balls")?.name, "Edward Balls",
            "a 2023 person id missing from the 2015 people.xml falls back to the name")
        let identities = try store.identities(ofPerson: "uk.org.publicwhip/person/11740")
        XCTAssertEqual(
            identities.ids.filter { $0.hasPrefix("uk.org.publicwhip/") },
            ["uk.org.publicwhip/member/1740", "uk.org.publicwhip/member/40411"])
        XCTAssertEqual(identities.names, ["Edward Balls"])
        XCTAssertEqual(identities.aliases, ["Ed Balls"])
    }

    func testOireachtasMemberCodesResolve() throws {
        let store = try Store()
        try store.loadMembers(from: Self.repo + "/seeds/members/oireachtas/33-dail-members-subset.json")
        let connolly = try XCTUnwrap(try store.person(forSpeakerID: "Catherine-Connolly.D.2016-10-03"))
        XCTAssertEqual(
            connolly,
            ResolvedPerson(
                personID: "Catherine-Connolly.D.2016-10-03", name: "Catherine Connolly", party: "Independent",
                constituency: "Galway West", house: "dail"))
        XCTAssertEqual(try store.person(forSpeakerID: "CatherineConnolly")?.personID, "Catherine-Connolly.D.2016-10-03")
    }

    func testSpeakersGroupByPerson() throws {
        let store = try seededStore()
        _ = try Loader(store: store).load([Self.repo + "/seeds/parlparse-2009/wms"])
        let balls = try XCTUnwrap(try store.speakersByPerson(matching: "balls").first)
        XCTAssertEqual(balls.person?.personID, "uk.org.publicwhip/person/11740")
        XCTAssertEqual(balls.namesAsWritten, ["Edward Balls"])
        XCTAssertEqual(balls.ids, ["uk.org.publicwhip/member/1740"])
    }

    func testCountByPartyTakesPartiesFromMemberFilesWhenTheTranscriptNamesNone() throws {
        let bare = try Store()
        _ = try Loader(store: bare).load([Self.repo + "/seeds/parlparse-2009"])
        XCTAssertEqual(
            try bare.countMatches(try bare.compileQuery("schools"), by: .party),
            [
                GroupCount(group: nil, speeches: 10, hits: 14), GroupCount(group: "Lab", speeches: 1, hits: 2),
                GroupCount(group: "SNP", speeches: 1, hits: 1),
            ])
        let store = try seededStore()
        _ = try Loader(store: store).load([Self.repo + "/seeds/parlparse-2009"])
        XCTAssertEqual(
            try store.countMatches(try store.compileQuery("schools"), by: .party),
            [
                GroupCount(group: "Lab", speeches: 5, hits: 10), GroupCount(group: "SNP", speeches: 5, hits: 5),
                GroupCount(group: "Con", speeches: 2, hits: 2),
            ])
        // The member id's own record names the party (Steve Webb, member 1743, Liberal Democrat).
        XCTAssertEqual(
            try store.countMatches(try store.compileQuery("speaker:\"Steve Webb\""), by: .party).map(\.group), ["LDem"])
    }

    func testAMissingFileIsNamed() throws {
        XCTAssertThrowsError(try Store().loadMembers(from: "/nonexistent/people.xml")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/people.xml: no such file or folder")
        }
    }

    /// The full member files: the README's counts, and every speaker id in the 2009 set resolves.
    func testFullMemberFilesResolveEverySpeakerID() throws {
        let folder = Self.repo + "/../shared/corpora/parlparse-members/"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("../shared/corpora is absent: full member files not checked")
        }
        let store = try Store()
        let counts = try [
            "people.xml", "all-members.xml", "peers-ucl.xml", "sp-members.xml", "ni-members.xml", "member-aliases.xml",
            "peers-aliases.xml", "sp-aliases.xml", "ni-aliases.xml", "ministers.json",
        ].map { try store.loadMembers(from: folder + $0) }
        XCTAssertEqual(counts[0].people, 13217)
        XCTAssertEqual(counts[1].ids, 2037)
        XCTAssertEqual(counts[2].ids, 1217)
        XCTAssertEqual(counts[3].ids, 548)
        XCTAssertEqual(counts[4].ids, 497)
        XCTAssertEqual(counts[9].ids, 2890)
        _ = try Loader(store: store).load([Self.repo + "/../shared/corpora/twfy-parlparse-2009"])
        let ids = try store.read { try String.fetchAll($0, sql: "SELECT DISTINCT speaker_id FROM speeches WHERE speaker_id IS NOT NULL") }
        let unresolved = try ids.filter { try store.person(forSpeakerID: $0) == nil }
        XCTAssertEqual(unresolved, [])
        XCTAssertEqual(
            try store.person(forSpeakerID: "uk.org.publicwhip/member/40031")?.personID.hasPrefix("uk.org.publicwhip/person/"),
            true, "a 2009 by-election winner missing from all-members.xml resolves through people.xml")
    }
}
