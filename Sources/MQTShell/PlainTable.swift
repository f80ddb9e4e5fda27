import MQTKit

/// A table without its header row.
enum PlainTable {
    static func render(_ table: Table, options: RenderOptions) -> String {
        let text = TableRenderer().render(.table(table), options: options)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    }
}
