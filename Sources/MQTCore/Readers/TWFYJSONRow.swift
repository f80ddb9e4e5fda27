import Foundation

/// One row of a TheyWorkForYou API `getHansard`/`getDebates` answer, checked for the shape Hansard
/// rows have. Numbers may come as strings (as the API sends them) or as JSON numbers.
struct TWFYJSONRow {
    var index: Int
    var gid: String
    var hdate: String
    var htime: String?
    var htype: Int
    var major: String
    var minor: String
    var sectionID: String
    var subsectionID: String
    var epobjectID: String
    var hpos: Int
    var body: String
    var parentBody: String?
    var listURL: String?
    var personID: String?
    var speaker: [String: Any]?

    /// TheyWorkForYou's `major` codes (www/includes/dbtypes.php) as ParlParse section names.
    static let sections: [String: String] = [
        "1": "debates", "2": "whall", "3": "wrans", "4": "wms", "5": "ni", "6": "standing", "7": "sp",
        "8": "spwrans", "9": "lmqs", "10": "senedd", "101": "lords",
    ]

    /// Reads row `index`; a row of another shape throws a message saying why it was left out.
    init(_ value: Any, index: Int) throws(TWFYRowProblem) {
        self.index = index
        guard let object = value as? [String: Any] else { throw TWFYRowProblem("row \(index) is not an object") }
        let gid = SourceID.from(Self.string(object["gid"])) ?? ""
        let label = gid.isEmpty ? "row \(index)" : "row \(index) (gid \(gid))"
        guard let major = Self.string(object["major"]) else { throw TWFYRowProblem("\(label) has no major code") }
        guard Self.sections[major] != nil else {
            let title = Self.string(object["title"]).map { ": \($0)" } ?? ""
            throw TWFYRowProblem("\(label) has major \"\(major)\", not a Hansard section\(title)")
        }
        guard !gid.isEmpty else { throw TWFYRowProblem("\(label) has no gid") }
        guard let hdate = Self.string(object["hdate"]), hdate.count == 10, ParlParseSections.lastDate(in: hdate) == hdate
        else { throw TWFYRowProblem("\(label) has no hdate of the form YYYY-MM-DD") }
        guard let htype = Self.string(object["htype"]).flatMap(Int.init), (10...13).contains(htype) else {
            throw TWFYRowProblem("\(label) has no htype from 10 to 13")
        }
        guard let body = object["body"] as? String else { throw TWFYRowProblem("\(label) has no body text") }
        self.gid = gid
        self.hdate = hdate
        self.htype = htype
        self.major = major
        self.body = body
        htime = Self.string(object["htime"]).flatMap { $0.isEmpty ? nil : $0 }
        minor = Self.string(object["minor"]) ?? "0"
        sectionID = Self.string(object["section_id"]) ?? "0"
        subsectionID = Self.string(object["subsection_id"]) ?? "0"
        epobjectID = Self.string(object["epobject_id"]) ?? gid
        hpos = Self.string(object["hpos"]).flatMap(Int.init) ?? index
        let parent = object["parent"] as? [String: Any]
        parentBody = parent.flatMap { Self.string($0["body"]) }
        listURL = Self.string(object["listurl"])
        personID = Self.string(object["person_id"]).flatMap { $0 == "0" || $0.isEmpty ? nil : $0 }
        speaker = object["speaker"] as? [String: Any]
    }

    /// The section code; Lords written answers and statements (gids `HL...`) share `major` 3 and 4
    /// with the Commons' but are `lordswrans` and `lordswms`, as in ParlParse.
    var section: String {
        let section = Self.sections[major] ?? "debates"
        guard section == "wrans" || section == "wms" else { return section }
        let id = gid.split(separator: ".").dropFirst().first ?? ""
        return id.uppercased().hasPrefix("HL") ? "lords" + section : section
    }

    /// A heading row (section or subsection title), unless it carries a speech: TheyWorkForYou shows a
    /// written question or statement found by its heading with the first item's text and author.
    var isHeadingOnly: Bool { htype <= 11 && speaker == nil }

    /// The subsection (or section) the row sits in: one transcript per TheyWorkForYou page.
    var pageKey: String {
        if htype <= 11 { return epobjectID }
        if subsectionID != "0" { return subsectionID }
        return sectionID != "0" ? sectionID : epobjectID
    }

    /// Headings from `parent.body`, TheyWorkForYou's own prefixes ("Written Answers — ") dropped:
    /// `Prime Minister: Engagements` → section and subsection when the row sits in a subsection.
    var headings: [String] {
        guard let parentBody else { return [] }
        var text = HTMLText.line(fromFragment: parentBody)
        for label in Self.labels where text.hasPrefix(label) { text.removeFirst(label.count) }
        if let colon = text.range(of: ": ") {
            let first = String(text[..<colon.lowerBound]), rest = String(text[colon.upperBound...])
            if first == rest { return [first] }
            let inSubsection = htype == 11 || (subsectionID != "0" && subsectionID != sectionID)
            if inSubsection { return [first, rest] }
        }
        return text.isEmpty ? [] : [text]
    }

    static let labels = [
        "Written Answers \u{2014} ", "Written Ministerial Statements \u{2014} ",
        "Questions to the Mayor of London \u{2014} ", "Scottish Parliament: ", "Northern Ireland Assembly: ",
        "Public Bill Committee: ",
    ]

    /// `/debates/?id=2023-12-14a.1091.1&amp;s=Hong+Kong#g1091.1` → the address without the search term.
    var url: String? {
        guard let listURL else { return nil }
        var path = listURL.replacingOccurrences(of: "&amp;", with: "&")
        let fragment = path.range(of: "#").map { String(path[$0.lowerBound...]) } ?? ""
        if let hash = path.range(of: "#") { path = String(path[..<hash.lowerBound]) }
        path = TWFYPageInfo.withoutSearch(path)
        return "https://www.theyworkforyou.com" + path + fragment
    }

    /// Text or number as text.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
