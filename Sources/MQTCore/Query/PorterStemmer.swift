/// The Porter (1980) stemmer for English: `running`, `runs` → `run`; `governments` → `govern`.
/// Words with anything but ASCII letters are returned unchanged.
public enum PorterStemmer {
    /// The stem of a lower-case word.
    public static func stem(_ word: String) -> String {
        guard word.count > 2, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Word(Array(word.utf8))
        w.step1a()
        w.step1b()
        w.step1c()
        w.step2()
        w.step3()
        w.step4()
        w.step5()
        return String(decoding: w.b, as: UTF8.self)
    }

    struct Word {
        var b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 97, 101, 105, 111, 117: return false
            case 121: return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// m(): the number of VC sequences in b[0..<length].
        func measure(_ length: Int) -> Int {
            var n = 0
            var i = 0
            while i < length && isConsonant(i) { i += 1 }
            while i < length {
                while i < length && !isConsonant(i) { i += 1 }
                if i >= length { break }
                while i < length && isConsonant(i) { i += 1 }
                n += 1
            }
            return n
        }

        func hasVowel(_ length: Int) -> Bool { (0..<length).contains { !isConsonant($0) } }

        func endsDoubleConsonant(_ length: Int) -> Bool {
            length >= 2 && b[length - 1] == b[length - 2] && isConsonant(length - 1)
        }

        /// cvc where the last c is not w, x or y.
        func endsCVC(_ length: Int) -> Bool {
            guard length >= 3, isConsonant(length - 3), !isConsonant(length - 2), isConsonant(length - 1) else { return false }
            let c = b[length - 1]
            return c != 119 && c != 120 && c != 121
        }

        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return b.count >= s.count && Array(b[(b.count - s.count)...]) == s
        }

        /// Replaces `suffix` by `replacement` when the stem before it has measure > `minMeasure`.
        mutating func replace(_ suffix: String, _ replacement: String, minMeasure: Int) -> Bool {
            guard ends(suffix) else { return false }
            let stemLength = b.count - suffix.utf8.count
            if measure(stemLength) > minMeasure {
                b = Array(b[..<stemLength]) + Array(replacement.utf8)
            }
            return true
        }

        mutating func step1a() {
            if ends("sses") { b.removeLast(2) } else if ends("ies") { b.removeLast(2) } else if ends("ss") {
            } else if ends("s") { b.removeLast() }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(b.count - 3) > 0 { b.removeLast() }
                return
            }
            var cut = 0
            if ends("ed") && hasVowel(b.count - 2) { cut = 2 } else if ends("ing") && hasVowel(b.count - 3) { cut = 3 }
            guard cut > 0 else { return }
            b.removeLast(cut)
            if ends("at") || ends("bl") || ends("iz") {
                b.append(101)
            } else if endsDoubleConsonant(b.count), let last = b.last, last != 108, last != 115, last != 122 {
                b.removeLast()
            } else if measure(b.count) == 1 && endsCVC(b.count) {
                b.append(101)
            }
        }

        mutating func step1c() {
            if ends("y") && hasVowel(b.count - 1) { b[b.count - 1] = 105 }
        }

        static let step2Rules: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
            ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
            ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ]
        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]
        /// Longest first, so the first that ends the word is the one Porter tries.
        static let step4Suffixes = [
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous", "ive", "ize",
            "al", "er", "ic", "ou",
        ]

        mutating func step2() {
            for (suffix, replacement) in Self.step2Rules where replace(suffix, replacement, minMeasure: 0) { return }
        }

        mutating func step3() {
            for (suffix, replacement) in Self.step3Rules where replace(suffix, replacement, minMeasure: 0) { return }
        }

        mutating func step4() {
            for suffix in Self.step4Suffixes where ends(suffix) {
                let stemLength = b.count - suffix.utf8.count
                if suffix == "ion" {
                    guard stemLength > 0, b[stemLength - 1] == 115 || b[stemLength - 1] == 116 else { return }
                }
                if measure(stemLength) > 1 { b.removeLast(suffix.utf8.count) }
                return
            }
        }

        mutating func step5() {
            if ends("e") {
                let m = measure(b.count - 1)
                if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
            }
            if measure(b.count) > 1 && endsDoubleConsonant(b.count) && b.last == 108 { b.removeLast() }
        }
    }
}
