/// Where an export's text goes: a file written atomically (`ExportFile`), or standard output
/// (`export -`), which the command returns as its value.
protocol ExportSink: AnyObject {
    /// Appends text.
    func write(_ text: String) throws
    /// Bytes written so far (UTF-8).
    var bytes: Int { get }
}

/// Text kept in memory, for `export -`.
final class TextSink: ExportSink {
    private(set) var text = ""
    private(set) var bytes = 0

    func write(_ text: String) throws {
        self.text += text
        bytes += text.utf8.count
    }
}
