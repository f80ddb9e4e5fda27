/// How evenly a word's hits spread over the parts of a corpus (Gries 2008, "Dispersions and
/// adjusted frequencies in corpora"). Parts without words are left out: they hold no hits and
/// would only add zeros of size zero.
struct Dispersion: Equatable {
    /// Occurrences in all parts.
    var hits: Int
    /// Parts holding at least one.
    var range: Int
    /// Juilland's D: 1 − (sd / mean) / √(n − 1) of the parts' relative frequencies (hits / words
    /// of the part), sd the population standard deviation; 1 is perfectly even, 0 all in one part.
    /// nil with fewer than two parts or no hits.
    var juillandD: Double?
    /// Gries' DP: ½ Σ |v_i − s_i|, v_i the part's share of the hits, s_i its share of the words;
    /// 0 is hits spread as the words are, near 1 all in one small part. nil with fewer than two
    /// parts or no hits.
    var griesDP: Double?

    /// The measures of a word with `counts[i]` hits in part i of `sizes[i]` words.
    init(counts: [Int], sizes: [Int]) {
        let parts = zip(counts, sizes).filter { $0.1 > 0 }
        hits = parts.reduce(0) { $0 + $1.0 }
        range = parts.filter { $0.0 > 0 }.count
        let words = parts.reduce(0) { $0 + $1.1 }
        guard parts.count >= 2, hits > 0, words > 0 else { return }
        let n = Double(parts.count)
        let dp = parts.reduce(0.0) { sum, part in
            sum + abs(Double(part.0) / Double(hits) - Double(part.1) / Double(words))
        } / 2
        // Both lie in 0...1; clamping keeps rounding from printing -0.000.
        griesDP = min(1, max(0, dp))
        let rates = parts.map { Double($0.0) / Double($0.1) }
        let mean = rates.reduce(0, +) / n
        let sd = (rates.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        juillandD = min(1, max(0, 1 - (sd / mean) / (n - 1).squareRoot()))
    }
}
