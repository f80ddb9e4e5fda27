import MQTKit

/// Corpus statistics: who speaks how much, per group, and the words they use over time.
public let statsPlugin = Plugin(
    name: "stats",
    summary: "how much is said and how: speeches and words per group, word frequencies, keywords, collocations, readability, diversity, mentions over time, where words fall",
    commands: [
        StatsCommand(), SpeakersCommand(), FreqCommand(), NgramsCommand(), TimelineCommand(), KeynessCommand(),
        CollocatesCommand(), ReadabilityCommand(), LexdivCommand(), DispersionCommand(),
    ])
