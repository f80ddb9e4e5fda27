import MQTKit

/// What a dispersion divides the corpus into.
enum DispersionPart: String, CaseIterable {
    case transcript, speech, speaker, year, month

    /// The part a speech belongs to.
    func key(of speech: StoredSpeech) -> String {
        switch self {
        case .transcript: return String(speech.transcriptID)
        case .speech: return String(speech.rowID)
        case .speaker: return speech.speaker
        case .year: return String(speech.date.prefix(4))
        case .month: return String(speech.date.prefix(7))
        }
    }

    /// `7 speeches`, `1 transcript`.
    func count(_ n: Int) -> String {
        let plural = self == .speech ? "speeches" : rawValue + "s"
        return "\(n) \(n == 1 ? rawValue : plural)"
    }
}

/// The words of a set in corpus order (transcripts by date, then each speech by its sequence),
/// read once for every phrase: each part's size in words, and where each phrase starts.
struct DispersionScan {
    /// Words of each part (parts in order of first appearance).
    var partSizes: [Int] = []
    /// Every word of the set.
    var words = 0
    /// For each phrase, its hits in each part.
    var counts: [[Int]]
    /// For each phrase, the word offsets (from 0, in corpus order) where it starts.
    var offsets: [[Int]]

    /// One speech as the scan keeps it: its place in corpus order, part, size and hits.
    private struct Piece {
        var date: String
        var transcript: Int64
        var seq: Int
        var row: Int64
        var part: Int
        var words: Int
        /// (phrase, offset within the speech) for each hit.
        var hits: [(phrase: Int, offset: Int)]
    }

    /// Scans `set`; each phrase is a sequence of folded words (`Tokenizer` words). A phrase is
    /// found wherever its words stand in a row within one speech, overlapping starts included.
    init(set: SpeechSet, phrases: [[String]], by part: DispersionPart, context: any Context) throws {
        let lexicon = Lexicon()
        let phraseIDs = phrases.map { lexicon.ids(in: $0.joined(separator: " ")) }
        var byFirstWord: [Int32: [Int]] = [:]
        for (index, ids) in phraseIDs.enumerated() { if let first = ids.first { byFirstWord[first, default: []].append(index) } }
        var partIndex: [String: Int] = [:]
        var pieces: [Piece] = []
        try context.corpus.forEachSpeech(in: set) { speech in
            try context.checkInterrupted()
            let ids = lexicon.ids(in: speech.text)
            var hits: [(phrase: Int, offset: Int)] = []
            for (offset, id) in ids.enumerated() {
                for phrase in byFirstWord[id] ?? [] {
                    let wanted = phraseIDs[phrase]
                    if offset + wanted.count <= ids.count && ids[offset..<(offset + wanted.count)].elementsEqual(wanted) {
                        hits.append((phrase, offset))
                    }
                }
            }
            let key = part.key(of: speech)
            let index = partIndex[key] ?? partIndex.count
            partIndex[key] = index
            pieces.append(Piece(
                date: speech.date, transcript: speech.transcriptID, seq: speech.seq, row: speech.rowID,
                part: index, words: ids.count, hits: hits))
            return true
        }
        pieces.sort { ($0.date, $0.transcript, $0.seq, $0.row) < ($1.date, $1.transcript, $1.seq, $1.row) }
        partSizes = Array(repeating: 0, count: partIndex.count)
        counts = Array(repeating: Array(repeating: 0, count: partIndex.count), count: phrases.count)
        offsets = Array(repeating: [], count: phrases.count)
        for piece in pieces {
            for hit in piece.hits {
                counts[hit.phrase][piece.part] += 1
                offsets[hit.phrase].append(words + hit.offset)
            }
            partSizes[piece.part] += piece.words
            words += piece.words
        }
    }
}
