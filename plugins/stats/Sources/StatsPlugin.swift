import MQTKit

/// Corpus statistics: who speaks how much, per group, and the words they use over time.
public let statsPlugin = Plugin(
    name: "stats", summary: "how much is said: speeches and words per group, word frequencies and sequences, mentions over time",
    commands: [
        StatsCommand(), FreqCommand(), NgramsCommand(), TimelineCommand(), KeynessCommand(), CollocatesCommand(),
        ReadabilityCommand(), LexdivCommand(),
    ])
