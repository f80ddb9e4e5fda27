import Foundation

/// What `TWFYJSONReader.parse` made of one API answer, with the rows it did not store and why.
public struct TWFYJSONResult: Sendable {
    /// One transcript per TheyWorkForYou page (debate, or written question with its answers).
    public var transcripts: [ParsedTranscript]
    /// Rows in the file.
    public var rows: Int
    /// Heading rows: titles of the rows under them, not speeches.
    public var headingRows: Int
    /// Gids of rows that repeat an earlier row (search pages can return a hit twice); kept once.
    public var duplicateGIDs: [String]
    /// Rows of another shape (e.g. the `major: "F"` calendar item), with the reason each was left
    /// out: reported, never guessed at.
    public var skippedRows: [String]

    /// Records stored (speeches, questions and answers).
    public var speeches: Int { transcripts.reduce(0) { $0 + $1.speeches.count } }
}
