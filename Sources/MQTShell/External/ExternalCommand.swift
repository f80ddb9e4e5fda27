import Foundation
import MQTKit

/// One command of an external plugin: its declaration came from the plugin, each run is a request
/// (docs/PLUGIN-PROTOCOL.md). A piped set of speeches goes as row ids; the plugin reads their
/// texts in pages it asks for, or from the store's file itself.
struct ExternalCommand: Command, @unchecked Sendable {
    let spec: CommandSpec
    let handle: PluginHandle

    /// The most speeches one `speeches` question may ask for.
    static let maximumPage = 1000

    func run(_ call: Call, context: any Context) throws -> Value {
        let timeout = context.settings.pluginTimeout
        let label = handle.description.name
        let showErrors: ([String]) -> Void = { lines in
            let shown = lines.suffix(20)
            if lines.count > shown.count { context.note("\(label): (\(lines.count - shown.count) earlier lines of its standard error left out)") }
            shown.forEach { context.note("\(label): \($0)") }
        }
        if handle.description.protocolVersion == 1 {
            let answer = try handle.call(try protocol1Request(call, context: context), timeout: timeout, errorLines: showErrors) { _ in
                throw PluginError.badAnswer(handle.path, "protocol 1 has no requests from the plugin")
            }
            return try PluginSpecDecoder.value(answer, path: handle.path, corpus: context.corpus)
        }
        var ids: [Int64] = []
        var request: [String: Any] = [
            "request": "run", "command": spec.name, "arguments": call.arguments, "options": call.options,
            "settings": Dictionary(uniqueKeysWithValues: SettingKey.all.map { ($0.key, $0.current(context.settings)) }),
            "store": ["path": (context as? Session)?.store.path as Any? ?? NSNull()],
        ]
        switch call.input {
        case .nothing: request["input"] = NSNull()
        case .text(let text): request["input"] = ["kind": "text", "text": text]
        case .table(let table):
            request["input"] = ["kind": "table", "columns": table.columns.map(\.key), "rows": table.rows.map { $0.map(Self.json) }]
        case .record(let record):
            request["input"] = ["kind": "record", "record": record.fields.map { [$0.key, Self.json($0.value)] }]
        case .speeches(let set):
            ids = try context.corpus.rowIDs(of: set)
            request["input"] = ["kind": "speeches", "count": ids.count, "ids": [Int](), "query": set.query as Any? ?? NSNull()]
        }
        var encoded = try PluginHandle.encode(request)
        if !ids.isEmpty {
            // The ids are written in by hand: JSONSerialization took 0.2 s over 100,000 of them.
            let empty = Array(#""input":{"count":\#(ids.count),"ids":[]"#.utf8)
            if let range = encoded.firstRange(of: empty) {
                var list = ""
                list.reserveCapacity(ids.count * 8)
                for (index, id) in ids.enumerated() {
                    if index > 0 { list += "," }
                    list += String(id)
                }
                encoded.insert(contentsOf: Array(list.utf8), at: range.upperBound - 1)
            } else {
                request["input"] = ["kind": "speeches", "count": ids.count, "ids": ids, "query": call.input.speechSet?.query as Any? ?? NSNull()]
                encoded = try PluginHandle.encode(request)
            }
        }
        let answer = try handle.call(encoded, timeout: timeout, errorLines: showErrors) { question in
            try context.checkInterrupted()
            return try page(question, of: ids, corpus: context.corpus)
        }
        return try PluginSpecDecoder.value(answer, path: handle.path, corpus: context.corpus)
    }

    /// The answer to `{"request": "speeches", "offset": N, "limit": N}`: that page of the piped set,
    /// written by hand (JSONSerialization takes seconds over a page of long texts).
    func page(_ question: [String: Any], of ids: [Int64], corpus: any Corpus) throws -> [UInt8] {
        guard question["request"] as? String == "speeches" else {
            return try PluginHandle.encode(["error": "mqt answers only {\"request\": \"speeches\", \"offset\": N, \"limit\": N}"])
        }
        let offset = max(0, min(question["offset"] as? Int ?? 0, ids.count))
        let limit = max(0, min(question["limit"] as? Int ?? Self.maximumPage, Self.maximumPage))
        let chosen = Array(ids[offset..<min(ids.count, offset + limit)])
        // By primary key: a set of ids would first be matched against the whole table.
        var out = Array("{\"speeches\": [".utf8)
        for (index, speech) in try corpus.speeches(rowIDs: chosen).enumerated() {
            if index > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
            out += Self.jsonText(speech)
        }
        out += Array("], \"offset\": \(offset), \"total\": \(ids.count)}".utf8)
        return out
    }

    /// Protocol 1's request: every piped speech inline.
    func protocol1Request(_ call: Call, context: any Context) throws -> [String: Any] {
        var request: [String: Any] = [
            "request": "run", "command": spec.name, "arguments": call.arguments, "options": call.options,
            "database": (context as? Session)?.store.path ?? NSNull(),
        ]
        if let set = call.input.speechSet {
            var speeches: [[String: Any]] = []
            try context.corpus.forEachSpeech(in: set) { speeches.append(Self.json($0)); return true }
            request["speeches"] = speeches
        } else {
            request["speeches"] = NSNull()
        }
        return request
    }

    static func json(_ s: StoredSpeech) -> [String: Any] {
        ["rowid": s.rowID, "id": s.speechID, "date": s.date, "speaker": s.speaker, "party": s.party ?? NSNull(), "role": s.role ?? NSNull(),
         "kind": s.kind.rawValue, "section": s.section, "title": s.title, "text": s.text]
    }

    /// A speech as protocol 2's pages carry it: the fields of `json(_:)`, as JSON text.
    static func jsonText(_ s: StoredSpeech) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.text.utf8.count + 256)
        out += Array("{\"rowid\": \(s.rowID)".utf8)
        let fields: [(String, String?)] = [
            ("id", s.speechID), ("date", s.date), ("speaker", s.speaker), ("party", s.party), ("role", s.role),
            ("kind", s.kind.rawValue), ("section", s.section), ("title", s.title), ("text", s.text),
        ]
        for (key, value) in fields {
            out += Array(", \"\(key)\": ".utf8)
            if let value { appendQuoted(value, to: &out) } else { out += Array("null".utf8) }
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `text` as a JSON string: runs that need no escape are copied as they are (a page of long
    /// speeches is megabytes; escaping scalar by scalar took seconds).
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[start..<index])
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                default: out += Array(String(format: "\\u%04x", byte).utf8)
                }
                start = index + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }

    static func json(_ cell: Cell) -> Any {
        switch cell {
        case .null: return NSNull()
        case .text(let text), .marked(let text, _): return text
        case .int(let number): return number
        case .double(let number), .decimal(let number, _): return number.isFinite ? number : NSNull()
        case .list(let items): return items.map(json)
        case .record(let record): return Dictionary(record.fields.map { ($0.key, json($0.value)) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
