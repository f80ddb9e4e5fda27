/// How often each word of a lexicon occurs, and in how many documents, over the texts added.
///
/// Counts are arrays indexed by word id, so adding a text costs a scan and an increment per
/// word; a document is counted once per word by remembering the last document each word was seen in.
public struct WordCounts {
    /// The lexicon that numbers the words; shared by every count made with it.
    public let lexicon: Lexicon
    /// Occurrences per word id.
    public private(set) var counts: [Int] = []
    /// Documents containing each word id.
    public private(set) var documents: [Int] = []
    /// Every word added, in all.
    public private(set) var total = 0
    /// Documents added.
    public private(set) var documentCount = 0
    private var lastDocument: [Int] = []

    /// Counts made with `lexicon` (a new one by default).
    public init(lexicon: Lexicon = Lexicon()) {
        self.lexicon = lexicon
    }

    /// Adds one document's words.
    public mutating func add(_ text: String) {
        documentCount += 1
        let document = documentCount
        lexicon.forEachWord(in: text) { id in
            let index = Int(id)
            if index >= counts.count { grow(to: lexicon.count) }
            counts[index] += 1
            total += 1
            if lastDocument[index] != document {
                lastDocument[index] = document
                documents[index] += 1
            }
        }
    }

    /// Occurrences of a word id (0 for one never counted here).
    public func count(of id: Int32) -> Int { Int(id) < counts.count ? counts[Int(id)] : 0 }

    /// Every word counted, as term frequencies, most frequent first, ties in word order.
    public var frequencies: [TermFrequency] {
        counts.indices.filter { counts[$0] > 0 }
            .map { TermFrequency(term: lexicon.word(Int32($0)), count: counts[$0], documents: documents[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
    }

    private mutating func grow(to size: Int) {
        let extra = max(size, counts.count * 2) - counts.count
        counts += repeatElement(0, count: extra)
        documents += repeatElement(0, count: extra)
        lastDocument += repeatElement(0, count: extra)
    }
}
