/// The order of search results or concordance lines.
public enum SearchOrder: String, CaseIterable, Sendable {
    /// Best BM25 score first (falls back to `date` for queries without words).
    case relevance
    /// Oldest first (concordance) or newest first (search), then transcript order.
    case date
    /// By speaker's name, then date.
    case speaker
    /// The order speeches were stored in (load order).
    case corpus
}
