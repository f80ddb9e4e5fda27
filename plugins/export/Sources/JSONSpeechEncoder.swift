import MQTKit

/// JSON Lines (one object per line, what `load` reads back) or a JSON array of the same objects.
struct JSONSpeechEncoder: SpeechEncoder {
    let array: Bool
    var count = 0

    init(array: Bool) { self.array = array }

    mutating func begin() -> String { array ? "[" : "" }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        defer { count += 1 }
        guard array else { return speech.jsonLine + "\n" }
        return (count == 0 ? "\n  " : ",\n  ") + speech.jsonLine
    }

    mutating func end() -> String { array ? (count == 0 ? "]\n" : "\n]\n") : "" }
}
