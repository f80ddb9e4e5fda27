import Foundation
import XCTest

@testable import MQTCore

/// A straightforward scanning implementation of the query language over stored speeches, written
/// from the definitions: words and phrases are runs of folded tokens (`Tokenizer`), a NEAR group
/// matches when one instance of each phrase lies within N tokens of the latest-starting one, and
/// the hits of a speech are the places where terms of the branches that make it match occur: a run
/// of tokens is one hit when each token and the next lie inside one occurrence (so occurrences
/// that share a token are one hit, and occurrences that only touch are two).
struct ScanCounter {
    let query: Query

    /// Speeches with their folded words, tokenised once for many queries.
    static func corpus(_ speeches: [StoredSpeech]) -> [(StoredSpeech, [String])] {
        speeches.map { ($0, Tokenizer.tokens(in: $0.text).map(\.folded)) }
    }

    func totals(_ corpus: [(StoredSpeech, [String])]) -> SearchTotals {
        var result = SearchTotals(speeches: 0, hits: 0)
        for (speech, tokens) in corpus {
            let outcome = query.root.map { evaluate($0, speech, tokens) } ?? (matches: true, found: [])
            if outcome.matches {
                result.speeches += 1
                result.hits += Self.places(outcome.found)
            }
        }
        return result
    }

    /// An occurrence: first token and one past the last.
    typealias Found = (start: Int, end: Int)

    /// The number of hits the occurrences make: covered tokens that do not continue, within one
    /// occurrence, the token before them.
    static func places(_ found: [Found]) -> Int {
        guard let last = found.map(\.end).max() else { return 0 }
        var covered = [Bool](repeating: false, count: last), continues = [Bool](repeating: false, count: last)
        for occurrence in found {
            for t in occurrence.start..<occurrence.end {
                covered[t] = true
                if t > occurrence.start { continues[t] = true }
            }
        }
        return (0..<last).filter { covered[$0] && !continues[$0] }.count
    }

    func evaluate(_ node: QueryNode, _ speech: StoredSpeech, _ tokens: [String]) -> (matches: Bool, found: [Found]) {
        switch node {
        case .term(let term):
            let found = occurrences(term, tokens).map { (start: $0, end: $0 + term.words.count) }
            return (!found.isEmpty, found)
        case .near(let terms, let distance):
            let found = nearInstances(terms, distance, tokens)
            return (!found.isEmpty, found)
        case .filter(let filter):
            return (accepts(filter, speech), [])
        case .and(let nodes):
            let parts = nodes.map { evaluate($0, speech, tokens) }
            return parts.allSatisfy(\.matches) ? (true, parts.flatMap(\.found)) : (false, [])
        case .or(let nodes):
            let parts = nodes.map { evaluate($0, speech, tokens) }.filter(\.matches)
            return (!parts.isEmpty, parts.flatMap(\.found))
        case .not(let inner):
            return (!evaluate(inner, speech, tokens).matches, [])
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
    func nearInstances(_ terms: [QueryTerm], _ distance: Int, _ tokens: [String]) -> [Found] {
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
        return used.enumerated().flatMap { i, starts in starts.map { (start: $0, end: $0 + lengths[i]) } }
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
        case .kind: return speech.kind.rawValue == filter.value
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
