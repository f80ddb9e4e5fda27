import MQTKit

/// The help of `verify`: its examples (run as tests on the seed) and its discussion.
enum VerifyExamples {
    static let all: [Example] = [
        Example(
            "a word changed in print", "verify \"Self-regulation is obviously not working.\" --speaker Khan",
            output: """
                altered: 1 word changed
                  printed: Self-regulation is obviously not working.
                  said:    self-regulation is clearly not working.
                  changed: clearly → obviously
                  source:  Sadiq Khan (Mayor of London), "Prevent in London", Questions to the Mayor of London, 29 November 2021 (2021-11-29-prevent-in-london.4)
                """),
        Example(
            "a cut marked with an ellipsis is allowed; the wrong speaker is not",
            "verify \"We have to kick it out of all sports ... out of society.\" --speaker Desai",
            output: """
                misattributed: said by Sadiq Khan, not Desai
                  printed: We have to kick it out of all sports ... out of society.
                  said:    We have to kick it out of all sports. We have to kick it out of cricket. We have to kick it out of society.
                  source:  Sadiq Khan (Mayor of London), "Prevent in London", Questions to the Mayor of London, 29 November 2021 (2021-11-29-prevent-in-london.6)
                """),
        Example(
            "as data: words dropped without a mark", "verify \"The best way to prevent radicalisation is for us to mingle more.\" --format json",
            output: """
                {
                  "verdict": "altered",
                  "quote": "The best way to prevent radicalisation is for us to mingle more.",
                  "passage": "The best way to prevent radicalisation is for us to mix and mingle more.",
                  "speaker": "Sadiq Khan",
                  "speech_id": "2021-11-29-prevent-in-london.6",
                  "date": "2021-11-29",
                  "changed": [],
                  "added": [],
                  "dropped": ["mix", "and"],
                  "citation": "Sadiq Khan (Mayor of London), \\"Prevent in London\\", Questions to the Mayor of London, 29 November 2021"
                }
                """),
    ]

    static let discussion = """
        Finds the passage closest to the quote from the index, not by reading every text: the \
        quote's words (index words, help words) that the index holds, rarest first by the number \
        of speeches holding them, give an OR query of the six rarest; the \(VerifyCommand.candidates) \
        speeches it ranks best (BM25) are aligned word by word with the quote (Smith–Waterman, \
        local: a word matched scores 2; a word changed, added or dropped -1; a marked cut, ... or …, \
        passes over any words of the speech for nothing), and the best alignment wins (of equal ones, \
        a speech by the --speaker given). Case, accents \
        and punctuation do not count. Verdicts: exact when every word matches in order (cuts marked \
        allowed); altered when words were changed, added (printed but not said there) or dropped \
        (said but left out without a mark), each listed; reordered when under 80% of the quote's \
        words align in order but 90% or more of them occur within a stretch of the speech three \
        times the quote's length (that stretch is shown as said); misattributed when --speaker is given and one of its words is \
        not in the speaker's name (Khan names Sadiq Khan); not found when under half the words \
        align and they are not there in another order. The source is cited as cite does. A quote \
        has 2 to \(VerifyCommand.longest) words.
        """
}
