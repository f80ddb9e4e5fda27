/// What every table and column of a store holds, written once: `docs/STORE.md` shows the same text
/// (a test checks that each table and column of a fresh store is described in both), and
/// `datasette-metadata` writes it as Datasette's table and column descriptions.
public enum StoreDescription {
    /// A table and its columns, each with what it holds.
    public struct Table: Sendable {
        public let name: String
        public let summary: String
        public let columns: [(name: String, summary: String)]
    }

    /// Every table, in the order docs/STORE.md describes them. `speech_duplicates` has the columns
    /// of `speeches`.
    public static let tables: [Table] = [
        Table(name: "speeches", summary: "One row per speech (a turn by one speaker), searched by `speech_fts`.", columns: speechColumns),
        Table(
            name: "transcripts", summary: "One row per loaded file, or per document of a file that holds several: a debate day, a question session, a batch of written answers.",
            columns: [
                ("id", "Row id, referenced by `speeches.transcript_id`."),
                ("title", "Title as published (`Prevent in London`, `Lords written answers`)."),
                ("body", "The body that sat (`House of Commons`, `London Assembly`, `Dáil Éireann`)."),
                ("section", "Section code: `debates`, `whall`, `wrans`, `lmqs`, ... (see the section codes below)."),
                ("date", "Sitting date, `YYYY-MM-DD`."),
                ("source_file", "The path the file was loaded from, as given to `load`."),
                ("source_url", "Where the source says the record lives online; NULL when it does not say."),
                ("format", "The reader that read it: `parlparse`, `twfy-text`, `twfy-html`, `twfy-api-json`, `plain-transcript`, `akoma-ntoso`, `parlamint-tei`, `openaustralia`, `za-questions`."),
                ("version_key", "Shared by every version of the same day and section (`lordswrans/2009-10-29`): a newer version replaces an older one. NULL when unversioned."),
                ("version", "Version label within `version_key` (`a` < `b` < `c`: later labels win)."),
                ("content_hash", "A 128-bit fingerprint (FNV-1a, hex) of the file's content, with `#N` for the Nth document of a file that holds several: the same content loaded twice is stored once."),
                ("loaded_at", "When it was loaded, UTC, `YYYY-MM-DD HH:MM:SS`."),
            ]),
        Table(name: "speech_duplicates", summary: "The other records of a speech stored twice (same `speech_id`, same date, from another source or file): the same columns as `speeches`, not searched, kept so the speech survives if the transcript of the record that won is replaced.", columns: speechColumns),
        Table(
            name: "speech_fts", summary: "The full-text index (SQLite FTS5, `unicode61 remove_diacritics 2`) over `speeches`, an external-content table (`content=\"speeches\"`, `content_rowid='id'`): its rowid is `speeches.id`, and it stores no text of its own.",
            columns: [
                ("text", "`speeches.text`, indexed: index words are folded to lower case without diacritics, an apostrophe separates (`help words`)."),
                ("speaker", "`speeches.speaker`, indexed."),
                ("party", "`speeches.party`, indexed."),
                ("role", "`speeches.role`, indexed."),
            ]),
        Table(
            name: "speech_fts_config", summary: "FTS5's own shadow table: the index's settings.",
            columns: [
                ("k", "Setting name."),
                ("v", "Setting value."),
            ]),
        Table(
            name: "speech_fts_data", summary: "FTS5's own shadow table: the index's b-tree segments.",
            columns: [
                ("id", "Segment block id."),
                ("block", "Segment block."),
            ]),
        Table(
            name: "speech_fts_docsize", summary: "FTS5's own shadow table: each speech's size in tokens per column.",
            columns: [
                ("id", "`speeches.id`."),
                ("sz", "Token counts, encoded."),
            ]),
        Table(
            name: "speech_fts_idx", summary: "FTS5's own shadow table: the segment index.",
            columns: [
                ("segid", "Segment id."),
                ("term", "First term of the page."),
                ("pgno", "Page number."),
            ]),
        Table(
            name: "term_counts", summary: "The whole corpus's index-word frequencies, kept for `freq`, `keyness` and `collocates`; made on first use and rebuilt whenever the speeches change (see `mqt_meta`).",
            columns: [
                ("term", "An index word (folded, as `speech_fts` sees it)."),
                ("count", "How often it occurs in `speeches.text` over the corpus."),
                ("documents", "How many speeches contain it."),
            ]),
        Table(
            name: "mqt_meta", summary: "Key-value facts about the store.",
            columns: [
                ("key", "`schema_version`: the schema's version (checked on open, older stores are upgraded); `term_counts_corpus`: `SPEECHES:LARGEST_ID` of the corpus `term_counts` was made from (a different value, or no row, makes the next `freq` rebuild `term_counts`)."),
                ("value", "The value, as text."),
            ]),
        Table(
            name: "people", summary: "Filled by `load --members`: one row per person.",
            columns: [
                ("person_id", "The person's id (`uk.org.publicwhip/person/10001`, an Oireachtas member code)."),
                ("name", "The person's name."),
                ("source", "The member file it came from."),
            ]),
        Table(
            name: "member_ids", summary: "Filled by `load --members`: every id a transcript may give as `speaker_id`, with what is known of that term of office.",
            columns: [
                ("id", "The id as transcripts give it (`uk.org.publicwhip/member/40668`, `.../lord/100263`, `.../moffice/N`)."),
                ("person_id", "The `people.person_id` it belongs to, when a people file said."),
                ("house", "The house of the term."),
                ("name", "The name for that term."),
                ("party", "Party for that term."),
                ("constituency", "Constituency for that term."),
                ("role", "Office for that term."),
                ("from_date", "First date of the term, `YYYY-MM-DD`."),
                ("to_date", "Last date of the term, `YYYY-MM-DD`."),
                ("source", "The member file it came from."),
            ]),
        Table(
            name: "member_aliases", summary: "Filled by `load --members`: other forms of a name, valid between optional dates.",
            columns: [
                ("name", "The name as member files give it."),
                ("alias", "Another form of it."),
                ("kind", "Which attribute the alias came from: `fullname`, `lastname` or `constituency`."),
                ("from_date", "First date it is valid, or NULL."),
                ("to_date", "Last date it is valid, or NULL."),
                ("source", "The member file it came from."),
            ]),
        Table(
            name: "qa_pairs", summary: "One row per question (`speeches.kind` = `question`) with the answer that replied to it, worked out at load: within a transcript, in order, a question waits for the next answer under the same headings, so one reply answers every question grouped before it; in written answers a question after an answer opens a new exchange, elsewhere supplementaries under the same headings stay in the opening question's exchange; a transcript that marks no answers (Akoma Ntoso marks only questions) is answered by the first speech under the same headings of a minister (a role naming a Minister or the Taoiseach) who did not ask.",
            columns: [
                ("question_id", "The question's `speeches.id`."),
                ("answer_id", "The answer's `speeches.id`; NULL when the corpus holds no answer to it (unanswered). Several questions answered together share it."),
                ("exchange_id", "The `speeches.id` of the exchange's opening question: a supplementary carries its opening question's."),
                ("echo", "How much of the question its answer repeats: of the question's distinct index words of five characters or more that are not all digits, the share (0 to 1) that occur in the answer; NULL when unanswered or the question has no such word."),
                ("date", "The question's `speeches.date`, `transcript_id` and `seq`, copied so that pairs are put in corpus order without reading `speeches`."),
                ("transcript_id", "The question's `speeches.transcript_id`."),
                ("seq", "The question's `speeches.seq`."),
            ]),
    ]

