import MQTCore

/// The corpus as a plugin sees it: read-only, with no database handle and no SQL. Everything a
/// plugin reads goes through this one interface; the SQLite store implements it
/// (`Store+Corpus.swift`), and a second store (PostgreSQL, say) would implement the same.
///
/// A set of speeches (`SpeechSet`) is a description: a query, the set it narrows and an order.
/// `select` makes one; every other call works on the whole set, whatever page a display shows.
/// A plugin that counts, groups or streams a set never ranks, snippets or reads what it does not
/// need.
///
/// ```swift
/// let set = try context.corpus.select(call.argument("query") ?? "", within: call.input.speechSet)
/// for size in try context.corpus.sizes(of: set, by: .party) { ... }       // speeches, words, dates
/// try context.corpus.forEachSpeech(in: set) { speech in ...; return true }  // streamed, in order
/// ```
public protocol Corpus: AnyObject {
    // MARK: Sets

    /// The speeches matching `query` (the query language, DESIGN §6) within `set` (nil: the whole
    /// corpus), in `order` (nil: the order of `set`, else corpus order). An empty query keeps
    /// `set` as it is. A query that cannot be parsed throws a `PositionedError` at the token.
    func select(_ query: String, within set: SpeechSet?, order: SearchOrder?, stem: Bool) throws -> SpeechSet
    /// A set of exactly these speeches (by `StoredSpeech.rowID`), in this order.
    func set(of rowIDs: [Int64]) -> SpeechSet
    /// How many speeches the set holds.
    func size(of set: SpeechSet) throws -> Int
    /// The row ids (`StoredSpeech.rowID`) of the set's speeches, in its order (no text read).
    func rowIDs(of set: SpeechSet) throws -> [Int64]

    // MARK: Counts

    /// Speeches in the set, and hits of its query (places where its words and phrases occur).
    func count(_ set: SpeechSet) throws -> SearchTotals
    /// The same per group, most speeches first (periods in date order).
    func count(_ set: SpeechSet, by group: SearchGroup) throws -> [GroupCount]
    /// Speeches, words and first and last date per group, most words first (periods in date order).
    func sizes(of set: SpeechSet, by group: SearchGroup) throws -> [GroupSize]

    // MARK: Speeches

    /// One page of the set in its order, each speech with where its query's words occur.
    func page(of set: SpeechSet, limit: Int, offset: Int) throws -> [SearchHit]
    /// Every speech of the set in its order, read in chunks; `body` returns false to stop.
    func forEachSpeech(in set: SpeechSet, _ body: (StoredSpeech) throws -> Bool) throws
    /// Every speech of the set with its transcript's fields (the export shape); returns the count.
    func forEachRecord(in set: SpeechSet, _ body: (ExportedSpeech) throws -> Void) throws -> Int
    /// Speeches with where the query's words occur, in `order`, stopping after `lines` occurrences
    /// (nil: all): what a concordance needs.
    func concordance(of set: SpeechSet, order: SearchOrder, lines: Int?, isCancelled: () -> Bool) throws -> [SearchHit]
    /// The speeches with these row ids (`StoredSpeech.rowID`), in that order; ids not stored are left out.
    func speeches(rowIDs: [Int64]) throws -> [StoredSpeech]
    /// The speeches with this id (the source's id, or the one mqt made).
    func speeches(withID id: String) throws -> [StoredSpeech]
    /// The files the corpus was loaded from, each with its content hash, and one hash over all of them.
    func sources() throws -> CorpusSources

    /// The text of every speech of the set with its group's name (nil for no value, or when
    /// `group` is nil), in no particular order, streamed: what word counts need. Count words
    /// with a `Lexicon` (or `WordCounts`) to count them as the index does, fast.
    func forEachText(in set: SpeechSet, by group: SearchGroup?, _ body: (String?, String) throws -> Void) throws

    // MARK: Words

    /// How often each word occurs in the set, and in how many speeches, most frequent first. Words
    /// are counted as the index counts them (`Tokenizer.tokens`): letters, digits and marks, folded.
    func termFrequencies(in set: SpeechSet) throws -> [TermFrequency]

    /// How many speeches of the whole corpus hold each of these index words (folded); words the
    /// index lacks are left out. Cheap: one look-up a word, whatever the corpus's size.
    func documentFrequencies(of words: [String]) throws -> [String: Int]

    // MARK: Members

    /// Speakers as written, with speeches and words; `matching` keeps names containing it.
    func speakers(matching filter: String?) throws -> [SpeakerSummary]
    /// The person behind a speaker id or name on a date, from member files (`load --members`).
    func person(forSpeakerID id: String?, name: String?, on date: String?) throws -> ResolvedPerson?

    // MARK: Questions

