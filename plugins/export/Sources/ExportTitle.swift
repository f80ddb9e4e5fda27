/// The report's title when `--title` is not given: the command that produced what is exported,
/// i.e. the line without its last stage (`count --by speaker | export r.html` → `count --by
/// speaker`); with nothing piped, `the whole corpus`.
enum ExportTitle {
    static func from(commandLine line: String) -> String {
        var quoted = false
        var lastPipe: String.Index?
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() } else if line[index] == "|" && !quoted { lastPipe = index }
        }
        guard let lastPipe else { return "the whole corpus" }
        var producer = line[..<lastPipe].trimmingCharacters(in: .whitespaces)
        // `let NAME = ...` keeps a result; the producer is what follows the `=`.
        if producer.hasPrefix("let "), let equals = producer.firstIndex(of: "=") {
            producer = producer[producer.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return producer.isEmpty ? "the whole corpus" : producer
    }
}

import Foundation
