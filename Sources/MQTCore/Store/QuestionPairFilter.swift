/// Which questions (`qa_pairs`) a command takes: those whose question or answer is in a set of
/// speeches, narrowed by asker and answerer (names containing the text, any case), the asker's
/// party (equal, any case), having no answer, or a list of questions.
public struct QuestionPairFilter: Sendable, Equatable {
    /// A pair is kept when its question or its answer is in this set; nil: every pair.
    public var within: SpeechSelection?
    public var asker: String?
    public var answerer: String?
    public var party: String?
    public var unansweredOnly: Bool
    /// The questions' rows (`speeches.id`) a pair must be one of; nil: any.
    public var questionRowIDs: [Int64]?

    public init(
        within: SpeechSelection? = nil, asker: String? = nil, answerer: String? = nil, party: String? = nil,
        unansweredOnly: Bool = false, questionRowIDs: [Int64]? = nil
    ) {
        self.within = within == .everything ? nil : within
        self.asker = asker
        self.answerer = answerer
        self.party = party
        self.unansweredOnly = unansweredOnly
        self.questionRowIDs = questionRowIDs
    }
}

/// One pair as a filter finds it: its rows, and where the filter's set met it.
public struct QuestionPairRow: Sendable, Equatable {
    public var questionRowID: Int64
    public var answerRowID: Int64?
    /// Whether the question, and the answer, is in the filter's set (both false without one).
    public var questionMatched: Bool
    public var answerMatched: Bool

    public init(questionRowID: Int64, answerRowID: Int64?, questionMatched: Bool, answerMatched: Bool) {
        self.questionRowID = questionRowID
        self.answerRowID = answerRowID
        self.questionMatched = questionMatched
        self.answerMatched = answerMatched
    }
}

/// What `qa-stats --by` groups questions by.
public enum QuestionPairGroup: String, Sendable, CaseIterable {
    case asker, answerer, party, month
}

/// The sums over one group of pairs that `qa-stats` divides.
public struct QuestionPairFigures: Sendable, Equatable {
    /// The group's key (asker, answerer, party or `YYYY-MM`); nil for a pair without one, or for
    /// the single row of ungrouped figures.
    public var key: String?
    public var questions = 0
    public var answered = 0
    public var questionWords = 0
    /// Words of the answers, and of the questions that have one.
    public var answerWords = 0
    public var answeredQuestionWords = 0
    /// Answered questions with at least one key word (`QuestionEcho`), and the sum of their shares.
    public var echoed = 0
    public var echoSum = 0.0

    public init(key: String?) {
        self.key = key
    }
}
