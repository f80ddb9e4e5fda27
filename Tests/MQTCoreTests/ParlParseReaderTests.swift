import Foundation
import XCTest

@testable import MQTCore

/// ParlParse / TheyWorkForYou XML. Expected numbers were computed independently with python3's
/// expat (`bench/load-reference-counts.py`), which resolves the internal-DTD entities itself.
final class ParlParseReaderTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let seeds = repo + "/seeds/parlparse-2009"

    static func read(_ path: String) throws -> ParsedTranscript {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try XCTUnwrap(ReaderRegistry.reader(for: data, fileName: (path as NSString).lastPathComponent))
        XCTAssertEqual(reader.format, "parlparse")
        let parsed = try reader.read(data, path: path)
        XCTAssertEqual(parsed.count, 1)
        return try XCTUnwrap(parsed.first)
    }

    static func kinds(_ t: ParsedTranscript) -> [String: Int] {
        t.speeches.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 }
    }

    /// Non-whitespace characters of all speech text (`|` joins table cells, so it is left out).
    static func characters(_ t: ParsedTranscript) -> Int {
        t.speeches.reduce(0) { total, speech in
            total + speech.paragraphs.reduce(0) { sum, p in
                sum + p.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "|" }.count
            }
        }
    }

    func testSeedFilesCountsByKindSpeakersAndEveryCharacter() throws {
        let expected: [(String, [String: Int], Int, Int)] = [
            ("lordswrans/lordswrans2009-10-29a.xml", ["question": 18, "answer": 18], 13, 18254),
            ("sp-written/spwa2009-10-29.xml", ["question": 34, "answer": 33], 23, 20971),
            ("standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml", ["speech": 70], 9, 55767),
            ("wms/ministerial2009-10-26a.xml", [:], 0, 0),
            ("wms/ministerial2009-10-26b.xml", ["speech": 3], 3, 5900),
            ("wms/ministerial2009-10-26c.xml", ["speech": 8], 6, 12550),
        ]
        for (file, kinds, speakers, characters) in expected {
            let t = try Self.read(Self.seeds + "/" + file)
            XCTAssertEqual(Self.kinds(t), kinds, file)
            XCTAssertEqual(Set(t.speeches.map(\.speaker)).count, speakers, file)
            XCTAssertEqual(Self.characters(t), characters, file)
        }
    }

    func testModernStyleUsesPersonIDsAndTypes() throws {
        let t = try Self.read(Self.repo + "/seeds/parlparse-2023/debates2023-03-28d.xml")
        XCTAssertEqual(
            Self.kinds(t), ["answer": 109, "interjection": 1, "question": 113, "speech": 22, "statement": 2])
        XCTAssertEqual(Set(t.speeches.map(\.speaker)).count, 82)
        XCTAssertEqual(Self.characters(t), 112077)
        XCTAssertEqual(t.transcript.versionKey, "debates/2023-03-28")
        XCTAssertEqual(t.transcript.version, "d")
        let first = try XCTUnwrap(t.speeches.first)
        XCTAssertEqual(first.sourceID, "uk.org.publicwhip/debate/2023-03-28d.809.7")
        XCTAssertEqual(first.speaker, "Andrew Western")
        XCTAssertEqual(first.speakerID, "uk.org.publicwhip/person/26120")
        XCTAssertEqual(first.kind, .question)
        XCTAssertEqual(first.headings, ["Justice", "Violence against Women and Girls"])
        XCTAssertNil(first.url, "url=\"\" is no url")
    }

    func testSectionBodyDateAndVersionComeFromTheFileName() throws {
        let cases: [(String, String, String, String, String, String)] = [
            ("wms/ministerial2009-10-26b.xml", "wms", "House of Commons", "2009-10-26", "wms/2009-10-26", "b"),
            ("lordswrans/lordswrans2009-10-29a.xml", "lordswrans", "House of Lords", "2009-10-29",
             "lordswrans/2009-10-29", "a"),
            ("sp-written/spwa2009-10-29.xml", "spwrans", "Scottish Parliament", "2009-10-29", "spwrans/2009-10-29", ""),
            ("standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml", "standing", "House of Commons",
             "2009-10-29", "standing/2009-10-20_CHILDPOV_07-0_2009-10-29", "a"),
        ]
        for (file, section, body, date, key, version) in cases {
            let t = try Self.read(Self.seeds + "/" + file).transcript
            XCTAssertEqual(
                [t.section, t.body, t.date, t.versionKey, t.version], [section, body, date, key, version], file)
        }
        let standing = try Self.read(Self.seeds + "/standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml")
        XCTAssertEqual(standing.transcript.title, "Public Bill Committee: Child Poverty Bill")
    }

    func testSentencesCrossingDTDEntitiesKeepEveryWord() throws {
        let wms = try Self.read(Self.seeds + "/wms/ministerial2009-10-26b.xml")
        XCTAssertTrue(
            wms.speeches.flatMap(\.paragraphs).contains(
                "more help for disadvantaged and disabled young people in accessing work experience so that all "
                    + "young people\u{2014}regardless of their background, ethnicity or gender\u{2014}can realise "
                    + "their full potential;"))
        let lords = try Self.read(Self.seeds + "/lordswrans/lordswrans2009-10-29a.xml")
        let answer = try XCTUnwrap(lords.speeches.first { $0.sourceID == "uk.org.publicwhip/wrans/2009-10-29a.172.8" })
        XCTAssertEqual(answer.speaker, "Baroness Taylor of Bolton")
        XCTAssertTrue(
            answer.text.contains("The MoD provided \u{00A3}10,000 of funding to the Armed Forces Day event in Carrickfergus."))
    }

    func testDeclaredISO88591EncodingIsHonoured() throws {
        let wms = try Self.read(Self.seeds + "/wms/ministerial2009-10-26b.xml")
        XCTAssertTrue(wms.speeches.contains { $0.text.contains("took place in Ume\u{00E5}, Sweden on 14 and") })
    }

    func testWindows1252NumericReferencesBecomeTheirCharacters() throws {
        let t = try Self.read(Self.seeds + "/standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml")
        let selous = try XCTUnwrap(
            t.speeches.first {
                $0.sourceID == "uk.org.publicwhip/standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.2.2"
            })
        XCTAssertEqual(selous.speaker, "Andrew Selous")
        XCTAssertTrue(selous.paragraphs.contains("\u{2018}and the promotion of economic enterprise\u{2019}."))
        let c1 = t.speeches.flatMap(\.paragraphs).joined().unicodeScalars.filter { (0x80...0x9F).contains($0.value) }
        XCTAssertEqual(c1.count, 0)
    }

    func testAReplyThatAnswersTwoQuestions() throws {
        let t = try Self.read(Self.seeds + "/sp-written/spwa2009-10-29.xml")
        let ids = t.speeches.map { $0.sourceID ?? "" }
        let first = try XCTUnwrap(ids.firstIndex(of: "uk.org.publicwhip/spwa/2009-10-29.S3W-27917.q0"))
        let group = Array(t.speeches[first...(first + 2)])
        XCTAssertEqual(
            group.map { $0.sourceID ?? "" },
            [
                "uk.org.publicwhip/spwa/2009-10-29.S3W-27917.q0", "uk.org.publicwhip/spwa/2009-10-29.S3W-27918.q1",
                "uk.org.publicwhip/spwa/2009-10-29.S3W-27918.r0",
            ])
        XCTAssertEqual(group.map(\.kind), [.question, .question, .answer])
        XCTAssertEqual(Set(group.map(\.headings)).count, 1, "the reply sits under its questions' heading")
    }

    func testTruncatedFileNamesFileLineAndColumn() throws {
        let folder = NSTemporaryDirectory() + "mqt-truncated-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.seeds + "/wms/ministerial2009-10-26c.xml"))
        let path = folder + "/ministerial2009-10-26c.xml"
        try whole.prefix(20000).write(to: URL(fileURLWithPath: path))
        let store = try Store()
        let report = try Loader(store: store).load([path])
        XCTAssertEqual(report.failures.map(\.file), [path])
        XCTAssertEqual(
            report.failures.first?.error,
            "\(path):166:329: the file ends inside <p> opened on line 166: is it truncated?")
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM transcripts") }, 0)
    }

    func testEntityExpansionBombIsRefused() throws {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE publicwhip [\n<!ENTITY a \"aaaaaaaaaa\">\n"
        let names = Array("abcdefghij")
        for (previous, name) in zip(names, names.dropFirst()) {
            bomb += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        bomb += "]>\n<publicwhip>\n<speech id=\"uk.org.publicwhip/debate/2009-10-27a.1.1\" speakername=\"A\">"
        bomb += "<p>&j;</p></speech>\n</publicwhip>\n"
        let path = "/tmp/debates2009-10-27a.xml"
        XCTAssertThrowsError(try ParlParseReader().read(Data(bomb.utf8), path: path)) { error in
            XCTAssertEqual("\(error)", "\(path):1:4: entities expand too far (an entity that refers to itself, or an entity bomb)")
        }
    }

    /// The whole 2009 set from ../shared/corpora: only the newest version of each day counts.
    func testFullCorpusMatchesTheCorporaReadme() throws {
        let folder = Self.repo + "/../shared/corpora/twfy-parlparse-2009"
        guard FileManager.default.fileExists(atPath: folder) else {
            throw XCTSkip("../shared/corpora is absent: full-corpus counts not checked")
        }
        let store = try Store()
        let report = try Loader(store: store).load([folder])
        XCTAssertEqual(report.failures.count, 0, "\(report.failures)")
        XCTAssertEqual(report.skippedFiles.count, 9, "the changedates.txt files")
        let (total, _) = try store.summary()
        // README: 7,942 records in the latest files, of which 321 are nospeaker items (not speeches).
        XCTAssertEqual(total.transcripts, 42)
        XCTAssertEqual(total.speeches, 7942 - 321)
        XCTAssertEqual(total.kinds, ["speech": 4179, "question": 1738, "answer": 1704])
        XCTAssertEqual(total.speakers, 907)
    }

    func testTimesAndNamesAreNormalised() {
        XCTAssertEqual(PublicWhipParser.time("014:30:00"), "14:30:00")
        XCTAssertEqual(PublicWhipParser.time("9:30"), "09:30:00")
        XCTAssertEqual(PublicWhipParser.time("23:05:7"), "23:05:07")
        XCTAssertNil(PublicWhipParser.time("unknown"))
        XCTAssertNil(PublicWhipParser.time(""))
        XCTAssertEqual(PublicWhipParser.collapse("Mr. Speaker"), "Mr. Speaker")
        XCTAssertEqual(PublicWhipParser.collapse(" Mr.  Speaker\n"), "Mr. Speaker")
        XCTAssertEqual(PublicWhipParser.collapse("Dáil\u{00A0} Éireann"), "Dáil Éireann")
        XCTAssertEqual(PublicWhipParser.collapse("Mr\tSpeaker"), "Mr Speaker")
        XCTAssertEqual(PublicWhipParser.collapse(""), "")
        XCTAssertEqual(PublicWhipParser.collapse("   "), "")
    }
}
