import Foundation

extension Store {
    /// `speeches.headings`: every heading above a speech, outermost first, as a JSON array of
    /// text (`["Oral Answers", "Home Office", "Visas"]`); NULL when there is none.
    static func headingsJSON(_ headings: [String]) -> String? {
        headings.isEmpty ? nil : "[" + headings.map(JSONString.quoted).joined(separator: ",") + "]"
    }

    /// The headings a `speeches.headings` value holds (none for NULL or anything but a list of text).
    static func headings(fromJSON json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8),
            let list = try? JSONSerialization.jsonObject(with: data) as? [Any]
        else { return [] }
        return list.compactMap { $0 as? String }
    }

    /// `speeches.subheading`: the innermost heading when there are several (`heading` is the outermost).
    static func subheading(_ headings: [String]) -> String? {
        headings.count > 1 ? headings.last : nil
    }
}
