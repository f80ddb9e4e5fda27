import MQTKit

/// Corpus statistics: who speaks how much, per group.
public let statsPlugin = Plugin(
    name: "stats", summary: "how much is said: speeches and words per speaker, party, section or period",
    commands: [StatsCommand(), FreqCommand()])
