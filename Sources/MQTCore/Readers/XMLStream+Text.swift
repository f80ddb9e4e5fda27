/// Reading an element's text in one call: the walks every XML reader shares.
extension XMLStream {
    /// The paragraphs inside the element at `.start`, read through its end tag; elements named
    /// in `skipping` are left out with everything in them (TEI's notes and stage directions).
    func elementParagraphs(skipping: Set<String> = []) throws -> [String] {
        var collector = TextCollector()
        var depth = 0
        while try next() {
            switch event {
            case .start:
                if skipping.contains(name) {
                    try skipElement()
                    continue
                }
                depth += 1
                collector.open(name)
            case .end:
                if depth == 0 { return collector.takeParagraphs() }
                depth -= 1
                collector.close(name)
            case .text:
                withText { collector.append($0) }
            }
        }
        return collector.takeParagraphs()
    }

    /// Collects the whitespace-normalised text inside the element at `.start`, through its end.
    func elementText() throws -> String {
        var collector = TextCollector()
        var depth = 0
        guard event == .start else { return "" }
        if pendingEnd {
            pendingEnd = false
            return ""
        }
        while try next() {
            switch event {
            case .start:
                if name == "br" { collector.space() }
                depth += 1
            case .end:
                if depth == 0 { return collector.takeLine() }
                depth -= 1
            case .text:
                withText { collector.append($0) }
            }
        }
        return collector.takeLine()
    }
}
