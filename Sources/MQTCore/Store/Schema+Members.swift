extension Schema {
    /// Tables filled by `load --members` (`Store.loadMembers`), which resolve the speaker ids in
    /// transcripts to people. They are created with the store and again, if missing, by
    /// `loadMembers`, so stores made before they existed gain them on first use.
    ///
    /// - `people`: one row per human being (`uk.org.publicwhip/person/N`, an Oireachtas member code).
    /// - `member_ids`: every id a transcript may give as speaker id (a Commons term
    ///   `uk.org.publicwhip/member/N`, a peerage `.../lord/N`, an MSP or MLA seat, a ministerial
    ///   office `.../moffice/N`, an Oireachtas member code or pId) with the person it belongs to
    ///   (when a people file said) and what is known of that term: house, name, party,
    ///   constituency, role, dates.
    /// - `member_aliases`: other forms of a name (`kind` fullname, lastname or constituency says
    ///   which attribute `name` came from), valid between optional dates.
    static let memberStatements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS people(
          person_id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          source TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS people_by_name ON people(name)",
        """
        CREATE TABLE IF NOT EXISTS member_ids(
          id TEXT PRIMARY KEY,
          person_id TEXT,
          house TEXT,
          name TEXT,
          party TEXT,
          constituency TEXT,
          role TEXT,
          from_date TEXT,
          to_date TEXT,
          source TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS member_ids_by_person ON member_ids(person_id)",
        "CREATE INDEX IF NOT EXISTS member_ids_by_name ON member_ids(name)",
        """
        CREATE TABLE IF NOT EXISTS member_aliases(
          name TEXT NOT NULL,
          alias TEXT NOT NULL,
          kind TEXT NOT NULL,
          from_date TEXT,
          to_date TEXT,
          source TEXT NOT NULL,
          UNIQUE(name, alias, kind, from_date))
        """,
        "CREATE INDEX IF NOT EXISTS member_aliases_by_alias ON member_aliases(alias)",
    ]
}
