import Foundation

/// The words of an HTML element as paragraphs, with the same rules as the XML readers
/// (`TextCollector`): `<p>`, `<div>`, `<li>` and other blocks are paragraphs, whitespace runs become
/// one space, table rows become lines with cells joined by ` | `. Scripts, styles and comments are
/// not text. A lead-in printed before the first paragraph (`<span class="question_no">54.</span>`,
/// `<span class="procedural_note">`) opens that paragraph, as Hansard prints it: "54. asked the ...".
enum HTMLText {
    /// Elements whose content is never text.
    static let ignored: Set<String> = ["script", "style", "noscript", "template", "head"]
    /// Inline lead-ins carried into the paragraph that follows them.
    static let leadInClasses = ["question_no", "procedural_note"]

    /// Paragraphs of `node`'s content; `skip` leaves out elements (and what they hold).
    static func paragraphs(of node: HTMLNode, skip: (HTMLNode) -> Bool = { _ in false }) -> [String] {
        var collector = TextCollector()
        var leadIn: String?
        for child in node.children {
            if child.isElement, skip(child) { continue }
            if child.isElement, child.name == "span", leadInClasses.contains(where: child.hasClass) {
                let text = child.text
                if !text.isEmpty { leadIn = leadIn.map { "\($0) \(text)" } ?? text }
                continue
            }
            if let pending = leadIn, child.isElement, TextCollector.blocks.contains(child.name) {
                collector.open(child.name)
                collector.append(pending + " ")
                leadIn = nil
                for grandchild in child.children { collect(grandchild, into: &collector, skip: skip) }
                collector.close(child.name)
                continue
            }
            collect(child, into: &collector, skip: skip)
        }
        if let pending = leadIn {
            collector.breakParagraph()
            collector.append(pending)
        }
        return collector.takeParagraphs()
    }

    /// Paragraphs of an HTML fragment (e.g. the `body` of a TheyWorkForYou API row).
    static func paragraphs(fromFragment html: String, skip: (HTMLNode) -> Bool = { _ in false }) -> [String] {
        guard html.contains("<") || html.contains("&") else {
            var collector = TextCollector()
            collector.append(html)
            return collector.takeParagraphs()
        }
        guard let document = HTMLDocument(fragment: html), let body = document.body else { return [] }
        return paragraphs(of: body, skip: skip)
    }

    /// One line of text from an HTML fragment (headings, names): tags dropped, entities decoded.
    static func line(fromFragment html: String) -> String {
        paragraphs(fromFragment: html).joined(separator: " ")
    }

    /// Feeds `node` and everything below it to `collector`.
    static func collect(_ node: HTMLNode, into collector: inout TextCollector, skip: (HTMLNode) -> Bool) {
        if let text = node.content {
            collector.append(text)
            return
        }
        guard node.isElement else { return }
        let name = node.name
        if ignored.contains(name) || skip(node) { return }
        collector.open(name)
        for child in node.children { collect(child, into: &collector, skip: skip) }
        collector.close(name)
    }
}
