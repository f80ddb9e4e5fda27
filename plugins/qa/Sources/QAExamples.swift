import MQTKit

/// The examples `help qa` and `help qa-stats` show; each runs as a test on the seed (four
/// questions by Unmesh Desai, the Mayor's three answers, the last question unanswered).
enum QAExamples {
    static let qa: [Example] = [
        Example(
            "every question in the seed, with its answer", "qa",
            output: """
                date        asker        answerer    q words  a words  question     answer
                2021-11-29  Unmesh Des…  Sadiq Khan       17      329  How succes…  Terrorism r…
                2021-11-29  Unmesh Des…  Sadiq Khan      116      210  Thank you,…  Thank you f…
                2021-11-29  Unmesh Des…  Sadiq Khan      173      404  Thank you.…  Yes. Look, …
                2021-11-29  Unmesh Des…                   17           Thank you,…
                """),
        Example(
            "a query: `in` says whether the question, the answer or both matched", "qa prevent --answerer khan",
            output: """
                date        asker     answerer  q words  a words  in        question   answer
                2021-11-29  Unmesh …  Sadiq K…       17      329  both      How succ…  Terroris…
                2021-11-29  Unmesh …  Sadiq K…      116      210  question  Thank yo…  Thank yo…
                2021-11-29  Unmesh …  Sadiq K…      173      404  answer    Thank yo…  Yes. Loo…
                """),
        Example(
            "the pairs a search's speeches belong to", "search cricket | qa",
            output: """
                date        asker      answerer   q words  a words  in    question    answer
                2021-11-29  Unmesh D…  Sadiq Kh…      173      404  both  Thank you…  Yes. Look…
                """),
        Example(
            "the pairs are their speeches: count, stats, quotes and export read both sides", "qa --answerer khan | count --by kind",
            output: """
                kind      speeches  hits
                answer           3     0
                question         3     0
                """),
        Example(
            "unanswered questions, whole, as data: the answer is null", "qa --unanswered --format json",
            output: """
                [
                  {"date": "2021-11-29", "asker": "Unmesh Desai", "answerer": null, "question_words": 17, "answer_words": null, "question": "Thank you, Mr\u{00A0}Mayor. I have two other questions, but I will put those two in writing.", "answer": null, "asker_party": "Labour", "answerer_role": null, "question_id": "2021-11-29-prevent-in-london.7", "answer_id": null, "exchange_id": "2021-11-29-prevent-in-london.1", "holding_answer": null}
                ]
                """),
    ]

    static let stats: [Example] = [
        Example(
            "every question of the seed", "qa-stats",
            output: """
                set  questions  answered  unanswered  answered %  q mean  a mean   a/q  echo %
                all          4         3           1        75.0    80.8   314.3  3.08    33.2
                """),
        Example(
            "per answerer, written as two words: the unanswered question has none", "qa stats --by answerer",
            output: """
                                                             answered      q                echo
                answerer    questions  answered  unanswered         %   mean  a mean   a/q     %
                Sadiq Khan          3         3           0     100.0  102.0   314.3  3.08  33.2
                (none)              1         0           1       0.0   17.0
                """),
        Example(
            "the questions among a search's speeches, per month, as data", "search -role:Mayor | qa-stats --by month --format json",
            output: """
                [
                  {"month": "2021-11", "questions": 4, "answered": 3, "unanswered": 1, "answered_percent": 75.0, "question_mean_words": 80.8, "answer_mean_words": 314.3, "answer_to_question_words": 3.08, "echo_percent": 33.2}
                ]
                """),
    ]
}
