import MQTKit

/// Search: ranked hits, counts and a concordance over the query language (DESIGN.md §6).
public let searchPlugin = Plugin(
    name: "search",
    summary: "find speeches, count words and phrases, and see them in context",
    commands: [SearchCommand(), CountCommand(), KWICCommand()])
