import Foundation

/// Dates written as prose in transcripts.
public enum DateText {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// `29th November 2021` or `Tuesday 27 October 2009` anywhere in `text`, as `2021-11-29`.
    public static func isoDate(fromProse text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for index in words.indices.dropFirst() where index + 1 < words.count {
            guard let month = months.firstIndex(of: String(words[index])) else { continue }
            let dayWord = words[index - 1].prefix(while: { $0.isNumber })
            guard let day = Int(dayWord), (1...31).contains(day),
                let year = Int(words[index + 1]), (1800...2200).contains(year)
            else { continue }
            return String(format: "%04d-%02d-%02d", year, month + 1, day)
        }
        return nil
    }
}

/// Party names as they are written in UK and other transcripts, to tell a party from an office.
public enum Parties {
    static let names: Set<String> = [
        "labour", "conservative", "liberal democrat", "liberal democrats", "green", "green party",
        "scottish national party", "snp", "plaid cymru", "dup", "democratic unionist party",
        "sinn féin", "sinn fein", "sdlp", "social democratic and labour party", "alliance",
        "ulster unionist party", "uup", "independent", "crossbench", "non-affiliated", "bishops",
        "labour/co-operative", "labour and co-operative", "ukip", "reform uk", "brexit party",
        "con", "lab", "ld", "lib dem", "speaker", "alba party",
        "bishop", "independent social democrat", "alliance party", "tuv", "traditional unionist voice",
        "people before profit", "scottish green party", "scottish greens",
    ]

    /// Whether `text` names a party (case-insensitive).
    public static func isParty(_ text: String) -> Bool {
        names.contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
