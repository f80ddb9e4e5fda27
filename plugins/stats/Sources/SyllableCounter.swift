import MQTKit

/// English syllables by a heuristic (no dictionary), and the words readability counts them in.
///
/// A word's syllables are its groups of consecutive vowels (a, e, i, o, u, and y except as the
/// first letter), less one for a silent ending when there are two groups or more: a final e
/// after a consonant (make), unless consonant + le (ta-ble); a final -ed after a consonant other
/// than t or d (walked, not want-ed); a final -es after a consonant other than c, g, h, s, x or z
/// (makes, not box-es). Every word has at least one. Letters are folded first (é is e).
public enum SyllableCounter {
    /// The syllables of one word (at least 1; 0 only for a word without letters).
    public static func syllables(in word: String) -> Int {
        let folded = word.utf8.allSatisfy { $0 < 0x80 } ? word : Tokenizer.fold(word)
        let letters = folded.unicodeScalars.compactMap { scalar -> UInt8? in
            // Any letter that is not ASCII after folding is a consonant here: one byte stands for all.
            guard scalar.isASCII else { return scalar.properties.isAlphabetic ? UInt8(ascii: "b") : nil }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte
            default: return nil
            }
        }
        return syllables(ofLetters: letters)
    }

    /// The syllables of lower-case ASCII letters (other letters given as any consonant).
    static func syllables(ofLetters letters: [UInt8]) -> Int {
        guard !letters.isEmpty else { return 0 }
        func isVowel(_ index: Int) -> Bool {
            switch letters[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
            case UInt8(ascii: "y"): return index > 0
            default: return false
            }
        }
        var groups = 0
        for index in letters.indices where isVowel(index) && (index == 0 || !isVowel(index - 1)) { groups += 1 }
        guard groups > 1 else { return max(1, groups) }
        let count = letters.count
        func isConsonant(_ index: Int) -> Bool { index >= 0 && !isVowel(index) }
        func letter(_ fromEnd: Int) -> UInt8 { count - fromEnd >= 0 ? letters[count - fromEnd] : 0 }
        let (last, beforeLast) = (letter(1), letter(2))
        if last == UInt8(ascii: "e") && isConsonant(count - 2) && !(beforeLast == UInt8(ascii: "l") && isConsonant(count - 3)) {
            groups -= 1
        } else if last == UInt8(ascii: "d") && beforeLast == UInt8(ascii: "e") && isConsonant(count - 3)
            && !Array("td".utf8).contains(letter(3)) {
            groups -= 1
        } else if last == UInt8(ascii: "s") && beforeLast == UInt8(ascii: "e") && isConsonant(count - 3)
            && !Array("cghsxz".utf8).contains(letter(3)) {
            groups -= 1
        }
        return groups
    }

    /// The words of `text` as readability counts them: runs of letters, digits and marks, an
    /// apostrophe (' or ’) between two of them joining (Government’s is one word), folded; a run
    /// without a letter (2021, 1.4) is not a word.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var hasLetter = false
        var pendingApostrophe = false
        func finish() {
            if hasLetter { words.append(Tokenizer.fold(String(word))) }
            word = String.UnicodeScalarView()
            hasLetter = false
        }
        for scalar in text.unicodeScalars {
            if Tokenizer.isWordScalar(scalar) {
                pendingApostrophe = false
                word.append(scalar)
                if scalar.properties.isAlphabetic { hasLetter = true }
            } else if (scalar == "'" || scalar == "\u{2019}") && !word.isEmpty && !pendingApostrophe {
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                finish()
            }
        }
        finish()
        return words
    }

    /// The words of `text` (as `words(in:)` cuts them) and their syllables, in one pass with no
    /// string per word: what readability runs over every sentence.
    public static func counts(in text: String) -> (words: Int, syllables: Int) {
        var (words, syllables) = (0, 0)
        var letters: [UInt8] = []
        var inWord = false
        var hasLetter = false
        var pendingApostrophe = false
        func finish() {
            if hasLetter {
                words += 1
                syllables += self.syllables(ofLetters: letters)
            }
            letters.removeAll(keepingCapacity: true)
            (inWord, hasLetter) = (false, false)
        }
        for scalar in text.unicodeScalars {
            if Tokenizer.isWordScalar(scalar) {
                (inWord, pendingApostrophe) = (true, false)
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte + 32)
                    case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
                    default: continue
                    }
                    hasLetter = true
                } else if scalar.properties.isAlphabetic {
                    hasLetter = true
                    for folded in Tokenizer.fold(String(scalar)).unicodeScalars where folded.properties.isAlphabetic {
                        letters.append(folded.isASCII ? UInt8(folded.value) : UInt8(ascii: "b"))
                    }
                }
            } else if (scalar == "'" || scalar == "\u{2019}") && inWord && !pendingApostrophe {
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                finish()
            }
        }
        finish()
        return (words, syllables)
    }
}
