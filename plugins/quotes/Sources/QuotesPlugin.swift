import MQTKit

/// Quote extraction: sentences worth quoting, with who said them and when.
public let quotesPlugin = Plugin(
    name: "quotes", summary: "pull quotable sentences, attributed, from speeches",
    commands: [QuotesCommand(), CiteCommand(), VerifyCommand()])
