/// Turns the character data of a record into paragraphs: runs of whitespace (ASCII and no-break
/// space) become one space, paragraphs are trimmed and empty ones dropped, C1 code points
/// (`&#145;` and kin, which old ParlParse files use for Windows-1252 punctuation) become the
/// Windows-1252 characters they stand for, and table rows become lines whose cells are joined
/// by ` | `. Works on UTF-8 bytes, so no intermediate strings are made.
struct TextCollector {
    /// Finished paragraphs, in order.
    private(set) var paragraphs: [String] = []
    private var buffer: [UInt8] = []
    private var pendingSpace = false
    private var pendingCell = false
    private var lineHasContent = false
    private var tableDepth = 0

    init() { buffer.reserveCapacity(1024) }

    /// Appends a NUL-terminated UTF-8 text.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var pointer = text
        while true {
            let byte = pointer.pointee
            if byte == 0 { return }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = true
                pointer += 1
                continue
            }
            if byte == 0xC2 {
                let second = pointer[1]
                if second == 0xA0 {
                    pendingSpace = true
                    pointer += 2
                    continue
                }
                if second >= 0x80 && second <= 0x9F, let mapped = Self.windows1252[Int(second - 0x80)] {
                    beginContent()
                    appendScalar(mapped)
                    pointer += 2
                    continue
                }
            }
            // A run of ordinary bytes goes in at once.
            beginContent()
            var end = pointer + 1
            while true {
                let next = end.pointee
                if next == 0 || next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D || next == 0xC2 { break }
                end += 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(start: pointer, count: end - pointer))
            pointer = end
        }
    }

    /// Appends Swift text (as the HTML readers hand it over).
    mutating func append(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.append(0)
        bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { append(base) } }
    }

    /// A word boundary (e.g. `<br/>`).
    mutating func space() { pendingSpace = true }

    /// Ends the current paragraph (inside a table only a space: cells hold paragraphs too).
    mutating func breakParagraph() {
        if tableDepth > 0 {
            pendingSpace = true
        } else {
            flush()
        }
    }

    mutating func beginTable() {
        if tableDepth == 0 { flush() }
        tableDepth += 1
    }

    mutating func endTable() {
        guard tableDepth > 0 else { return }
        tableDepth -= 1
        if tableDepth == 0 { flush() }
    }

    /// A new table row: a new line in the table's paragraph.
    mutating func beginRow() {
        guard tableDepth > 0 else { return breakParagraph() }
        if lineHasContent { buffer.append(0x0A) }
        lineHasContent = false
        pendingSpace = false
        pendingCell = false
    }

    /// A new table cell: ` | ` before its text when the row already has some.
    mutating func beginCell() {
        guard tableDepth > 0 else { return space() }
        if lineHasContent { pendingCell = true }
        pendingSpace = false
    }

    /// Block elements: each starts and ends a paragraph (p, li, seg, ...).
    static let blocks: Set<String> = [
        "p", "li", "dt", "dd", "div", "blockquote", "ul", "ol", "dl", "center", "seg", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "block", "list", "item",
    ]

    /// Markup opens inside a record: blocks break paragraphs, tables become rows, `br` a space.
    mutating func open(_ element: String) {
        switch element {
        case "table": beginTable()
        case "tr": beginRow()
        case "td", "th": beginCell()
        case "br": space()
        default: if Self.blocks.contains(element) { breakParagraph() }
        }
    }

    /// Markup closes inside a record.
    mutating func close(_ element: String) {
        switch element {
        case "table": endTable()
        case "td", "th", "br": space()
        default: if Self.blocks.contains(element) { breakParagraph() }
        }
    }

    /// Finishes the record and returns its paragraphs.
    mutating func takeParagraphs() -> [String] {
        tableDepth = 0
        flush()
        defer { paragraphs = [] }
        return paragraphs
    }

    /// The text gathered so far as one line (for headings and names); resets the collector.
    mutating func takeLine() -> String {
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingCell = false
        lineHasContent = false
        return line
    }

    private mutating func flush() {
        if !buffer.isEmpty { paragraphs.append(String(decoding: buffer, as: UTF8.self)) }
        buffer.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingCell = false
        lineHasContent = false
    }

    private mutating func beginContent() {
        if pendingCell {
            buffer.append(contentsOf: [0x20, 0x7C, 0x20])
        } else if pendingSpace && lineHasContent {
            buffer.append(0x20)
        }
        pendingCell = false
        pendingSpace = false
        lineHasContent = true
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        if let encoded = UTF8.encode(scalar) { buffer.append(contentsOf: encoded) }
    }

    /// Windows-1252 0x80–0x9F; nil where the code page leaves a hole.
    static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
