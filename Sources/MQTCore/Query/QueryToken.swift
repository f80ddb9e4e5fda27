/// One token of a query, with where it stands (Character offsets).
struct QueryToken: Equatable {
    enum Kind: Equatable {
        /// A bare word as typed (may end in `*`).
        case word(String)
        /// A quoted phrase, without its quotes; `prefix` when written `"..."*`.
        case phrase(String, prefix: Bool)
        /// `name:value` or `name:"value"`, the name lower-cased.
        case filter(name: String, value: String)
        case open, close, comma, or, and, not, near, minus, tilde
    }

    var kind: Kind
    var span: Range<Int>

    /// The token as the user typed it, for messages.
    func text(in chars: [Character]) -> String { String(chars[span]) }
}
