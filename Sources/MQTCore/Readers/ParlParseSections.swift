import Foundation

/// TheyWorkForYou's sections: how ParlParse names their folders, files and GIDs, and which body
/// sat in each (from `SectionCode`).
enum ParlParseSections {
    struct Section: Equatable {
        var name: String
        var body: String
        var title: String
    }

    /// The sections TheyWorkForYou publishes, by code.
    static let sections: [String: Section] = {
        let codes = [
            "debates", "lords", "whall", "wms", "lordswms", "wrans", "lordswrans", "ni", "sp", "spwrans", "standing",
            "lmqs", "senedd",
        ]
        return codes.reduce(into: [:]) { table, code in
            guard let section = SectionCode.named(code), let body = section.body else { return }
            table[code] = Section(name: code, body: body, title: section.meaning)
        }
    }()

    /// File name prefixes (the letters before the date), folder names and GID types, each to a section.
    static let aliases: [String: String] = [
        "debates": "debates", "debate": "debates",
        "lords": "lords", "lordspages": "lords", "daylord": "lords",
        "westminhall": "whall", "westminster": "whall", "whall": "whall",
        "wms": "wms", "ministerial": "wms",
        "lordswms": "lordswms",
        "wrans": "wrans", "answers": "wrans",
        "lordswrans": "lordswrans",
        "ni": "ni",
        "sp": "sp", "spor": "sp",
        "sp-written": "spwrans", "spwrans": "spwrans", "spwa": "spwrans",
        "standing": "standing",
        "lmqs": "lmqs", "london-mayors-questions": "lmqs",
        "senedd": "senedd",
    ]

    /// The section for a file: from its name's prefix, else its folder, else the type in its first GID
    /// (`uk.org.publicwhip/wrans/...`).
    static func section(path: String, firstID: String?) -> Section? {
        let url = URL(fileURLWithPath: path)
        let prefix = String(url.lastPathComponent.prefix { !$0.isNumber })
        let folder = url.deletingLastPathComponent().lastPathComponent
        var gidType: String?
        if let firstID, firstID.hasPrefix("uk.org.publicwhip/") {
            gidType = firstID.split(separator: "/").dropFirst().first.map(String.init)
        }
        for candidate in [prefix, folder, gidType ?? ""] {
            if let name = aliases[candidate.lowercased()], let section = sections[name] { return section }
        }
        return nil
    }

    /// `debates2009-10-27d.xml` → stem `2009-10-27`, version `d`; `ni2009-10-12.xml` → version "".
    static func stemAndVersion(fileName: String) -> (stem: String, version: String) {
        var name = fileName
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        let body = name.drop { !$0.isNumber }
        let version = String(body.reversed().prefix { $0.isLetter && $0.isLowercase }.reversed())
        return (String(body.dropLast(version.count)), version)
    }

    /// The last `YYYY-MM-DD` in `text`, if any.
    static func lastDate(in text: String) -> String? {
        let chars = Array(text.utf8)
        guard chars.count >= 10 else { return nil }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        var index = chars.count - 10
        while index >= 0 {
            let window = chars[index..<(index + 10)]
            let ok = window.enumerated().allSatisfy { offset, c in
                offset == 4 || offset == 7 ? c == 0x2D : isDigit(c)
            }
            if ok { return String(decoding: window, as: UTF8.self) }
            index -= 1
        }
        return nil
    }
}
