import Foundation

extension ExportedSpeech {
    /// Reads one decoded JSON Lines object; `location` names the line in messages. `title`, `date`,
    /// `speaker` and `text` are required, the rest may be missing or null.
    init(object: [String: Any], location: SourceLocation) throws {
        func problem(_ text: String) -> CoreError { .malformed(location, text) }
        func string(_ key: String, required: Bool = false) throws -> String? {
            switch object[key] {
            case nil, is NSNull:
                if required { throw problem("field \"\(key)\" is missing") }
                return nil
            case let text as String: return text
            case let number as NSNumber: return number.stringValue
            default: throw problem("field \"\(key)\" should be text")
            }
        }
        func integer(_ key: String) throws -> Int? {
            switch object[key] {
            case nil, is NSNull: return nil
            case let number as NSNumber: return number.intValue
            case let text as String:
                guard let value = Int(text) else { throw problem("field \"\(key)\" should be a whole number") }
                return value
            default: throw problem("field \"\(key)\" should be a whole number")
            }
        }
        let kind = try string("kind") ?? SpeechKind.speech.rawValue
        guard SpeechKind(rawValue: kind) != nil else {
            let known = SpeechKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw problem("kind \"\(kind)\" is not one of \(known)")
        }
        var headings: [String] = []
        switch object["headings"] {
        case nil, is NSNull: break
        case let list as [Any]:
            headings = try list.map { item in
                guard let text = item as? String else { throw problem("field \"headings\" should be a list of text") }
                return text
            }
        case let text as String: headings = text.components(separatedBy: " > ")
        default: throw problem("field \"headings\" should be a list of text")
        }
        self.init(
            transcriptID: try integer("transcript_id").map(Int64.init), title: try string("title", required: true) ?? "",
            body: try string("body") ?? "", section: try string("section") ?? "",
            date: try string("date", required: true) ?? "", sourceURL: try string("source_url"),
            format: try string("format") ?? "jsonl", versionKey: try string("version_key"), version: try string("version"),
            id: try string("id") ?? "", seq: try integer("seq") ?? 0, speaker: try string("speaker", required: true) ?? "",
            speakerID: try string("speaker_id"), party: try string("party"), role: try string("role"), kind: kind,
            time: try string("time"), column: try string("column"), url: try string("url"), headings: headings,
            text: try string("text", required: true) ?? "")
    }
}