    /// The columns of `speeches` and `speech_duplicates`.
    static let speechColumns: [(name: String, summary: String)] = [
        ("id", "Row id; `speech_fts` indexes the speech under this rowid. Not stable across loads: use `speech_id`."),
        ("speech_id", "The source's own id (a ParlParse or TheyWorkForYou gid such as `2023-10-17a.56.2` or `uk.org.publicwhip/lords/2007-09-20.3.3`, an Akoma Ntoso eId), or one mqt made: `DATE-TITLE-SLUG.SEQ` (`2021-11-29-prevent-in-london.3`). `show ID` finds a speech by it."),
        ("transcript_id", "The `transcripts.id` the speech came from; deleting the transcript deletes its speeches."),
        ("seq", "Position of the speech in its transcript, from 1."),
        ("speaker", "Speaker name as the source writes it (`Sadiq Khan`, `The Minister for Immigration` when only the office is given)."),
        ("speaker_id", "The source's speaker or person id where it has one (`uk.org.publicwhip/member/40668`, a TheyWorkForYou person number such as `25227`); NULL otherwise."),
        ("party", "Party as written in the source (`Labour`, `Conservative`, `Green`); NULL when the source does not say."),
        ("role", "Office or role as written (`Mayor of London`, `The Minister for Immigration`); NULL when none."),
        ("kind", "What the record is: `speech`, `question` and `answer` (written answers and Mayor's questions: a gid ending `.q0` is a question, `.r0` an answer), `statement` (a written statement), `interjection`."),
        ("time", "Time of day `HH:MM:SS` where the source gives one; NULL otherwise."),
        ("colnum", "Hansard column number where the source gives one; NULL otherwise."),
        ("url", "The speech's page as the source gives it (a TheyWorkForYou address with `#g` anchor, a Parliament page); NULL otherwise."),
        ("heading", "The outermost heading above the speech (a debate title, a department); NULL when none."),
        ("subheading", "The next heading level (a question's subject); NULL when none."),
        ("headings", "Every heading level above the speech, outermost first, as a JSON array of strings; NULL when none."),
        ("text", "The speech's text, paragraphs separated by a blank line; what `speech_fts` indexes."),
        ("words", "Counted words in `text` (`help words`): runs of letters, digits and marks, an apostrophe between two joins them, so `Government’s` and `2021` are one word each and `well-being` two."),
        ("sentences", "Sentences in `text` as `SentenceSplitter` splits them (`help words`)."),
        ("date", "Sitting date, `YYYY-MM-DD` (the transcript's date, copied so filters need no join)."),
        ("section", "The transcript's section code (see the section codes below), copied from `transcripts.section`."),
        ("body", "The body that sat (`House of Commons`, `House of Lords`, `London Assembly`, `Senedd`), copied from `transcripts.body`."),
    ]
}
