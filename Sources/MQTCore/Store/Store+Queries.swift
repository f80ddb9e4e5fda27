import Foundation
import GRDB

/// Totals over the whole store or one section.
public struct CorpusSummary: Sendable, Equatable {
    public var section: String?
    public var body: String?
    public var transcripts: Int
    public var speeches: Int
    public var speakers: Int
    public var words: Int
    public var from: String?
    public var to: String?
    /// Records by kind (speech, question, answer, ...).
    public var kinds: [String: Int]
}

/// One speaker as the corpus writes them.
public struct SpeakerSummary: Sendable, Equatable {
    public var name: String
    public var partyOrRole: String?
    public var ids: [String]
    public var speeches: Int
    public var words: Int
}

/// A stored speech with its transcript's details.
public struct StoredSpeech: Sendable, Equatable {
    public var rowID: Int64
    public var speechID: String
    public var transcriptID: Int64
    public var seq: Int
    public var title: String
    public var body: String
    public var section: String
    public var date: String
    public var speaker: String
    public var speakerID: String?
    public var party: String?
    public var role: String?
    public var kind: SpeechKind
    public var time: String?
    public var url: String?
    public var heading: String?
    public var subheading: String?
    /// Every heading above the speech, outermost first.
    public var headings: [String]
    public var text: String
    public var words: Int

    init(row: Row) {
        rowID = row["id"]
        speechID = row["speech_id"]
        transcriptID = row["transcript_id"]
        seq = row["seq"]
        title = row["title"]
        body = row["body"]
        section = row["section"]
        date = row["date"]
        speaker = row["speaker"]
        speakerID = row["speaker_id"]
        party = row["party"]
        role = row["role"]
        kind = SpeechKind(rawValue: row["kind"] ?? "") ?? .speech
        time = row["time"]
        url = row["url"] ?? row["source_url"]
        heading = row["heading"]
        subheading = row["subheading"]
        headings = Store.headings(fromJSON: row["headings"])
        text = row["text"]
        words = row["words"]
    }
}

extension Store {
    static let speechColumns = """
        s.id, s.speech_id, s.transcript_id, s.seq, t.title, s.body, s.section, s.date, s.speaker, s.speaker_id,
        s.party, s.role, s.kind, s.time, s.url, t.source_url, s.heading, s.subheading, s.headings, s.text, s.words
        """

    /// Totals for the whole store, and one summary per body and section.
    public func summary() throws -> (total: CorpusSummary, sections: [CorpusSummary]) {
        try read { db in
            let totalRow = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM transcripts) AS transcripts, count(*) AS speeches,
                      count(DISTINCT NULLIF(speaker, '')) AS speakers, coalesce(sum(words), 0) AS words,
                      (SELECT min(date) FROM transcripts) AS "from", (SELECT max(date) FROM transcripts) AS "to"
                    FROM speeches
                    """)
            let kinds = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM speeches GROUP BY kind")
            var total = Self.summary(from: totalRow, section: nil, body: nil)
            total.kinds = Dictionary(uniqueKeysWithValues: kinds.map { ($0["kind"], $0["n"]) })
            let sectionRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.section, t.body, count(DISTINCT t.id) AS transcripts, count(s.id) AS speeches,
                      count(DISTINCT NULLIF(s.speaker, '')) AS speakers, coalesce(sum(s.words), 0) AS words,
                      min(t.date) AS "from", max(t.date) AS "to"
                    FROM transcripts t LEFT JOIN speeches s ON s.transcript_id = t.id
                    GROUP BY t.body, t.section ORDER BY t.body, t.section
                    """)
            let sectionKinds = try Row.fetchAll(
                db, sql: "SELECT body, section, kind, count(*) AS n FROM speeches GROUP BY body, section, kind")
            let sections = sectionRows.map { row -> CorpusSummary in
                var item = Self.summary(from: row, section: row["section"], body: row["body"])
                for k in sectionKinds where (k["body"] as String?) == item.body && (k["section"] as String?) == item.section {
                    item.kinds[k["kind"]] = k["n"]
                }
                return item
            }
            return (total, sections)
        }
    }

    static func summary(from row: Row?, section: String?, body: String?) -> CorpusSummary {
        CorpusSummary(
            section: section, body: body, transcripts: row?["transcripts"] ?? 0, speeches: row?["speeches"] ?? 0,
            speakers: row?["speakers"] ?? 0, words: row?["words"] ?? 0, from: row?["from"], to: row?["to"],
            kinds: [:])
    }

    /// Speakers by number of speeches, then name; `matching` keeps names containing it (any case).
    public func speakers(matching filter: String? = nil) throws -> [SpeakerSummary] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT speaker, group_concat(DISTINCT coalesce(party, role)) AS position,
                      group_concat(DISTINCT speaker_id) AS ids, count(*) AS speeches, sum(words) AS words
                    FROM speeches
                    WHERE ?1 IS NULL OR instr(lower(speaker), lower(?1)) > 0
                    GROUP BY speaker ORDER BY speeches DESC, speaker
                    """, arguments: [filter])
            return rows.map { row in
                let ids: String? = row["ids"]
                return SpeakerSummary(
                    name: row["speaker"], partyOrRole: row["position"],
                    ids: ids.map { $0.split(separator: ",").map(String.init) } ?? [], speeches: row["speeches"],
                    words: row["words"])
            }
        }
    }

    /// Distinct speaker names, for completion.
    public func speakerNames() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT speaker FROM speeches ORDER BY speaker") }
    }

    /// The speeches with this id (the source's id, or the id mqt made for it): one, since an id
    /// another record already uses is stored as `ID~2`; several only in a store loaded before version 3.
    public func speeches(withID id: String) throws -> [StoredSpeech] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.speechColumns) FROM speeches s JOIN transcripts t ON t.id = s.transcript_id
                    WHERE s.speech_id = ? ORDER BY s.id
                    """, arguments: [id]
            ).map(StoredSpeech.init(row:))
        }
    }

    /// Speeches of one transcript whose sequence numbers lie in `range`.
    public func speeches(inTranscript transcriptID: Int64, seq range: ClosedRange<Int>) throws -> [StoredSpeech] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.speechColumns) FROM speeches s JOIN transcripts t ON t.id = s.transcript_id
                    WHERE s.transcript_id = ? AND s.seq BETWEEN ? AND ? ORDER BY s.seq
                    """, arguments: [transcriptID, range.lowerBound, range.upperBound]
            ).map(StoredSpeech.init(row:))
        }
    }

    /// Speeches by row id, in the order given.
    public func speeches(rowIDs: [Int64]) throws -> [StoredSpeech] {
        guard !rowIDs.isEmpty else { return [] }
        let found = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.speechColumns) FROM speeches s JOIN transcripts t ON t.id = s.transcript_id
                    WHERE s.id IN (SELECT value FROM json_each(?))
                    """, arguments: ["[" + rowIDs.map(String.init).joined(separator: ",") + "]"]
            ).map(StoredSpeech.init(row:))
        }
        let byID = Dictionary(found.map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
        return rowIDs.compactMap { byID[$0] }
    }
}
