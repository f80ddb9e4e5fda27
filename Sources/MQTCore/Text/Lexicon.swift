import Foundation

/// Folded words as small integer ids, read straight from a text's UTF-8 bytes.
///
/// Counting words over millions of speeches is dominated by making a `String` per word and
/// hashing it. A lexicon scans the bytes once, folds ASCII letters in place, and interns each
/// word in an open-addressing table over one byte arena, so a word costs a hash and a compare.
/// Words are cut and folded exactly as `Tokenizer.tokens` cuts and folds them (a run of letters,
/// digits and marks; lower case, no diacritics): words with a non-ASCII letter take
/// `Tokenizer.fold`, so the two can never disagree. Ids are dense, from 0, in order of first
/// appearance; one lexicon serves any number of texts.
public final class Lexicon {
    /// The folded bytes of every word, back to back; `starts[id]..<starts[id + 1]` is word `id`.
    // Unchecked: these are touched for every word of millions of texts, and the dynamic
    // exclusivity checks on them cost a third of a scan; nothing accesses them re-entrantly.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var starts: [Int] = [0]
    /// Open-addressing slots holding `id + 1` (0 is empty); the count is a power of two.
    @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: 0, count: 1 << 12)
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// The word being read, folded, before it is interned.
    @exclusivity(unchecked) private var buffer: [UInt8] = []

    public init() {}

    /// How many different words the lexicon holds.
    public var count: Int { hashes.count }

    /// The folded word with this id.
    public func word(_ id: Int32) -> String {
        let range = starts[Int(id)]..<starts[Int(id) + 1]
        return String(decoding: arena[range], as: UTF8.self)
    }

    /// The id of a folded word, if any text so far held it.
    public func id(of folded: String) -> Int32? {
        let bytes = Array(folded.utf8)
        return bytes.withUnsafeBufferPointer { find($0, hash: Self.hash($0), fold: nil) }
    }

    /// The ids of the words of `text`, in order.
    public func ids(in text: String) -> [Int32] {
        var result: [Int32] = []
        forEachWord(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with the id of each word of `text`, in order.
    public func forEachWord(in text: String, _ body: (Int32) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            Self.asciiFold.withUnsafeBufferPointer { fold in
                var index = 0
                var wordStart = -1
                var ascii = true
                var hash = Self.hashSeed
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        let folded = fold[Int(lead)]
                        if folded != 0 {
                            if wordStart < 0 { wordStart = index }
                            hash = (hash ^ UInt64(folded)) &* Self.hashPrime
                        } else if wordStart >= 0 {
                            body(intern(bytes, wordStart..<index, ascii: ascii, hash: hash, fold: fold))
                            wordStart = -1
                            ascii = true
                            hash = Self.hashSeed
                        }
                        index += 1
                        continue
                    }
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length where index + offset < bytes.count {
                        value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                    }
                    let scalar = Unicode.Scalar(value) ?? " "
                    if Tokenizer.isWordScalar(scalar) {
                        if wordStart < 0 { wordStart = index }
                        ascii = false
                    } else if wordStart >= 0 {
                        body(intern(bytes, wordStart..<index, ascii: ascii, hash: hash, fold: fold))
                        wordStart = -1
                        ascii = true
                        hash = Self.hashSeed
                    }
                    index = min(bytes.count, index + length)
                }
                if wordStart >= 0 { body(intern(bytes, wordStart..<bytes.count, ascii: ascii, hash: hash, fold: fold)) }
            }
        }
    }

    /// The id of the word at `range` of `bytes`. An ASCII word is folded byte by byte as it is
    /// compared and stored (`hash` is already over its folded bytes); any other goes through
    /// `Tokenizer.fold`.
    private func intern(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool, hash: UInt64, fold: UnsafeBufferPointer<UInt8>
    ) -> Int32 {
        if ascii {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            if let id = find(word, hash: Self.mix(hash), fold: fold) { return id }
            buffer.removeAll(keepingCapacity: true)
            for byte in word { buffer.append(fold[Int(byte)]) }
        } else {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            buffer = Array(Tokenizer.fold(word).utf8)
        }
        return buffer.withUnsafeBufferPointer { word in
            let hash = Self.hash(word)
            if let id = find(word, hash: hash, fold: nil) { return id }
            return insert(word, hash: hash)
        }
    }

    /// The id of `word`, compared byte by byte after `fold` (when given) against the stored form.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, fold: UnsafeBufferPointer<UInt8>?) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            let start = starts[id]
            if hashes[id] == hash && starts[id + 1] - start == word.count {
                let same = arena.withUnsafeBufferPointer { arena -> Bool in
                    guard let fold else { return arena[start..<start + word.count].elementsEqual(word) }
                    for offset in 0..<word.count where arena[start + offset] != fold[Int(word[offset])] { return false }
                    return true
                }
                if same { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let id = Int32(hashes.count)
        arena.append(contentsOf: word)
        starts.append(arena.count)
        hashes.append(hash)
        if hashes.count * 2 > slots.count { grow() } else { place(id, hash: hash) }
        return id
    }

    private func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }

    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (id, hash) in hashes.enumerated() { place(Int32(id), hash: hash) }
    }

    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let hashPrime: UInt64 = 0x100_0000_01b3

    /// FNV-1a, then a final mix so the low bits used for slots depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* hashPrime }
        return mix(hash)
    }

    private static func mix(_ hash: UInt64) -> UInt64 {
        (hash ^ hash >> 29) &* 0xbf58_476d_1ce4_e5b9
    }

    /// For each ASCII byte: its lower-case form when it belongs in a word, else 0.
    private static let asciiFold: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 48...57, 97...122: return UInt8(byte)
        case 65...90: return UInt8(byte + 32)
        default: return 0
        }
    }
}
