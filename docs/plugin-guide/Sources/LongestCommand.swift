import MQTKit

/// The guide's plugin (docs/WRITING-PLUGINS.md): one command, `longest`.
public let wordsPlugin = Plugin(name: "words", summary: "word lists", commands: [LongestCommand()])

/// `longest`: the longest speeches of the piped set, or of the corpus.
struct LongestCommand: Command {
    let spec = CommandSpec(
        name: "longest", summary: "the longest speeches of the piped set, or of the corpus",
        options: [OptionSpec("limit", value: "N", summary: "how many (default 5)")],
        accepts: [.nothing, .speeches], returns: .table,
        examples: [
            Example("the longest", "longest --limit 1", output: "speaker     words\nSadiq Khan    404"),
            Example("of a search's whole set", "search \"social media\" | longest --limit 1", output: "speaker     words\nSadiq Khan    210"),
        ],
        discussion: "Words are counted as the index counts them (StoredSpeech.words). Longest first; ties keep corpus order.")

    func run(_ call: Call, context: any Context) throws -> Value {
        let limit = try call.integer("limit", default: 5, in: 1...1000)
        let set = call.input.speechSet ?? context.corpus.everything
        var longest: [StoredSpeech] = []
        try context.corpus.forEachSpeech(in: set) { speech in
            longest.append(speech)
            longest.sort { $0.words > $1.words }
            if longest.count > limit { longest.removeLast() }
            return true
        }
        return .table(Table(["speaker", "words"], rows: longest.map { [.text($0.speaker), .int($0.words)] }))
    }
}
