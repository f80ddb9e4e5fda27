import Foundation
import MQTCore
import MQTKit
import SearchCommands
import StatsCommands
import QACommands

/// A session stand-in: the store, default settings, no terminal.
final class BenchContext: Context {
    let store: Store
    var corpus: any Corpus { store }
    var settings = Settings()
    var isInteractive: Bool { false }
    var isInterrupted: Bool { false }
    init(store: Store) { self.store = store }
    func resolve(path: String) -> String { path }
    func checkInterrupted() throws {}
    func progress(_ line: String) {}
    func note(_ text: String) {}
    func variable(_ name: String) -> Value? { nil }
}

/// One benchmark case: a command line of the search plugin, split as the shell would bind it, and
/// the command its value is piped into, if any.
struct Case {
    var label: String
    var command: String
    var query: String
    var options: [String: String] = [:]
    var pipe: (command: String, options: [String: String])? = nil
}

let arguments = CommandLine.arguments
func value(_ flag: String) -> String? { arguments.firstIndex(of: flag).map { $0 + 1 < arguments.count ? arguments[$0 + 1] : "" } }
guard let path = value("--db") else {
    FileHandle.standardError.write("usage: SearchBench --db STORE [--runs N] [--mmap BYTES] [--profile]\n".data(using: .utf8) ?? Data())
    exit(2)
}
let runs = Int(value("--runs") ?? "") ?? 30
let context = BenchContext(store: try Store(path: path))
if let size = value("--mmap") {
    // What `PRAGMA mmap_size` on the store's connection would give (a suggestion for Store.init).
    try context.store.queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(Int(size) ?? 0)") }
}
let commands = Dictionary((searchPlugin.commands + statsPlugin.commands + qaPlugin.commands).map { ($0.spec.name, $0) }, uniquingKeysWith: { a, _ in a })
let cases = [
    Case(label: "rare word", command: "count", query: "knife"),
    Case(label: "common word", command: "count", query: "government"),
    Case(label: "phrase", command: "count", query: "\"climate change\""),
    Case(label: "NEAR", command: "count", query: "NEAR(climate emissions, 10)"),
    Case(label: "filter only", command: "count", query: "speaker:\"Gordon Brown\""),
    Case(label: "filter only (section)", command: "count", query: "section:wrans"),
    Case(label: "filter only (date)", command: "count", query: "date:2009-10-27"),
    Case(label: "filter + phrase", command: "count", query: "speaker:\"Joan Ruddock\" \"climate change\""),
    Case(label: "section + phrase", command: "count", query: "section:wrans \"climate change\""),
    Case(label: "stemmed word", command: "count", query: "~governing"),
    Case(label: "count --by speaker", command: "count", query: "\"climate change\"", options: ["by": "speaker"]),
    Case(label: "top-20 rare word", command: "search", query: "knife"),
    Case(label: "top-20 common word", command: "search", query: "government"),
    Case(label: "top-20 phrase", command: "search", query: "\"climate change\""),
    Case(label: "kwic 100 lines phrase", command: "kwic", query: "\"climate change\""),
    Case(label: "kwic 100 lines common", command: "kwic", query: "government"),
]
/// Whole results through pipes (issue "Correct before wider"): each pipeline against `count Q --by
/// speaker` for a rare, a common and the most common content word.
let pipeWords = [("rare", "knife"), ("common", "police"), ("most common", "government")]
let pipeCases = pipeWords.flatMap { label, word in
    [
        Case(label: "\(label): count --by", command: "count", query: word, options: ["by": "speaker"]),
        Case(label: "\(label): |count --by", command: "search", query: word, pipe: ("count", ["by": "speaker"])),
        Case(label: "\(label): |stats --by", command: "search", query: word, pipe: ("stats", ["by": "party"])),
    ]
}
/// Questions and answers (issue 14): `qa Q` against `search Q` for a rare and a common word, and
/// `qa-stats --by month` over every pair.
let qaCases = [
    Case(label: "qa: search knife", command: "search", query: "knife"),
    Case(label: "qa: qa knife", command: "qa", query: "knife"),
    Case(label: "qa: search government", command: "search", query: "government"),
    Case(label: "qa: qa government", command: "qa", query: "government"),
    Case(label: "qa: qa government|stats", command: "qa", query: "government", pipe: ("stats", [:])),
    Case(label: "qa: qa-stats --by month", command: "qa-stats", query: "", options: ["by": "month"]),
]
let renderer = TableRenderer()
print("in process, \(runs) runs each (after 2 warm-up runs), command and table rendering included")
print("case                     command                                                 median ms   p95 ms  result")
var medians: [String: Double] = [:]
for item in cases + pipeCases + qaCases {
    guard let command = commands[item.command] else { continue }
    let call = Call(arguments: ["query": [item.query]], options: item.options)
    var times: [Double] = []
    var summary = ""
    for run in 0..<(runs + 2) {
        let start = DispatchTime.now().uptimeNanoseconds
        var value = try command.run(call, context: context)
        if let pipe = item.pipe, let next = commands[pipe.command] {
            value = try next.run(Call(options: pipe.options, input: value), context: context)
        }
        if let set = value.speechSet { value = .speeches(try set.displayed(by: context.corpus)) }
        let text = renderer.render(value, options: RenderOptions(width: 80))
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        if run >= 2 { times.append(ms) }
        let lines = text.split(separator: "\n")
        summary = lines.count == 1 ? String(lines[0]) : "\(max(0, lines.count - 1)) rows"
    }
    times.sort()
    let median = times[times.count / 2]
    let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
    medians[item.label] = median
    var line = item.command + " " + item.query + item.options.map { " --\($0.key) \($0.value)" }.joined()
    if let pipe = item.pipe { line += " | " + pipe.command + pipe.options.map { " --\($0.key) \($0.value)" }.joined() }
    let padded = { (s: String, n: Int) in s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count) }
    print(padded(item.label, 24), padded(line, 55), String(format: "%9.2f %8.2f", median, p95), " ", summary)
}

