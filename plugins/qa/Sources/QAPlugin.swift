import MQTKit

/// Questions and answers as units: each question with the answer that replied to it.
public let qaPlugin = Plugin(
    name: "qa",
    summary: "questions and their answers: pairs with asker and answerer, unanswered questions, answer length and echo",
    commands: [QACommand(), QAStatsCommand()])
