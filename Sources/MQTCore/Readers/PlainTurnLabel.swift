import Foundation

/// The speaker label that opens a turn in a plain transcript, as the London Assembly prints them:
/// `Unmesh Desai AM:`, `Sadiq Khan (Mayor of London):`, `Caroline Pidgeon MBE AM (Deputy Chair):`,
/// `Len Duvall (AM):`. Post-nominal letters are dropped from the name (so it matches the name other
/// sources use); the bracketed part is the party when it names one, else the role.
struct PlainTurnLabel: Equatable {
    var name: String
    var party: String?
    var role: String?
    /// Text after the colon on the same line.
    var rest: String

    /// Letters after a name that are not part of it.
    static let postNominals: Set<String> = [
        "AM", "MP", "MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "QC", "KC", "JP", "DL", "MEP", "MSP", "MS", "MLA",
        "QPM", "KPM", "CH", "PC", "FRSA", "PhD",
    ]
    /// Lower-case words allowed inside a name.
    static let particles: Set<String> = ["de", "van", "von", "der", "den", "of", "bin", "al", "la", "le", "da", "di", "du", "ap"]
    /// Titles that belong to the name when it is cut from the end of a line.
    static let honorifics: Set<String> = ["Dr", "Sir", "Dame", "Lord", "Baroness", "Mr", "Mrs", "Ms", "Miss", "Professor"]

    /// Reads a label at the start of `line`; nil when the line is ordinary text. A label needs a
    /// bracketed part or post-nominal letters, so "Mr Mayor: ..." in a speech is not taken for one.
    init?(line: String) {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var label = line[..<colon].trimmingCharacters(in: .whitespaces)
        var bracket: String?
        if label.hasSuffix(")"), let open = label.lastIndex(of: "(") {
            bracket = label[label.index(after: open)..<label.index(before: label.endIndex)]
                .trimmingCharacters(in: .whitespaces)
            label = label[..<open].trimmingCharacters(in: .whitespaces)
        }
        guard let name = Self.name(label, requireLetters: bracket == nil) else { return nil }
        self.name = name
        rest = after.trimmingCharacters(in: .whitespaces)
        if let bracket, !bracket.isEmpty, !Self.postNominals.contains(bracket) {
            if Parties.isParty(bracket) { party = bracket } else { role = bracket }
        }
    }

    /// `Caroline Pidgeon MBE AM` → `Caroline Pidgeon`; nil unless it reads as a name (two to eight
    /// capitalised words, no digits). With `requireLetters`, post-nominals must be present.
    static func name(_ text: String, requireLetters: Bool) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        var sawLetters = false
        while let last = words.last, postNominals.contains(last) {
            words.removeLast()
            sawLetters = true
        }
        guard words.count >= 2, !requireLetters || sawLetters else { return nil }
        for (index, word) in words.enumerated() {
            guard let first = word.first, !word.contains(where: \.isNumber) else { return nil }
            let capitalised = first.isUppercase || first == "[" || first == "'" || first == "\u{2019}"
            guard capitalised || (index > 0 && index < words.count - 1 && particles.contains(word)) else { return nil }
        }
        return words.joined(separator: " ")
    }

    /// `Prevent in London Unmesh Desai AM` (a question's title with its asker at the end of the line) →
    /// title and asker; the asker is the last two words before the letters, with a title such as Dr.
    static func titleAndAsker(_ text: String) -> (title: String, asker: String?) {
        var words = text.split(separator: " ").map(String.init)
        var sawLetters = false
        while let last = words.last, postNominals.contains(last) {
            words.removeLast()
            sawLetters = true
        }
        guard sawLetters, words.count >= 2 else { return (text, nil) }
        var start = words.count - 2
        if start > 0, honorifics.contains(words[start - 1]) { start -= 1 }
        let asker = words[start...].joined(separator: " ")
        guard name(asker, requireLetters: false) != nil else { return (text, nil) }
        return (words[..<start].joined(separator: " "), asker)
    }
}
