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
        let letters = Array(Tokenizer.fold(word).unicodeScalars.filter { $0.properties.isAlphabetic })
        guard !letters.isEmpty else { return 0 }
        func isVowel(_ index: Int) -> Bool {
            let letter = letters[index]
            return "aeiou".unicodeScalars.contains(letter) || (letter == "y" && index > 0)
        }
        var groups = 0
        for index in letters.indices where isVowel(index) && (index == 0 || !isVowel(index - 1)) { groups += 1 }
        let count = letters.count
        func isConsonant(_ index: Int) -> Bool { index >= 0 && !isVowel(index) }
        func ends(_ suffix: String) -> Bool { String(String.UnicodeScalarView(letters)).hasSuffix(suffix) }
        if groups > 1 {
            if ends("e") && isConsonant(count - 2) && !(ends("le") && isConsonant(count - 3)) {
                groups -= 1
            } else if ends("ed") && isConsonant(count - 3) && !"td".unicodeScalars.contains(letters[count - 3]) {
                groups -= 1
            } else if ends("es") && isConsonant(count - 3) && !"cghsxz".unicodeScalars.contains(letters[count - 3]) {
                groups -= 1
            }
        }
        return max(1, groups)
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
}
