import Foundation
import XCTest
@testable import MQTCore

final class TWFYTextReaderTests: XCTestCase {
    let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/prevent-in-london-2021-11-29.txt").path

    func testReadsTheSeedAsOneTranscriptOfSevenSpeeches() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: seedPath))
        let reader = try XCTUnwrap(ReaderRegistry.reader(for: data, fileName: "anything.dat"))
        XCTAssertEqual(reader.format, "twfy-text")
        let parsed = try reader.read(data, path: seedPath)
        XCTAssertEqual(parsed.count, 1)
        let t = parsed[0].transcript
        XCTAssertEqual(t.title, "Prevent in London")
        XCTAssertEqual(t.body, "London Assembly")
        XCTAssertEqual(t.section, "lmqs")
        XCTAssertEqual(t.date, "2021-11-29")
        let speeches = parsed[0].speeches
        XCTAssertEqual(speeches.map(\.speaker), [
            "Unmesh Desai", "Sadiq Khan", "Unmesh Desai", "Sadiq Khan", "Unmesh Desai", "Sadiq Khan", "Unmesh Desai",
        ])
        XCTAssertEqual(speeches[0].party, "Labour")
        XCTAssertNil(speeches[0].role)
        XCTAssertEqual(speeches[1].role, "Mayor of London")
        XCTAssertNil(speeches[1].party)
        XCTAssertEqual(speeches.map(\.kind.rawValue), ["question", "answer", "question", "answer", "question", "answer", "question"])
        XCTAssertEqual(speeches.map(\.paragraphs.count), [1, 4, 2, 3, 2, 4, 1])
        XCTAssertEqual(speeches.reduce(0) { $0 + $1.paragraphs.count }, 17, "every paragraph kept")
        XCTAssertFalse(speeches.contains { $0.text.contains("Alert me about debates like this") })
        XCTAssertEqual(speeches[6].text, "Thank you, Mr\u{A0}Mayor. I have two other questions, but I will put those two in writing.")
    }

    func testSpeakerHeaderFindsTheRepeatedName() {
        XCTAssertEqual(TWFYTextReader.speakerHeader("Photo of Sadiq Khan Sadiq Khan Mayor of London")?.name, "Sadiq Khan")
        XCTAssertEqual(TWFYTextReader.speakerHeader("Photo of Sadiq Khan Sadiq Khan Mayor of London")?.role, "Mayor of London")
        let mp = TWFYTextReader.speakerHeader("Photo of Alison McGovern Alison McGovern Labour, Wirral South")
        XCTAssertEqual(mp?.name, "Alison McGovern")
        XCTAssertEqual(mp?.party, "Labour")
        XCTAssertNil(TWFYTextReader.speakerHeader("Photo of nobody in particular"))
    }

    func testTextBeforeAnySpeakerIsAnErrorWithItsLine() {
        let text = "Title\nQuestions to the Mayor of London – answered on 1st December 2021.\nstray line\nPhoto of A B A B Labour\nHello.\n"
        XCTAssertThrowsError(try TWFYTextReader().read(Data(text.utf8), path: "x.txt")) { error in
            XCTAssertEqual("\(error)", "x.txt:3:1: text before the first speaker: 'stray line'")
        }
    }

    func testProseDates() {
        XCTAssertEqual(DateText.isoDate(fromProse: "answered on 29th November 2021."), "2021-11-29")
        XCTAssertEqual(DateText.isoDate(fromProse: "House of Commons – Tuesday 27 October 2009"), "2009-10-27")
        XCTAssertNil(DateText.isoDate(fromProse: "no date here"))
    }
}

final class TextToolsTests: XCTestCase {
    func testTokensMirrorUnicode61() {
        let tokens = Tokenizer.tokens(in: "The Government’s Dáil, £1.4m!")
        XCTAssertEqual(tokens.map(\.folded), ["the", "government", "s", "dail", "1", "4m"])
        XCTAssertEqual(tokens[3].range, 17..<21)
    }

    func testWordCountJoinsApostrophes() {
        XCTAssertEqual(Tokenizer.wordCount("The Government’s plan isn't new."), 5)
    }

    func testSentencesSkipAbbreviations() {
        XCTAssertEqual(
            SentenceSplitter.sentences(in: "Thank you, Mr. Mayor. It is not working. Is it? Yes.\n\nNew paragraph"),
            ["Thank you, Mr. Mayor.", "It is not working.", "Is it?", "Yes.", "New paragraph"])
    }
}
