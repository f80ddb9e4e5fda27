import MQTKit

/// Word counts per group over one lexicon: occurrences and documents (speeches) per word, and
/// every word counted, for each group.
///
/// Groups are sparse (a speaker uses a sliver of the vocabulary), so each keeps a dictionary from
/// word id to its two counts; a document is counted once per word through one dense array of the
/// last document each word was seen in, shared by all groups.
struct GroupWordCounts {
    struct Counts {
        var words: [Int32: (count: Int, documents: Int)] = [:]
        /// Every word of the group, stopwords included.
        var total = 0
        /// Speeches added.
        var speeches = 0
    }

    let lexicon = Lexicon()
    private(set) var groups: [String?: Counts] = [:]
    private var lastDocument: [Int] = []
    private var document = 0

    /// Adds one speech's words to its group.
    mutating func add(_ text: String, to group: String?) {
        document += 1
        var counts = groups.removeValue(forKey: group) ?? Counts()
        counts.speeches += 1
        let current = document
        lexicon.forEachWord(in: text) { id in
            let index = Int(id)
            if index >= lastDocument.count { lastDocument += repeatElement(0, count: max(index + 1, lastDocument.count * 2) - lastDocument.count) }
            let fresh = lastDocument[index] != current
            lastDocument[index] = current
            counts.total += 1
            counts.words[id, default: (0, 0)].count += 1
            if fresh { counts.words[id, default: (0, 0)].documents += 1 }
        }
        groups[group] = counts
    }

    /// A group's words as term frequencies, most frequent first, ties in word order.
    func frequencies(of group: String?) -> [TermFrequency] {
        (groups[group]?.words ?? [:])
            .map { TermFrequency(term: lexicon.word($0.key), count: $0.value.count, documents: $0.value.documents) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
    }
}
