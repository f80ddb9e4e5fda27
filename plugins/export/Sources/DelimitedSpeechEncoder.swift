import MQTKit

/// CSV or TSV, one header row of field names; fields are written by `Delimited`, the rule the
/// csv and tsv output formats use too.
struct DelimitedSpeechEncoder: SpeechEncoder {
    let separator: Delimited.Separator
    /// `--excel`: text a spreadsheet would take for a formula gets a leading `'`.
    var excel = false

    mutating func begin() -> String {
        Delimited.record(ExportedSpeech.fields, separator: separator) + separator.lineEnd
    }

    mutating func encode(_ speech: ExportedSpeech) -> String {
        Delimited.record(speech.values.map { excel ? SpreadsheetCells.neutralised($0 ?? "") : $0 ?? "" }, separator: separator) + separator.lineEnd
    }

    mutating func end() -> String { "" }
}