print()
print("whole results through pipes, median against count Q --by speaker (target: within 2x)")
for (label, word) in pipeWords {
    guard let base = medians["\(label): count --by"], base > 0 else { continue }
    for kind in ["|count --by", "|stats --by"] {
        guard let piped = medians["\(label): \(kind)"] else { continue }
        let ratio = piped / base
        print("  \(word) \(kind): \(String(format: "%.2f", ratio))x \(ratio <= 2 ? "ok" : "OVER 2x")")
    }
}

print()
print("questions and answers: qa Q against search Q (target: within 2x); qa-stats --by month (target: 2 s)")
for word in ["knife", "government"] {
    guard let base = medians["qa: search \(word)"], let qa = medians["qa: qa \(word)"], base > 0 else { continue }
    print("  qa \(word): \(String(format: "%.2f", qa / base))x \(qa / base <= 2 ? "ok" : "OVER 2x")")
}
if let month = medians["qa: qa-stats --by month"] {
    print("  qa-stats --by month: \(String(format: "%.0f", month)) ms \(month <= 2000 ? "ok" : "OVER 2 s")")
}

if arguments.contains("--profile") {
    let store = context.store
    for text in ["\"climate change\"", "government"] {
        let q = try store.compileQuery(text)
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<10 { try body() }
            print(label, String(format: "%.2f ms", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e7))
        }
        try time("\(text) compile") { _ = try store.compileQuery(text) }
        try time("\(text) concordanceHits") { _ = try store.concordanceHits(q, lines: 100) }
        let ids = try store.concordanceHits(q, lines: 100).map(\.speech.rowID)
        print(ids.count, "speeches")
        try time("\(text) speeches(rowIDs:)") { _ = try store.speeches(rowIDs: ids) }
        try time("\(text) matchSpans") { _ = try store.matchSpans(q, rowIDs: ids) }
        let hits = try store.concordanceHits(q, lines: 100)
        print(hits.map(\.speech.text.utf16.count).reduce(0, +), "UTF-16 units of text")
        time("\(text) TokenRanges") { for hit in hits { _ = TokenRanges.of(hit.speech.text) } }
        time("\(text) Array(utf16)") { for hit in hits { _ = Array(hit.speech.text.utf16) } }
        time("\(text) Concordance.lines") {
            for hit in hits { _ = Concordance.lines(in: hit.speech.text, spans: hit.spans, context: .words, width: 40) }
        }
        try time("\(text) matchingRowIDs") { _ = try store.matchingRowIDs(q) }
        try time("\(text) searchSpeeches") { _ = try store.searchSpeeches(q) }
    }
}
