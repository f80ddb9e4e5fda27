import Foundation
import GRDB
import XCTest

@testable import MQTCore

/// No reader reads a file or URL named inside a document: external entities (general or parameter,
/// by URL or path, a FIFO, /dev/stdin), external DTDs and XIncludes. The target is a temporary file
/// holding a unique secret; no byte of it may reach the store. Files that use one are refused with
/// the place and the entity; the other files of the load still load.
final class ExternalEntityTests: XCTestCase {
    private var folder = ""
    private var secret = ""
    private var secretFile: String { folder + "/secret.txt" }
    private var secretDTD: String { folder + "/secret.dtd" }
    private var fifo: String { folder + "/fifo" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mqt-entities-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        secret = "SECRET\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        try secret.write(toFile: secretFile, atomically: true, encoding: .utf8)
        try "<!ENTITY y \"\(secret)\">".write(toFile: secretDTD, atomically: true, encoding: .utf8)
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    }

    override func tearDownWithError() throws {
        // Frees a reader stuck opening the FIFO (the bug), so the test process can end.
        let handle = open(fifo, O_WRONLY | O_NONBLOCK)
        if handle >= 0 { close(handle) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A one-speech ParlParse written-answers day; `subset` goes in the DOCTYPE, `use` in the speech.
    private func publicwhip(day: Int, doctype: String, use: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE publicwhip \(doctype)>
        <publicwhip scrapeversion="a" latest="yes">
        <minor-heading id="uk.org.publicwhip/wrans/2009-10-\(day)a.1.h" nospeaker="true">Charities</minor-heading>
        <ques id="uk.org.publicwhip/wrans/2009-10-\(day)a.1.q0" speakername="Bob Spink"><p>Before \(use) after &mdash; end</p></ques>
        </publicwhip>

        """
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/docs/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every value in every table of the store, as text.
    private func everything(in store: Store) throws -> String {
        try store.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return try tables.map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { row in
                    row.databaseValues.map(\.description).joined(separator: "|")
                }.joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }

    /// Runs `body` on another thread and fails instead of hanging when it takes over 30 seconds.
    private func withTimeout<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let done = expectation(description: "finished")
        nonisolated(unsafe) var result: Result<T, Error>?
        Thread {
            result = Result { try body() }
            done.fulfill()
        }.start()
        wait(for: [done], timeout: 30)
        return try XCTUnwrap(result, "timed out: a reader is reading something the document named").get()
    }

    private static let refusal = "mqt never reads a file or URL named inside a document"

    func testEveryExternalEntityIsRefusedNamingItAndTheOtherFilesLoad() throws {
        let entity = "<!ENTITY mdash \"&#8212;\">"
        let good = try write("wrans2009-10-20a.xml", publicwhip(day: 20, doctype: "[ \(entity) ]", use: "&mdash;"))
        let url = try write(
            "wrans2009-10-21a.xml", publicwhip(day: 21, doctype: "[ \(entity) <!ENTITY x SYSTEM \"file://\(secretFile)\"> ]", use: "&x;"))
        let path = try write(
            "wrans2009-10-22a.xml", publicwhip(day: 22, doctype: "[ \(entity) <!ENTITY x SYSTEM \"\(secretFile)\"> ]", use: "&x;"))
        let publicID = try write(
            "wrans2009-10-23a.xml",
            publicwhip(day: 23, doctype: "[ \(entity) <!ENTITY pub PUBLIC \"-//mqt//x\" \"\(secretFile)\"> ]", use: "&pub;"))
        let parameter = try write(
            "wrans2009-10-24a.xml",
            publicwhip(day: 24, doctype: "[ \(entity) <!ENTITY % p SYSTEM \"file://\(secretDTD)\"> %p; ]", use: "&y;"))
        let external = try write(
            "wrans2009-10-25a.xml", publicwhip(day: 25, doctype: "SYSTEM \"file://\(secretDTD)\" [ \(entity) ]", use: "&y;"))
        let fifoFile = try write(
            "wrans2009-10-26a.xml", publicwhip(day: 26, doctype: "[ \(entity) <!ENTITY x SYSTEM \"\(fifo)\"> ]", use: "&x;"))
        let stdin = try write(
            "wrans2009-10-27a.xml", publicwhip(day: 27, doctype: "[ \(entity) <!ENTITY x SYSTEM \"/dev/stdin\"> ]", use: "&x;"))
        let store = try Store()
        let folder = self.folder
        let report = try withTimeout { try Loader(store: store).load([folder + "/docs"]) }
        XCTAssertEqual(report.loadedFiles, [good])
        XCTAssertEqual(report.failures.map(\.file), [url, path, publicID, parameter, external, fifoFile, stdin])
        XCTAssertEqual(
            report.failures.map(\.error),
            [
                "\(url):5:90: external entity 'x' names \"file://\(secretFile)\": \(Self.refusal)",
                "\(path):5:90: external entity 'x' names \"\(secretFile)\": \(Self.refusal)",
                "\(publicID):5:92: external entity 'pub' names \"\(secretFile)\": \(Self.refusal)",
                "\(parameter):2:\(84 + secretDTD.utf8.count): external entity '%p' names \"file://\(secretDTD)\": \(Self.refusal)",
                "\(external):5:90: Entity 'y' not defined",
                "\(fifoFile):5:90: external entity 'x' names \"\(fifo)\": \(Self.refusal)",
                "\(stdin):5:90: external entity 'x' names \"/dev/stdin\": \(Self.refusal)",
            ])
        let stored = try everything(in: store)
        XCTAssertTrue(stored.contains("Before \u{2014} after \u{2014} end"), "the good file's internal entity is resolved")
        XCTAssertFalse(stored.contains(secret))
    }

    func testXIncludeIsNotFollowed() throws {
        let include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file://\(secretFile)\" parse=\"text\"/>"
        let path = try write("wrans2009-10-20a.xml", publicwhip(day: 20, doctype: "[ <!ENTITY mdash \"-\"> ]", use: include))
        let parsed = try ParlParseReader().read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        XCTAssertEqual(parsed.first?.speeches.map(\.text), ["Before after - end"])
    }

    func testEveryXMLReaderRefusesAnExternalEntity() throws {
        let doctype = "<!DOCTYPE root [ <!ENTITY x SYSTEM \"\(secretFile)\"> ]>\n"
        let documents: [(any TranscriptReader, String)] = [
            (OpenAustraliaReader(), "<debates><speech id=\"uk.org.publicwhip/debate/2007-09-20.1.1\" speakername=\"A\"><p>&x;</p></speech></debates>"),
            (AkomaNtosoReader(), "<akomaNtoso><debate name=\"d\"><debateBody><debateSection><speech by=\"#a\"><p>&x;</p></speech></debateSection></debateBody></debate></akomaNtoso>"),
            (TEIReader(), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div><u who=\"#a\"><seg>&x;</seg></u></div></body></text></TEI>"),
        ]
        for (reader, body) in documents {
            let path = folder + "/docs/" + reader.format + ".xml"
            let data = Data((doctype + body).utf8)
            XCTAssertThrowsError(try reader.read(data, path: path), reader.format) { error in
                let message = (error as? CoreError)?.description ?? ""
                XCTAssertTrue(message.hasPrefix("\(path):2:"), message)
                XCTAssertTrue(message.hasSuffix(": external entity 'x' names \"\(secretFile)\": \(Self.refusal)"), message)
            }
        }
    }

    func testEntityExpansionBombsStayRefused() throws {
        var subset = "<!ENTITY a0 \"lol\">"
        for level in 1...12 { subset += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let path = try write("wrans2009-10-20a.xml", publicwhip(day: 20, doctype: "[ \(subset) ]", use: "&a12;"))
        XCTAssertThrowsError(try ParlParseReader().read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)) { error in
            XCTAssertEqual((error as? CoreError)?.description, "\(path):1:5: entities expand too far (an entity that refers to itself, or an entity bomb)")
        }
    }

    func testTheHTMLReaderReadsNothingAPageNames() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/twfy-html/sp--2023-02-23.20.4.html")
        var page = try String(contentsOf: seed, encoding: .utf8)
        page = page.replacingOccurrences(
            of: "<!DOCTYPE html>",
            with: "<!DOCTYPE html SYSTEM \"file://\(secretDTD)\" [ <!ENTITY x SYSTEM \"file://\(secretFile)\"> ]>")
        let content = try XCTUnwrap(page.range(of: "<div class=\"debate-speech__content\">"))
        page.insert(
            contentsOf: "<p>Leak &x; &y; here</p><iframe src=\"file://\(secretFile)\"></iframe>"
                + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file://\(secretFile)\" parse=\"text\"/>",
            at: content.upperBound)
        let path = try write("sp--2023-02-23.20.4.html", page)
        let parsed = try TWFYHTMLReader().read(Data(page.utf8), path: path)
        let text = parsed.flatMap(\.speeches).map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.hasPrefix("Leak &x; &y; here\n\nThe next item of business"), String(text.prefix(80)))
        XCTAssertFalse(text.contains(secret))
    }
}
