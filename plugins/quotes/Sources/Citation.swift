import Foundation
import MQTKit

/// How a speech is cited, in each style `cite` offers; `verify` cites its source in the plain one.
enum Citation {
    static let styles = ["plain", "twfy", "oscola", "markdown"]

    /// Proceedings named from their section code, where the code says more than the body.
    static let proceedings: [String: String] = [
        "debates": "House of Commons debates", "wrans": "Written answers", "lordswrans": "Lords written answers",
        "wms": "Written ministerial statements", "lordswms": "Lords written ministerial statements",
        "whall": "Westminster Hall", "westminhall": "Westminster Hall", "standing": "Public Bill Committee",
        "lords": "House of Lords debates", "lmqs": "Questions to the Mayor of London", "spwrans": "Scottish Parliament written answers",
        "sp": "Scottish Parliament Official Report", "ni": "Northern Ireland Assembly debates", "senedd": "Senedd Plenary",
    ]

    /// `29 November 2021` from `2021-11-29` (the text as given when it is not a full date).
    static func longDate(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// `29th November 2021`, as TheyWorkForYou writes dates.
    static func ordinalDate(_ date: String) -> String {
        let long = longDate(date)
        guard let day = Int(long.prefix { $0.isNumber }) else { return long }
        let suffix = (11...13).contains(day % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return "\(day)\(suffix)" + long.drop { $0.isNumber }
    }

    /// The speaker with their role, else party: `Sadiq Khan (Mayor of London)`.
    static func attribution(_ speech: ExportedSpeech) -> String {
        guard let affiliation = speech.role ?? speech.party, !affiliation.isEmpty else { return speech.speaker }
        return "\(speech.speaker) (\(affiliation))"
    }

    static func link(_ speech: ExportedSpeech) -> String? { speech.url ?? speech.sourceURL }

    /// The debate's own title (the innermost heading above the speech), else the transcript's.
    static func title(_ speech: ExportedSpeech) -> String { speech.headings.last ?? speech.title }

    /// The citation of `speech` in `style`, quoting `sentence` when one is given.
    static func text(_ speech: ExportedSpeech, style: String, sentence: String?) -> String {
        let where_ = proceedings[speech.section] ?? speech.body
        let date = longDate(speech.date)
        let url = link(speech)
        let title = title(speech)
        switch style {
        case "twfy":
            let verb = speech.section.hasSuffix("wrans") || speech.section == "lmqs" ? "answered" : "in the \(speech.body)"
            let base = "\(speech.speaker), \(title) – \(where_) – \(verb) on \(ordinalDate(speech.date))"
            return [sentence.map { "“\($0)” " }.map { $0 + "– " }, base, url.map { ", " + $0 }].compactMap { $0 }.joined() + "."
        case "oscola":
            return oscola(speech) + (sentence.map { " (\(speech.speaker): “\($0)”)" } ?? "")
        case "markdown":
            let linked = url.map { "[*\(title)*](\($0))" } ?? "*\(title)*"
            let line = "— **\(speech.speaker)**" + ((speech.role ?? speech.party).map { " (\($0))" } ?? "") + ", \(linked), \(where_), \(date)"
            return sentence.map { "> \($0)\n>\n> " + line } ?? line
        default:
            let base = "\(attribution(speech)), \"\(title)\", \(where_), \(date)" + (url.map { ", " + $0 } ?? "")
            return sentence.map { "“\($0)” — " + base } ?? base
        }
    }

    /// Hansard citation practice: `HC Deb 29 October 2009, col 469` (a Commons written answer's
    /// column ends in W, a statement's in WS, Westminster Hall's in WH; the Lords' written answers
    /// are WA171, their statements WS12); other bodies by name, title, date and
    /// column.
    static func oscola(_ speech: ExportedSpeech) -> String {
        let date = longDate(speech.date)
        var column = speech.column.map { "col \($0)" }
        if let number = speech.column, !number.contains(where: \.isLetter) {
            let suffix = ["wrans": "W", "wms": "WS", "whall": "WH", "westminhall": "WH"][speech.section] ?? ""
            let prefix = ["lordswrans": "WA", "lordswms": "WS"][speech.section] ?? ""
            column = "col \(prefix)\(number)\(suffix)"
        }
        let house: String
        switch speech.body {
        case "House of Commons": house = speech.section == "standing" ? "PBC Deb" : "HC Deb"
        case "House of Lords": house = "HL Deb"
        case "Scottish Parliament": house = "SP OR"
        case "Northern Ireland Assembly": house = "NIA Deb"
        default: house = "\(speech.body), \"\(title(speech))\","
        }
        return ["\(house) \(date)", column].compactMap { $0 }.joined(separator: ", ")
    }
}
