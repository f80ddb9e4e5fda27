import Foundation
import MQTKit

/// Turns an external plugin's JSON into command declarations and values.
enum PluginSpecDecoder {
    static func spec(_ object: [String: Any], path: String) throws -> CommandSpec {
        guard let name = object["name"] as? String, !name.isEmpty else { throw PluginError.badDescription(path, "a command has no name") }
        let arguments = try (object["arguments"] as? [[String: Any]] ?? []).map { a -> ArgumentSpec in
            guard let argName = a["name"] as? String else { throw PluginError.badDescription(path, "\(name): an argument has no name") }
            let shape: ArgumentSpec.Shape = a["shape"] as? String == "query" ? .query : a["shape"] as? String == "words" ? .words : .word
            return ArgumentSpec(argName, shape, optional: a["optional"] as? Bool ?? false, summary: a["summary"] as? String ?? "")
        }
        let options = try (object["options"] as? [[String: Any]] ?? []).map { o -> OptionSpec in
            guard let optName = o["name"] as? String else { throw PluginError.badDescription(path, "\(name): an option has no name") }
            return OptionSpec(optName, value: o["value"] as? String, summary: o["summary"] as? String ?? "", choices: o["choices"] as? [String])
        }
        let accepts = (object["accepts"] as? [String] ?? ["nothing"]).compactMap(ValueKind.init(rawValue:))
        let returns = ValueKind(rawValue: object["returns"] as? String ?? "text") ?? .text
        let examples = (object["examples"] as? [[String: Any]] ?? []).compactMap { e -> Example? in
            guard let command = e["command"] as? String else { return nil }
            return Example(e["summary"] as? String ?? "", command, output: e["output"] as? String ?? "")
        }
        return CommandSpec(
            name: name, summary: object["summary"] as? String ?? "", arguments: arguments, options: options,
            accepts: accepts.isEmpty ? [.nothing] : accepts, returns: returns, examples: examples)
    }

    /// The value an answer carries; `{"speeches": {"ids": [ROWID, ...]}}` is a set in that order.
    static func value(_ answer: [String: Any], path: String, corpus: any Corpus) throws -> Value {
        if let error = answer["error"] as? String { throw CommandError.invalid(error) }
        if let text = answer["text"] as? String { return .text(text) }
        if let speeches = answer["speeches"] as? [String: Any] {
            guard let ids = speeches["ids"] as? [NSNumber] else { throw PluginError.badAnswer(path, "\"speeches\" needs \"ids\", a list of row ids") }
            return .speeches(corpus.set(of: ids.map(\.int64Value)))
        }
        if let table = answer["table"] as? [String: Any] {
            let columns = (table["columns"] as? [String] ?? []).map { Column($0) }
            let rows = (table["rows"] as? [[Any]] ?? []).map { $0.map(cell) }
            return .table(Table(columns: columns, rows: rows))
        }
        if let pairs = answer["record"] as? [[Any]] {
            return .record(Record(pairs.compactMap { pair in
                guard pair.count == 2, let key = pair[0] as? String else { return nil }
                return (key, cell(pair[1]))
            }))
        }
        throw PluginError.badAnswer(path, "it has none of text, table, record, speeches or error")
    }

    static func cell(_ value: Any) -> Cell {
        switch value {
        case let text as String: return .text(text)
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? .int(number.intValue) : .double(double)
        case let list as [Any]: return .list(list.map(cell))
        default: return .null
        }
    }
}
