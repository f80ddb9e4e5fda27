/// Turns a parsed query into SQL for the store: an FTS5 expression built from the tree (every
/// phrase quoted, restricted to its column) plus conditions on `speeches s`.
public struct QueryCompiler {
    /// Options that change how words match.
    public struct Options: Equatable, Sendable {
        /// Stem every unquoted word (`set stem on`), as if written `~word`.
        public var stem: Bool
        public init(stem: Bool = false) { self.stem = stem }
    }

    let resolver: any QueryResolver
    let options: Options

    public init(resolver: any QueryResolver, options: Options = Options()) {
        self.resolver = resolver
        self.options = options
    }

    /// Compiles a query.
    public func compile(_ query: Query) throws -> CompiledQuery {
        guard let root = query.root else {
            return CompiledQuery(text: query.text, match: nil, conditions: [], hitPhrases: "", extraHits: [])
        }
        let top = try compile(root, positive: true)
        var conditions = top.sql
        var match: String?
        var counted: [Int] = []
        if let expression = top.expression {
            (match, counted) = expression.serialized()
        } else if let negative = FTSExpression.any(top.excluded) {
            conditions.insert(.matching(negative.serialized().text, negated: true), at: 0)
        }
        let phrases = counted.map(String.init).joined(separator: ",")
        return CompiledQuery(text: query.text, match: match, conditions: conditions, hitPhrases: phrases, extraHits: top.hidden)
    }

    func compile(_ node: QueryNode, positive: Bool) throws -> QueryConjunction {
        switch node {
        case .term(let term):
            return QueryConjunction(fts: [try expression(for: term, positive: positive)])
        case .near(let terms, let distance):
            let phrases = terms.map { FTSPhrase(text: $0.text, isPrefix: $0.isPrefix, counted: positive) }
            return QueryConjunction(fts: [.near(phrases, distance: distance)])
        case .filter(let filter):
            return try compile(filter)
        case .and(let nodes):
            return try nodes.map { try compile($0, positive: positive) }.reduce(QueryConjunction(), +)
        case .or(let nodes):
            let parts = try nodes.map { try compile($0, positive: positive) }
            if parts.allSatisfy(\.isPureFTS), let any = FTSExpression.any([].adding(parts.compactMap(\.expression))) {
                return QueryConjunction(fts: [any])
            }
            return QueryConjunction(sql: [SQLCondition.any(parts.map(\.condition))], hidden: parts.filter { !$0.hitTerms.isEmpty }.map(\.guardedHits))
        case .not(let inner):
            let part = try compile(inner, positive: false)
            if part.isPureFTS, let expression = part.expression { return QueryConjunction(excluded: [expression]) }
            return QueryConjunction(sql: [SQLCondition("NOT " + part.condition.sql, part.condition.arguments)])
        }
    }

    /// A word or phrase, expanded to its stem variants when asked.
    func expression(for term: QueryTerm, positive: Bool) throws -> FTSExpression {
        let words = term.words
        let stem = term.isStemmed || (options.stem && !term.isPhrase && !term.isPrefix)
        if stem, words.count == 1, let word = words.first {
            var variants = try resolver.stemVariants(of: word)
            if !variants.contains(word) { variants.insert(word, at: 0) }
            let phrases = variants.map { FTSExpression.phrase(FTSPhrase(text: $0, counted: positive)) }
            return FTSExpression.any(phrases) ?? .phrase(FTSPhrase(text: word, counted: positive))
        }
        return .phrase(FTSPhrase(text: term.text, isPrefix: term.isPrefix, counted: positive))
    }

    func compile(_ filter: QueryFilter) throws -> QueryConjunction {
        switch filter.field {
        case .speaker:
            let alternatives = try resolver.speakerAlternatives(for: filter.value)
            var names = [filter.value]
            for name in alternatives.names where !names.contains(where: { Tokenizer.fold($0) == Tokenizer.fold(name) }) {
                names.append(name)
            }
            let byName = FTSExpression.any(names.map { .phrase(FTSPhrase(text: $0, column: "speaker")) })
            guard let byName else { return QueryConjunction() }
            if alternatives.speakerIDs.isEmpty { return QueryConjunction(fts: [byName]) }
            let byID = SQLCondition.oneOf("s.speaker_id", alternatives.speakerIDs)
            return QueryConjunction(sql: [SQLCondition.any([.matching(byName.serialized().text), byID])])
        case .party, .role:
            return QueryConjunction(fts: [.phrase(FTSPhrase(text: filter.value, column: filter.field.rawValue))])
        case .section:
            let wanted = filter.value.lowercased()
            return QueryConjunction(sql: [.oneOf("s.section", try resolver.sections().filter { $0.lowercased() == wanted })])
        case .body:
            let wanted = Tokenizer.tokens(in: filter.value).map(\.folded)
            let bodies = try resolver.bodies().filter { Self.contains(Tokenizer.tokens(in: $0).map(\.folded), wanted) }
            return QueryConjunction(sql: [.oneOf("s.body", bodies)])
        case .kind:
            return QueryConjunction(sql: [SQLCondition("s.kind = ?", [filter.value])])
        case .date:
            let bounds = filter.dates?.sqlBounds
            var parts: [SQLCondition] = []
            if let lower = bounds?.lower { parts.append(SQLCondition("s.date >= ?", [lower])) }
            if let upper = bounds?.upper { parts.append(SQLCondition("s.date <= ?", [upper])) }
            return QueryConjunction(sql: parts)
        }
    }

    /// Whether `words` holds `run` as consecutive items.
    static func contains(_ words: [String], _ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return run.isEmpty }
        return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
    }
}
