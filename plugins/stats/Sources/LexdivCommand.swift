import MQTKit

/// `lexdiv [QUERY] [--by GROUP] [--window W]`: tokens, types, type-token ratio and moving-average
/// type-token ratio (MATTR) per group.
struct LexdivCommand: Command {
    let spec = CommandSpec(
        name: "lexdiv", summary: "lexical diversity: tokens, types, TTR and moving-average TTR per group",
        arguments: [ArgumentSpec("query", .query, optional: true, summary: QueryLanguage.synopsis, completion: .speakers)],
        options: [
            OptionSpec("by", value: "GROUP", summary: "one row per group (default speaker)", choices: SearchGroup.allCases.map(\.rawValue)),
            OptionSpec("window", value: "W", summary: "tokens per MATTR window (default 500)"),
        ],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example(
                "per speaker in the seed: the longer set has the lower TTR, MATTR compares them", "lexdiv --window 100",
                output: """
                    speaker       tokens  types    TTR  MATTR
                    Sadiq Khan       948    407  0.429  0.713  ███████████████████████████████████▊
                    Unmesh Desai     325    184  0.566  0.739  █████████████████████████████████████
                    """),
            Example(
                "the speeches a query finds, per party, as data", "lexdiv prevent --by party --window 50 --format json",
                output: """
                    [
                      {"party": "(none)", "tokens": 738, "types": 346, "ttr": 0.469, "mattr": 0.816},
                      {"party": "Labour", "tokens": 135, "types": 96, "ttr": 0.711, "mattr": 0.888}
                    ]
                    """),
            Example(
                "fewer tokens than the window (500 by default): MATTR is the TTR", "search -speaker:khan | lexdiv",
                output: """
                    speaker       tokens  types    TTR  MATTR
                    Unmesh Desai     325    184  0.566  0.566  █████████████████████████████████████
                    """),
        ],
        discussion: """
            Tokens are the index's words (runs of letters, digits and marks, folded to lower case \
            without diacritics, so Government’s is government and s, and 2021 is a word); types are \
            the different tokens. TTR = types / tokens, which falls as a text grows, so groups of \
            different sizes cannot be compared by it. MATTR (Covington & McFall 2010) is the mean \
            TTR of every window of W consecutive tokens (tokens − W + 1 windows, each moved on by one \
            token), which does not depend on length: a group's speeches follow one another in \
            corpus order and the windows run on across them. A group with fewer than W tokens has no \
            full window: its MATTR is its TTR (compare such groups with a smaller --window). TTR and \
            MATTR have three decimal places. Groups with the most tokens come first; dates, months \
            and years in date order. The set is QUERY within the piped speeches, or the whole corpus.
            """)

    /// Tokens, types and the moving window of one group, fed one token id at a time.
    struct Diversity {
        let window: Int
        private(set) var tokens = 0
        /// Every type seen, with how often it occurs in the current window (one hash look-up
        /// serves both the type count and the window).
        private var inWindow: [Int32: Int32] = [:]
        /// The last `window` ids, as a ring.
        private var ring: [Int32] = []
        /// Types with a count above 0 in the current window.
        private var windowTypeCount = 0
        /// Sum over full windows of the types in each (exact; divided once at the end).
        private var windowTypes = 0

        init(window: Int) { self.window = window }

        mutating func add(_ id: Int32) {
            if ring.count == window {
                let slot = tokens % window
                let old = ring[slot]
                ring[slot] = id
                if Self.add(-1, to: &inWindow[old, default: 1]) == 0 { windowTypeCount -= 1 }
            } else {
                ring.append(id)
            }
            if Self.add(1, to: &inWindow[id, default: 0]) == 1 { windowTypeCount += 1 }
            tokens += 1
            if tokens >= window { windowTypes += windowTypeCount }
        }

        /// Adds `delta` to a count in place (one hash look-up through the dictionary's accessor).
        private static func add(_ delta: Int32, to count: inout Int32) -> Int32 {
            count += delta
            return count
        }

        var typeCount: Int { inWindow.count }
        /// types / tokens; nil without tokens.
        var ttr: Double? { tokens > 0 ? Double(inWindow.count) / Double(tokens) : nil }
        /// The mean TTR of the full windows; the TTR when there is none.
        var mattr: Double? {
            tokens >= window ? Double(windowTypes) / Double(window * (tokens - window + 1)) : ttr
        }
    }

    func run(_ call: Call, context: any Context) throws -> Value {
        let group = SearchGroup(rawValue: call.option("by") ?? "speaker") ?? .speaker
        let window = try call.integer("window", default: 500, in: 1...10_000_000)
        let set = try context.corpus.select(
            call.argument("query") ?? "", within: call.input.speechSet, order: nil, stem: context.settings.stem)
        let lexicon = Lexicon()
        var groups: [String: Diversity] = [:]
        try context.corpus.forEachText(in: set, by: group) { name, text in
            try context.checkInterrupted()
            let key = name.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"
            var diversity = groups.removeValue(forKey: key) ?? Diversity(window: window)
            lexicon.forEachWord(in: text) { diversity.add($0) }
            groups[key] = diversity
        }
        let ordered = groups.sorted {
            if group.isTime { return $0.key < $1.key }
            return $0.value.tokens != $1.value.tokens ? $0.value.tokens > $1.value.tokens : $0.key < $1.key
        }
        let rows = ordered.map { name, diversity -> [Cell] in
            [.text(name), .int(diversity.tokens), .int(diversity.typeCount),
             diversity.ttr.map { Measures.decimal($0, places: 3) } ?? .null,
             diversity.mattr.map { Measures.decimal($0, places: 3) } ?? .null]
        }
        let columns = [Column(group.rawValue), Column("tokens"), Column("types"), Column("TTR"), Column("MATTR")]
        return .table(Table(columns: columns, rows: rows, emptyMessage: "no speeches match", chart: .bars(value: "mattr")))
    }
}
