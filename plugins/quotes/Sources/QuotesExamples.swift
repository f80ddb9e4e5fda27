import MQTKit

/// The help of `quotes`: its examples (run as tests on the seed) and its discussion.
enum QuotesExamples {
    static let all: [Example] = [
        Example(
            "the seed's best three: a card each, the quote whole (a dropped connective above it)", "quotes --top 3",
            output: """
                4.50  Sadiq Khan  Mayor of London  2021-11-29  4
                  However,
                  [S]elf-regulation is clearly not working.
                  2021-11-29-prevent-in-london.4
                  Prevent in London

                4.17  Sadiq Khan  Mayor of London  2021-11-29  5
                  The best way to prevent radicalisation is for us to mix and mingle more.
                  2021-11-29-prevent-in-london.6
                  Prevent in London

                4.06  Sadiq Khan  Mayor of London  2021-11-29  19
                  I want to commend him for his bravery over the last few years.
                  2021-11-29-prevent-in-london.6
                  Prevent in London
                """),
        Example(
            "a speaker's best, each feature's part shown, as data", "quotes speaker:khan --top 1 --explain --format json",
            output: """
                [
                  {"score": 4.50, "self_contained": 1.00, "length": 1.00, "stance": 0.50, "rhetoric": 1.50, "query": 0.00, "distinct": 0.50, "procedure": 0.00, "speaker": "Sadiq Khan", "party_or_role": "Mayor of London", "date": "2021-11-29", "sentence": 4, "trimmed": "However,", "quote": "[S]elf-regulation is clearly not working.", "speech_id": "2021-11-29-prevent-in-london.4", "title": "Prevent in London", "url": null}
                ]
                """),
        Example(
            "from a search's speeches: its words count in the score and are marked", "search cricket | quotes --top 2",
            output: """
                4.82  Sadiq Khan  Mayor of London  2021-11-29  3
                  I was reflecting on why I stopped playing **cricket** with certain teams and
                  then in my later years played for Asian-only teams.
                  2021-11-29-prevent-in-london.6
                  Prevent in London

                4.50  Sadiq Khan  Mayor of London  2021-11-29  16
                  We have to kick it out of **cricket**.
                  2021-11-29-prevent-in-london.6
                  Prevent in London
                """),
    ]

    static let discussion = """
        Splits each speech of the set into sentences (help words gives the rule) and ranks the \
        prose ones. A sentence is prose when it holds no table cell (|), under 40% of its words are \
        numbers, it starts with a capital, digit, quote or currency sign (not [ or a lower-case \
        fragment) and ends at . ! or ? (closing quotes or brackets after it allowed). An opening \
        connective (however, but, and, so, also, look, well, ... ) and its comma are dropped when three \
        words or more follow: the trimmed column keeps what was dropped, and a lower-case start \
        is capitalised in brackets ([S]elf-regulation). Quotes of --min-words to --max-words \
        counted words (default 5 to 40, after trimming) are scored; with a query (or a piped \
        search) that has words, only sentences holding one of them. Words below are index words \
        (help words). The score is the sum of seven features, --explain shows each: \
        self-contained 1, or -2 when the first word needs the sentence before (this, that, it, \
        they, he, she, such, which, yes, no, thank, as, there, ...); length 1 for 6 to 20 words, \
        0.5 under 6, 1 - (n - 20)/10 above 20, never under -1; stance 0.5 for first person (I, we, \
        my, our, me, us) plus 0.5 per distinct modal or absolute word (must, cannot, never, always, \
        should, clearly, will, need, best, only, wrong, right, ...), at most 1.5; rhetoric 0.5 each \
        for contrast (but, not, n't, yet, instead, rather, although, ...), repetition (a word of 4 \
        letters or more, not a function word, twice, or the first three or last two words of the \
        sentence before or after again) and a short declarative (15 words or fewer, no comma, \
        ending in a full stop); query, the share of the query's words (not its filters or \
        operators) the quote holds; distinct, the share of its content words (3 letters or more, \
        not function words) that no other sentence of the speech holds; procedure -1 when it talks \
        about the proceedings (question, answer, writing, minutes, thank, chair, order, ...). \
        Scores are rounded to two places; ties keep corpus order. A quote sharing 80% of its \
        distinct words (Jaccard) with a better one is left out. sentence is the sentence's \
        position in its speech (cite ID --sentence N). --reported instead lists text in quotation \
        marks (“ ” or a pair of ") inside speeches, of --min-words to --max-words, in corpus \
        order, with who quotes it.
        """
}
