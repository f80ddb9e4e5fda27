import Foundation

/// Which column of a CSV or TSV header holds each field of a speech: the names people and `export`
/// use, matched case-insensitively, or the columns `load --columns field=COLUMN,...` names.
public struct SpeechColumns: Sendable, Equatable {
    /// Every field a column may hold, each with the header names recognised for it, in order of
    /// preference. `text` comes before `body`: a file with a `text` column keeps `body` for the body
    /// that sat (as `export` writes it); in a file without `text` or `speech`, `body` is the text.
    public static let recognised: [(field: String, names: [String])] = [
        ("text", ["text", "speech", "body"]),
        ("speaker", ["speaker", "name"]),
        ("party", ["party"]),
        ("date", ["date"]),
        ("id", ["id", "speech_id"]),
        ("section", ["section"]),
        ("title", ["title"]),
        ("body", ["body"]),
        ("transcript_id", ["transcript_id"]),
        ("source_url", ["source_url"]),
        ("format", ["format"]),
        ("version_key", ["version_key"]),
        ("version", ["version"]),
        ("seq", ["seq"]),
        ("speaker_id", ["speaker_id"]),
        ("role", ["role"]),
        ("kind", ["kind"]),
        ("time", ["time"]),
        ("column", ["column", "colnum"]),
        ("url", ["url"]),
        ("headings", ["headings"]),
    ]

    /// The field names `--columns` accepts.
    public static var fields: [String] { recognised.map(\.field) }

    static let padding = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}"))

    /// Fields every row needs.
    static let required = ["text", "speaker", "date"]

    /// Columns named by the user, field → header name.
    public let given: [String: String]
    public init(given: [String: String] = [:]) { self.given = given }

    /// Field → column index for `header`. A named column that is not in the header, or a required
    /// field no column holds, is an error naming the file and the column.
    func resolve(_ header: [String], path: String) throws -> [String: Int] {
        // Spreadsheets start a UTF-8 CSV with a byte-order mark, which is no part of the first name.
        let folded = header.map { $0.trimmingCharacters(in: Self.padding).lowercased() }
        var found: [String: Int] = [:]
        var used = Set<Int>()
        for (field, name) in given {
            guard let index = folded.firstIndex(of: name.lowercased()) else {
                throw CoreError.malformed(
                    SourceLocation(file: path, line: 1),
                    "no column '\(name)' (for \(field)) in the header: \(header.joined(separator: ", "))")
            }
            found[field] = index
            used.insert(index)
        }
        for (field, names) in Self.recognised where found[field] == nil {
            for name in names {
                if let index = folded.firstIndex(of: name), !used.contains(index) {
                    found[field] = index
                    used.insert(index)
                    break
                }
            }
        }
        for field in Self.required where found[field] == nil {
            let names = Self.recognised.first { $0.field == field }?.names ?? [field]
            let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            throw CoreError.malformed(
                SourceLocation(file: path, line: 1),
                "no \(field) column (\(listed)); name it with --columns \(field)=COLUMN")
        }
        return found
    }
}
