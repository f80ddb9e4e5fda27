/// A question and the answer that replied to it, worked out once at load (`qa_pairs`).
public struct QuestionPair: Sendable, Equatable {
    /// The question's and the answer's stored rows (`StoredSpeech.rowID`); no answer: unanswered.
    public var questionRowID: Int64
    public var answerRowID: Int64?
    /// The row id of the exchange's opening question (supplementaries share it).
    public var exchangeRowID: Int64
    /// The speeches' own ids (`speech_id`), and the exchange's opening question's.
    public var questionID: String
    public var answerID: String?
    public var exchangeID: String?
    public var date: String
    public var section: String
    /// The question's innermost heading (its subject), where it has one.
    public var heading: String?
    public var asker: String
    public var askerParty: String?
    public var answerer: String?
    public var answererRole: String?
    public var question: String
    public var answer: String?
    public var questionWords: Int
    public var answerWords: Int?
    /// Whether the question, and the answer, is in the set asked about (both false for every pair).
    public var questionMatched: Bool
    public var answerMatched: Bool
}

/// Pairs questions with answers in one transcript's records, in order. An exchange opens at a
/// question whose headings differ from the open exchange's (or, in written answers, at a question
/// after an answer: written questions have no supplementaries); every question waits for the
/// next answer of its exchange, so one reply answers every question grouped before it and a
/// supplementary is answered by the reply after it. A question left waiting when another
/// exchange opens, or at the end, is unanswered; an answer nothing waits for pairs with nothing.
/// A transcript with no answer records (Akoma Ntoso marks only `<question>`) is answered by
/// speeches: the first speech under the same headings by a minister (a role naming a Minister
/// or the Taoiseach) who did not ask answers the questions waiting.
public enum QuestionPairing {
    /// One record as the pairing sees it.
    public struct Record: Sendable, Equatable {
        public var rowID: Int64
        public var kind: SpeechKind
        public var headings: String?
        public var speaker: String
        public var role: String?
        public init(rowID: Int64, kind: SpeechKind, headings: String?, speaker: String = "", role: String? = nil) {
            self.rowID = rowID
            self.kind = kind
            self.headings = headings
            self.speaker = speaker
            self.role = role
        }

        /// A speech that answers when the transcript marks no answers: a minister's.
        var isMinisters: Bool {
            guard kind == .speech, let role = role?.lowercased() else { return false }
            return role.contains("minister") || role.contains("taoiseach")
        }
    }

    /// `(question, answer, exchange)` row ids, in the questions' order.
    public static func pairs(_ records: [Record], written: Bool) -> [(question: Int64, answer: Int64?, exchange: Int64)] {
        var pairs: [(question: Int64, answer: Int64?, exchange: Int64)] = []
        var waiting: [Int] = []
        var exchange: (rowID: Int64, headings: String?)?
        var afterAnswer = false
        let speechesAnswer = !records.contains { $0.kind == .answer }
        var askers: Set<String> = []
        for record in records {
            switch record.kind {
            case .question:
                if exchange == nil || exchange?.headings != record.headings || (written && afterAnswer) {
                    exchange = (record.rowID, record.headings)
                    waiting = []
                }
                if waiting.isEmpty { askers = [] }
                waiting.append(pairs.count)
                askers.insert(record.speaker)
                pairs.append((record.rowID, nil, exchange?.rowID ?? record.rowID))
                afterAnswer = false
            case .answer:
                if let open = exchange, open.headings == record.headings {
                    for index in waiting { pairs[index].answer = record.rowID }
                    waiting = []
                }
                afterAnswer = true
            case .speech where speechesAnswer && record.isMinisters && !waiting.isEmpty && !askers.contains(record.speaker):
                if let open = exchange, open.headings == record.headings {
                    for index in waiting { pairs[index].answer = record.rowID }
                    waiting = []
                }
            default:
                continue
            }
        }
        return pairs
    }

    /// Sections of written questions (`wrans`, `lordswrans`, `spwrans`, South African `*wrans`). Not
    /// `lmqs`: a Mayor's Question Time transcript has oral supplementaries.
    public static func isWritten(section: String) -> Bool {
        section.hasSuffix("wrans")
    }
}
