import Foundation

/// Source ids as files write them. An empty or blank id (`id=""`) is no id: the store then makes
/// its own `DATE-TITLE.SEQ`, where an empty id would be stored and shared by every such record.
enum SourceID {
    /// `raw` when it has anything but white space, else nil.
    static func from(_ raw: String?) -> String? {
        guard let raw, raw.contains(where: { !$0.isWhitespace }) else { return nil }
        return raw
    }
}
