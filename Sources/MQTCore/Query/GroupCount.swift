/// Matching speeches and hits within one group of `count --by`.
public struct GroupCount: Equatable, Sendable {
    /// The group's value (a speaker's name, a party, `2021-11`, ...); nil when the speeches do not
    /// record it (e.g. no party). For `transcript` it is `DATE TITLE`.
    public var group: String?
    public var speeches: Int
    public var hits: Int
    public init(group: String?, speeches: Int, hits: Int) {
        self.group = group
        self.speeches = speeches
        self.hits = hits
    }
}
