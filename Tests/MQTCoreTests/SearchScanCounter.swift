import Foundation
import XCTest

@testable import MQTCore

/// A straightforward scanning implementation of the query language over stored speeches, written
/// from the definitions: words and phrases are runs of folded tokens (`Tokenizer`), a NEAR group
/// matches when one instance of each phrase lies within N tokens of the latest-starting one, and
/// the hits of a speech are the occurrences of the terms in the branches that make it match.
struct ScanCounter {
    let query: Query

    /// Speeches with their folded words, tokenised once for many queries.
    static func corpus(_ speeches: [StoredSpeech]) -> [(StoredSpeech, [String])] {
        speeches.map { ($0, Tokenizer.tokens(in: $0.text).map(\.folded)) }
    }

    func totals(_ corpus: [(StoredSpeech, [String])]) -> SearchTotals {
        var result = SearchTotals(speeches: 0, hits: 0)
        for (speech, tokens) in corpus {
            let outcome = query.root.map { evaluate($0, speech, tokens) } ?? (matches: true, hits: 0)
            if outcome.matches {
                result.speeches += 1
                result.hits += outcome.hits
            }
        }
        return result
    }

    func evaluate(_ node: QueryNode, _ speech: StoredSpeech, _ tokens: [String]) -> (matches: Bool, hits: Int) {
        switch node {
        case .term(let term):
            let n = occurrences(term, tokens).count
            return (n > 0, n)
        case .near(let terms, let distance):
            let n = nearInstances(terms, distance, tokens)
            return (n > 0, n)
        case .filter(let filter):
            return (accepts(filter, speech), 0)
        case .and(let nodes):
            let parts = nodes.map { evaluate($0, speech, tokens) }
            return parts.allSatisfy(\.matches) ? (true, parts.reduce(0) { $0 + $1.hits }) : (false, 0)
        case .or(let nodes):
            let parts = nodes.map { evaluate($0, speech, tokens) }.filter(\.matches)
            return (!parts.isEmpty, parts.reduce(0) { $0 + $1.hits })
        case .not(let inner):
            return (!evaluate(inner, speech, tokens).matches, 0)
        }
    }

    /// Start positions of a term in the tokens.
    func occurrences(_ term: QueryTerm, _ tokens: [String]) -> [Int] {
        let words = term.words
        guard !words.isEmpty, words.count <= tokens.count else { return [] }
        return (0...(tokens.count - words.count)).filter { start in
            words.indices.allSatisfy { i in
                term.isPrefix && i == words.count - 1 ? tokens[start + i].hasPrefix(words[i]) : tokens[start + i] == words[i]
            }
        }
    }

    /// Instances of NEAR members that take part in at least one matching choice.
    func nearInstances(_ terms: [QueryTerm], _ distance: Int, _ tokens: [String]) -> Int {
        let positions = terms.map { occurrences($0, tokens) }
        let lengths = terms.map(\.words.count)
        var used = terms.map { _ in Set<Int>() }
        func choose(_ index: Int, _ chosen: [Int]) {
            if index == terms.count {
                let latest = chosen.max() ?? 0
                if chosen.indices.allSatisfy({ latest - (chosen[$0] + lengths[$0]) <= distance }) {
                    for (i, p) in chosen.enumerated() { used[i].insert(p) }
                }
                return
            }
            for p in positions[index] { choose(index + 1, chosen + [p]) }
        }
        choose(0, [])
        return used.reduce(0) { $0 + $1.count }
    }

    func accepts(_ filter: QueryFilter, _ speech: StoredSpeech) -> Bool {
        func words(_ text: String?) -> [String] { Tokenizer.tokens(in: text ?? "").map(\.folded) }
        func contains(_ field: String?) -> Bool {
            let hay = words(field), needle = words(filter.value)
            guard !needle.isEmpty, needle.count <= hay.count else { return false }
            return (0...(hay.count - needle.count)).contains { Array(hay[$0..<($0 + needle.count)]) == needle }
        }
        switch filter.field {
        case .speaker: return contains(speech.speaker)
        case .party: return contains(speech.party)
        case .role: return contains(speech.role)
        case .body: return contains(speech.body)
        case .section: return speech.section.lowercased() == filter.value.lowercased()
        case .kind: return speech.kind == filter.value
        case .date:
            guard let dates = filter.dates else { return false }
            if let from = dates.from, speech.date < from { return false }
            if let to = dates.to, !(speech.date <= to || speech.date.hasPrefix(to)) { return false }
            return true
        }
    }
}

/// Asserts that the index's own tokens (read through an `fts5vocab` instance table) are the
/// Swift tokenizer's, term for term and position for position, in every stored speech.
func assertTokenizerMirrorsIndex(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
    try store.queue.inDatabase { db in
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.mqt_instances USING fts5vocab(main, speech_fts, instance)")
        var indexed: [Int64: [String]] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT doc, term, offset FROM temp.mqt_instances WHERE col = 'text'")
        while let row = try cursor.next() {
            let doc: Int64 = row["doc"]
            let offset: Int = row["offset"]
            let term: String = row["term"]
            indexed[doc, default: []].append("\(offset):\(term)")
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM speeches") {
            let id: Int64 = row["id"]
            let text: String = row["text"]
            let fromIndex = (indexed[id] ?? []).sorted { Int($0.prefix { $0 != ":" }) ?? 0 < Int($1.prefix { $0 != ":" }) ?? 0 }
            let swift = Tokenizer.tokens(in: text).enumerated().map { "\($0.offset):\($0.element.folded)" }
            if fromIndex != swift {
                let diff = zip(fromIndex, swift).first { $0 != $1 }
                XCTFail(
                    "speech \(id): index and Tokenizer differ at \(diff.map { "\($0) vs \($1)" } ?? "the end") (\(fromIndex.count) vs \(swift.count) tokens)",
                    file: file, line: line)
                return
            }
        }
    }
}