    /// The pairs a filter keeps (`qa_pairs`, paired at load), in corpus order, with where its set
    /// met each (`QuestionPairFilter(in:...)` makes the filter).
    func questionPairRows(_ filter: QuestionPairFilter) throws -> [QuestionPairRow]
    /// These pairs whole: both speeches' fields and texts, in the order given.
    func questionPairs(_ rows: [QuestionPairRow]) throws -> [QuestionPair]
    /// The sums `qa-stats` divides over the pairs a filter keeps: one row, or one per group.
    func questionPairFigures(_ filter: QuestionPairFilter, by group: QuestionPairGroup?) throws -> [QuestionPairFigures]

    // MARK: SQL

    /// The columns and rows of one read-only SQL statement on the store (writes are refused).
    func sql(_ query: String) throws -> SQLResult
}

extension Corpus {
    /// `select` without a query of its own: the piped set, or the whole corpus.
    public func select(_ query: String, within set: SpeechSet?, order: SearchOrder? = nil) throws -> SpeechSet {
        try select(query, within: set, order: order, stem: false)
    }

    /// The whole corpus, in corpus order.
    public var everything: SpeechSet { SpeechSet(selection: .everything) }
}

// The corpus model and text tools a plugin may use, by name, without importing MQTCore.

/// A speech as stored: its fields, text and transcript.
public typealias StoredSpeech = MQTCore.StoredSpeech
/// A speech with where a query's words occur in it.
public typealias SearchHit = MQTCore.SearchHit
/// An occurrence of a query's words: token offset and length in tokens.
public typealias MatchSpan = MQTCore.MatchSpan
/// Speeches and hits.
public typealias SearchTotals = MQTCore.SearchTotals
/// Speeches and hits of one group.
public typealias GroupCount = MQTCore.GroupCount
/// Speeches, words and dates of one group.
public typealias GroupSize = MQTCore.GroupSize
/// What speeches are grouped by: speaker, party, role, section, body, kind, transcript, date, month, year.
public typealias SearchGroup = MQTCore.SearchGroup
/// The order of a set: relevance, date (newest first), speaker, corpus.
public typealias SearchOrder = MQTCore.SearchOrder
/// A word's frequency and document frequency.
public typealias TermFrequency = MQTCore.TermFrequency
/// A speech with its transcript's fields, as exported.
public typealias ExportedSpeech = MQTCore.ExportedSpeech
/// The files a corpus came from and a hash over their contents.
public typealias CorpusSources = MQTCore.CorpusSources
/// A file a corpus came from, with its content hash.
public typealias SourceFile = MQTCore.SourceFile
/// A speaker as written, with speeches and words.
public typealias SpeakerSummary = MQTCore.SpeakerSummary
/// A question with its answer (nil: unanswered) and their speakers, texts and word counts.
public typealias QuestionPair = MQTCore.QuestionPair
/// Which questions a command takes (`QuestionPairFilter(in:asker:answerer:party:unansweredOnly:)`).
public typealias QuestionPairFilter = MQTCore.QuestionPairFilter
/// One pair as a filter finds it: its rows and where the filter's set met it.
public typealias QuestionPairRow = MQTCore.QuestionPairRow
/// What `qa-stats --by` groups questions by.
public typealias QuestionPairGroup = MQTCore.QuestionPairGroup
/// The sums over one group of pairs that `qa-stats` divides.
public typealias QuestionPairFigures = MQTCore.QuestionPairFigures
/// How questions are paired with answers, written once.
public typealias QuestionPairing = MQTCore.QuestionPairing
/// A person from member files.
public typealias ResolvedPerson = MQTCore.ResolvedPerson
/// What a record is: speech, question, answer, statement, interjection.
public typealias SpeechKind = MQTCore.SpeechKind
/// Words as the index sees them.
public typealias Tokenizer = MQTCore.Tokenizer
/// Folded words as dense integer ids, read fast from UTF-8 (the same words as `Tokenizer`).
public typealias Lexicon = MQTCore.Lexicon
/// Occurrences and documents per word of a lexicon, over the texts added.
public typealias WordCounts = MQTCore.WordCounts
/// A word and its UTF-16 range.
public typealias Token = MQTCore.Token
/// Sentences of a text.
public typealias SentenceSplitter = MQTCore.SentenceSplitter
/// A passage around matches, for display.
public typealias Snippet = MQTCore.Snippet
/// Keyword-in-context lines.
public typealias Concordance = MQTCore.Concordance
/// JSON string quoting.
public typealias JSONString = MQTCore.JSONString
/// The query language's help, written once (synopsis, discussion, `help query`).
public typealias QueryLanguage = MQTCore.QueryLanguage
/// The columns and rows of a `sql` statement.
public typealias SQLResult = MQTCore.SQLResult
/// One value of a `sql` row: null, integer, real, text or blob.
public typealias SQLValue = MQTCore.SQLValue
/// How words and sentences are counted, written once (`help words`).
public typealias CountingRules = MQTCore.CountingRules
