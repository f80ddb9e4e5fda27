import Foundation
import MQTKit
import MQTPlugins
import XCTest
@testable import MQTShell
@testable import QuotesPlugin

/// `verify`: the alignment by hand, and quotes from every kind of loaded transcript found again
/// with one word changed, one dropped, or the speaker wrong.
final class VerifyTests: XCTestCase {
    func testAlignmentByHand() {
        // quote: a b x d; speech: z a b c d z. Local alignment a=a (2), b=b (2), x/c changed (-1),
        // d=d (2): score 5; the z's are outside it.
        let alignment = QuoteAlignment.align(["a", "b", "x", "d"], ["z", "a", "b", "c", "d", "z"])
        XCTAssertEqual(alignment.score, 5)
        XCTAssertEqual(alignment.steps, [.match(quote: 0, speech: 1), .match(quote: 1, speech: 2), .changed(quote: 2, speech: 3), .match(quote: 3, speech: 4)])
        // An ellipsis passes over c and e for nothing: a b … d, against a b c e d: 2 + 2 + 0 + 2 = 6.
        let cut = QuoteAlignment.align(["a", "b", QuoteAlignment.ellipsis, "d"], ["a", "b", "c", "e", "d"])
        XCTAssertEqual(cut.score, 6)
        XCTAssertEqual(cut.steps.filter { if case .elided = $0 { return true } else { return false } }.count, 2)
        // A dropped word: a b d against a b c d: 2 + 2 - 1 + 2 = 5.
        XCTAssertEqual(QuoteAlignment.align(["a", "b", "d"], ["a", "b", "c", "d"]).steps[2], .dropped(speech: 2))
        XCTAssertEqual(QuoteAlignment.quoteWords("One… two ... three").map(\.folded), ["one", "…", "two", "…", "three"])
    }

    func testQuotesFromEveryKindOfTranscriptAreFoundAgain() throws {
        let session = try ScriptRunner.freshSession(plugins: AllPlugins.list, folder: repositoryRoot + "/seeds")
        XCTAssertNil(session.execute("load .").error)
        var picked: [(sentence: String, speaker: String)] = []
        var seenFormats = Set<String>()
        try session.corpus.forEachSpeech(in: session.corpus.everything) { speech in
            // One speech a transcript title, sentences of 12 to 30 words that are prose.
            guard seenFormats.insert(speech.title).inserted else { return true }
            let sentence = SentenceSplitter.sentences(in: speech.text).first {
                let n = Tokenizer.tokens(in: $0).count
                return n >= 12 && n <= 30 && QuoteScore.isProse($0, words: Tokenizer.tokens(in: $0))
            }
            if let sentence { picked.append((sentence, speech.speaker)) }
            return picked.count < 12
        }
        XCTAssertGreaterThanOrEqual(picked.count, 10)
        for (sentence, speaker) in picked {
            let words = sentence.split(separator: " ").map(String.init)
            let middle = words.count / 2
            func verify(_ text: String, _ options: String = "") throws -> [String: Any] {
                let line = "verify \"\(text.replacingOccurrences(of: "\"", with: "'"))\" \(options) --format json"
                let output = session.execute(line).output
                return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], line + "\n" + output)
            }
            let exact = try verify(sentence)
            XCTAssertEqual(exact["verdict"] as? String, "exact", sentence)
            var changed = words
            changed[middle] = "pineapple"
            let altered = try verify(changed.joined(separator: " "))
            XCTAssertEqual(altered["verdict"] as? String, "altered", sentence)
            XCTAssertEqual((altered["changed"] as? [String])?.count, 1, sentence)
            var shorter = words
            let gone = shorter.remove(at: middle)
            let dropped = try verify(shorter.joined(separator: " "))
            XCTAssertEqual(dropped["verdict"] as? String, "altered", sentence)
            XCTAssertEqual((dropped["dropped"] as? [String])?.first.map { gone.contains($0) }, true, "\(sentence): \(dropped)")
            let wrong = try verify(sentence, "--speaker Nobody")
            XCTAssertEqual(wrong["verdict"] as? String, "misattributed", sentence)
            XCTAssertEqual(wrong["speaker"] as? String, speaker, sentence)
        }
    }

    /// The same words said by two speakers (the seed, and a copy with Sadiq Khan's name changed):
    /// the speaker claimed is the one found, so a quote is not called misattributed for that.
    func testTheClaimedSpeakerWinsEqualPassages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mqt-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try String(contentsOfFile: repositoryRoot + "/seeds/prevent-in-london-2021-11-29.txt", encoding: .utf8)
        let copy = ("Prevent in London again" + seed.drop { $0 != "\n" }).replacingOccurrences(of: "Sadiq Khan", with: "Jane Doe")
        try copy.write(to: folder.appendingPathComponent("copy.txt"), atomically: true, encoding: .utf8)
        let session = try seededSession()
        XCTAssertNil(session.execute("load \(folder.path)/copy.txt").error)
        for name in ["Jane Doe", "Sadiq Khan"] {
            let output = session.execute("verify \"Self-regulation is clearly not working.\" --speaker \"\(name)\" --format json").output
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            XCTAssertEqual(record["verdict"] as? String, "exact", name)
            XCTAssertEqual(record["speaker"] as? String, name)
        }
    }

    func testNothingCloseIsNotFound() throws {
        let session = try seededSession()
        XCTAssertEqual(session.execute("verify \"Fishing quotas off Iceland were set by treaty in the spring\"").output, "not found: no passage in the corpus is close to the quote")
        XCTAssertEqual(session.execute("verify x").error?.description, "error: verify needs a quote of two words or more, not 'x'")
        let long = String(repeating: "word ", count: 301)
        XCTAssertEqual(session.execute("verify \"\(long)\"").error?.description, "error: verify checks quotes of at most 300 words; this one has 301: check it in parts")
        XCTAssertEqual(session.execute("verify \"... …\"").error?.description, "error: verify needs a quote of two words or more, not '... …'")
    }
}
