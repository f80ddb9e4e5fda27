/// How mqt counts words and sentences, written once: `help words` prints it, and every measure's
/// help points here.
public enum CountingRules {
    /// The text of `help words`.
    public static let help = """
        How mqt counts words and sentences

        Two kinds of word, each used where it is the right one:

          counted words   stats, speakers, info, and the rates of timeline and stats --per.
                          A run of letters, digits and combining marks; an apostrophe (' or ’)
                          between two such characters joins them. Government’s, don't and 2021
                          are one word each; a hyphen, a full stop or any other character ends a
                          word, so well-being is two words and 3.5 is two. This is the count a
                          reader makes, and what "words" means in a speech's length.

          index words     search, count, kwic, freq, ngrams, keyness, collocates, lexdiv,
                          dispersion. What the full-text index sees (SQLite FTS5, unicode61
                          with remove_diacritics 2): the same runs, folded to lower case without
                          diacritics (Umeå is umea), but an apostrophe separates, so Government’s
                          is two words, government and s, and don't is don and t. Frequencies
                          made this way agree with what a query finds. Numbers are words and are
                          kept. The stop list (freq --stopwords default) holds s and t for that
                          reason.

        readability counts counted words that hold at least one letter (2021 is not a word there:
        Flesch's formulas measure words one reads), with syllables estimated from vowel groups
        (help readability gives the rule).

        So a text has a few more index words than counted words: the seed's 1,266 counted words
        are 1,273 index words (seven apostrophes inside words).

        Sentences (stats, ngrams, quotes, readability): a blank line always ends one. A table
        (a paragraph with a line holding |, as tables are read) is one sentence a row. Inside a
        prose paragraph a sentence ends at . ! or ? (with any closing quotes or brackets after
        it) followed by white space and then a capital, a digit, a currency sign (£ $ €) or an
        opening quote or bracket; a full stop ends nothing after another (an ellipsis ...),
        after a single capital or dotted capitals (J. Smith, J.K. Rowling) unless one of these
        words follows:
        \(openerLines)
        (Child Q. As ... is two sentences), after one of these abbreviations:
        \(abbreviationLines)
        or, before a number (469, £2.3, or up to three capitals and a number: GC 148, WA12), after
        one of these citation abbreviations (c. 469, cols. 12–14W, cols. GC 148):
        \(citationLines)
        An n-gram never spans two sentences.
        """

    /// The words that end a sentence at an initial, a dozen to a line, indented.
    static var openerLines: String { lines(SentenceSplitter.sentenceOpeners.sorted()) }

    /// Words a dozen to a line, indented.
    static func lines(_ words: [String]) -> String {
        stride(from: 0, to: words.count, by: 12).map { "  " + words[$0..<min($0 + 12, words.count)].joined(separator: " ") }.joined(separator: "\n")
    }

    /// The citation abbreviations, on one line, indented.
    static var citationLines: String { "  " + SentenceSplitter.citationAbbreviations.sorted().joined(separator: " ") }

    /// The abbreviations, a dozen to a line, indented.
    static var abbreviationLines: String {
        let sorted = SentenceSplitter.abbreviations.sorted()
        return stride(from: 0, to: sorted.count, by: 12)
            .map { "  " + sorted[$0..<min($0 + 12, sorted.count)].joined(separator: " ") }
            .joined(separator: "\n")
    }
}
