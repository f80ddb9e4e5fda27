import Foundation
import MQTKit

/// `quotes --reported`: text a speaker quotes inside a speech, between “ and ” or a pair of ",
/// in corpus order.
enum ReportedQuotes {
    static func table(_ set: SpeechSet, minWords: Int, maxWords: Int, top: Int, context: any Context) throws -> Value {
        let limit = top == 0 ? Int.max : top
        var rows: [[Cell]] = []
        try context.corpus.forEachSpeech(in: set) { speech in
            try context.checkInterrupted()
            let sentences = SentenceSplitter.sentences(in: speech.text)
            for quoted in quotations(in: speech.text) {
                let length = Tokenizer.wordCount(quoted)
                guard length >= minWords && length <= maxWords else { continue }
                let head = String(quoted.prefix(30))
                let position = sentences.firstIndex { $0.contains(head) }.map { $0 + 1 }
                rows.append([
                    .text(speech.speaker), Cell(speech.party ?? speech.role), .text(speech.date), .text(speech.speechID),
                    position.map(Cell.int) ?? .null, .text(quoted),
                ])
                if rows.count == limit { return false }
            }
            return true
        }
        let columns = [
            Column("quoted by", key: "speaker"), Column("party or role", key: "party_or_role"), Column("date", keepsWidth: true),
            Column("id", key: "speech_id", keepsWidth: true), Column("sentence"), Column("quote", wraps: true),
        ]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no quotation marks around \(minWords) words or more"))
    }

    /// The texts between “ and ” (nested ‘ ’ kept inside), and between a pair of straight " in a
    /// paragraph, trimmed, in order.
    static func quotations(in text: String) -> [String] {
        var result: [String] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            var open: String.Index?
            var straight: String.Index?
            for index in paragraph.indices {
                switch paragraph[index] {
                case "“": open = paragraph.index(after: index)
                case "”":
                    if let start = open { result.append(String(paragraph[start..<index])) }
                    open = nil
                case "\"":
                    if let start = straight {
                        result.append(String(paragraph[start..<index]))
                        straight = nil
                    } else {
                        straight = paragraph.index(after: index)
                    }
                default: break
                }
            }
        }
        return result.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
