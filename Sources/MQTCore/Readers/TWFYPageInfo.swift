import Foundation

/// What a TheyWorkForYou debate page says about itself, outside the speeches: title, section,
/// body, date, start time and address.
struct TWFYPageInfo {
    var title: String
    /// The heading above the page's own (e.g. "Oral Answers to Questions — Army of Occupation", or the
    /// department of a written answer), from the line under the title; nil when there is none.
    var parentHeading: String?
    var section: String
    var body: String
    var date: String
    /// Minutes after midnight at which the debate started ("at 2:38 pm"); nil when not given.
    var startMinutes: Int?
    var sourceURL: String?

    /// TheyWorkForYou URL segments that are not ParlParse section names.
    static let urlSections = ["pbc": "standing", "london": "lmqs"]

    init(root: HTMLNode, path: String) throws {
        let header = root.firstDescendant { $0.name == "div" && $0.hasClass("debate-header") }
        let h1 = header?.firstDescendant { $0.name == "h1" }?.text
        let pageTitle = root.firstDescendant { $0.name == "title" }?.text ?? ""
        guard let title = h1.flatMap({ $0.isEmpty ? nil : $0 }) ?? Self.title(fromPageTitle: pageTitle) else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "the page has no debate title")
        }
        self.title = title
        let lead = header?.firstDescendant { $0.name == "p" && $0.hasClass("lead") }
        let leadText = lead?.text ?? ""
        parentHeading = Self.parentHeading(fromLead: leadText)
        startMinutes = Self.minutes(fromLead: leadText)

        let ogURL = root.firstDescendant { $0.name == "meta" && $0.attribute("property") == "og:url" }?
            .attribute("content")
        sourceURL = ogURL.map(Self.withoutSearch)
        let fileName = (path as NSString).lastPathComponent
        let fromFile = fileName.components(separatedBy: "--").count > 1 ? fileName.components(separatedBy: "--")[0] : nil
        let candidates = [ogURL.flatMap(Self.urlSegment), fromFile].compactMap { $0 }
        guard let found = candidates.lazy.compactMap(Self.sectionInfo).first else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1, column: 1),
                "cannot tell which section this page belongs to (no og:url meta tag naming one)")
        }
        section = found.name
        body = found.body

        let dateLink = lead?.descendants { $0.name == "a" }.compactMap { $0.attribute("href") }
            .compactMap { ParlParseSections.lastDate(in: $0) }.first
        guard let date = dateLink ?? DateText.isoDate(fromProse: leadText) else {
            throw CoreError.malformed(
                SourceLocation(file: path, line: lead?.line ?? 1, column: 1), "the page gives no sitting date")
        }
        self.date = date
    }

    /// `Chinese State Surveillance: 23 Feb 2023: Scottish Parliament debates - TheyWorkForYou` → the first part.
    static func title(fromPageTitle text: String) -> String? {
        var parts = text.replacingOccurrences(of: " - TheyWorkForYou", with: "").components(separatedBy: ": ")
        if parts.count >= 3 { parts.removeLast(2) }
        let title = parts.joined(separator: ": ").trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }

    /// `Enterprise, Trade and Investment – in the Northern Ireland Assembly at 2:30 pm on …` → the
    /// heading; `Home Office written question – answered …` → `Home Office`.
    static func parentHeading(fromLead lead: String) -> String? {
        let lead = lead.trimmingCharacters(in: .whitespaces)
        guard !lead.hasPrefix("\u{2013}"), let dash = lead.range(of: " \u{2013} ") else { return nil }
        var heading = String(lead[..<dash.lowerBound]).trimmingCharacters(in: .whitespaces)
        for suffix in [" written question", " written statement"] where heading.hasSuffix(suffix) {
            heading.removeLast(suffix.count)
        }
        return heading.isEmpty ? nil : heading
    }

    /// `… at 2:38 pm on 14 December 2023.` → 878.
    static func minutes(fromLead lead: String) -> Int? {
        let words = lead.split(separator: " ")
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let meridiem = words[index + 1].lowercased()
            guard meridiem == "am" || meridiem == "pm" else { continue }
            let parts = word.split(separator: ":")
            guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (1...12).contains(hour) else {
                continue
            }
            return (hour % 12 + (meridiem == "pm" ? 12 : 0)) * 60 + minute
        }
        return nil
    }

    /// A speech's clock time (`2:41`, twelve-hour, no am/pm) as `14:41:00`, read as the first time at
    /// or after the debate's start (less an hour's slack); nil when the page gives no start time.
    func time(fromClock clock: String) -> String? {
        let parts = clock.split(separator: ":")
        guard let startMinutes, parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let morning = (hour % 12) * 60 + minute
        let chosen: Int
        if hour > 12 {
            chosen = hour * 60 + minute
        } else {
            chosen = morning >= startMinutes - 60 ? morning : morning + 720
        }
        return String(format: "%02d:%02d:00", chosen / 60, chosen % 60)
    }

    /// `https://www.theyworkforyou.com/sp/?id=…` → `sp`.
    static func urlSegment(_ url: String) -> String? {
        guard let range = url.range(of: "theyworkforyou.com/") else { return nil }
        return url[range.upperBound...].split(separator: "/").first.map(String.init)
    }

    static func sectionInfo(_ name: String) -> (name: String, body: String)? {
        let key = urlSections[name] ?? ParlParseSections.aliases[name] ?? name
        guard let section = ParlParseSections.sections[key] else { return nil }
        return (section.name, section.body)
    }

    /// Drops the search term TheyWorkForYou appends (`&s=Hong+Kong`, `?s=…`).
    static func withoutSearch(_ url: String) -> String {
        var result = url
        for marker in ["&amp;s=", "&s=", "?s="] {
            if let range = result.range(of: marker) { result = String(result[..<range.lowerBound]) }
        }
        return result
    }
}
