import MQTKit

/// Turns a stream of speeches into the text of one file, piece by piece.
protocol SpeechEncoder {
    /// Text before the first speech.
    mutating func begin() -> String
    /// Text for one speech.
    mutating func encode(_ speech: ExportedSpeech) -> String
    /// Text after the last speech.
    mutating func end() -> String
}
