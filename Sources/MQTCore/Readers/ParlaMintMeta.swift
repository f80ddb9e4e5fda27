import Foundation

/// The `-meta.tsv` file ParlaMint ships beside each TEI file: one row per utterance, with a header
/// row naming the columns; `-` means empty.
struct ParlaMintMeta {
    struct Row: Equatable {
        var name: String
        var party: String?
        var role: String?
    }

    /// Rows by utterance id (`ID` column) and by speaker id (`Speaker_ID`).
    var rows: [String: Row] = [:]
    var speakers: [String: Row] = [:]
    var date: String?
    var body: String?

    init() {}

    /// Reads `NAME-meta.tsv` beside `NAME.xml`; throws when it is missing or unreadable.
    init(tsvBeside xmlPath: String) throws {
        let base = xmlPath.hasSuffix(".xml") ? String(xmlPath.dropLast(4)) : xmlPath
        let text = try String(contentsOfFile: base + "-meta.tsv", encoding: .utf8)
        self.init(tsv: text)
    }

    init(tsv text: String) {
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard !lines.isEmpty else { return }
        let header = lines.removeFirst()
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func value(_ fields: [String], _ name: String) -> String? {
            guard let index = column[name], index < fields.count else { return nil }
            let field = fields[index].trimmingCharacters(in: .whitespaces)
            return field.isEmpty || field == "-" ? nil : field
        }
        for fields in lines {
            guard let id = value(fields, "ID") else { continue }
            let role = value(fields, "Speaker_role")
            let row = Row(
                name: Self.displayName(value(fields, "Speaker_name") ?? value(fields, "Speaker_ID") ?? ""),
                party: value(fields, "Speaker_party_name") ?? value(fields, "Speaker_party"),
                role: role == "Regular" ? nil : role)
            rows[id] = row
            if let speaker = value(fields, "Speaker_ID") { speakers[speaker] = row }
            if date == nil { date = value(fields, "Date") }
            if body == nil { body = value(fields, "Body") }
        }
    }

    /// `Kinnock, Stephen Nathan` → `Stephen Nathan Kinnock`.
    static func displayName(_ name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { return name }
        return "\(parts[1]) \(parts[0])"
    }
}
