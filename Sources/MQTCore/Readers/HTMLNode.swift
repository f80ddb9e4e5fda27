import CLibXML2
import Foundation

/// A node of an `HTMLDocument`; valid only while the document lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name in lower case ("" for other nodes).
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// A text node's UTF-8 content.
    var content: UnsafePointer<UInt8>? { isText ? UnsafePointer(pointer.pointee.content) : nil }

    /// The line libxml2 recorded for the node.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The value of an attribute, entities decoded; nil when absent.
    func attribute(_ key: String) -> String? {
        var property = pointer.pointee.properties
        while let attr = property {
            if let name = attr.pointee.name, String(cString: name) == key {
                var value = ""
                var child = attr.pointee.children
                while let node = child {
                    if let text = node.pointee.content { value += String(cString: text) }
                    child = node.pointee.next
                }
                return value
            }
            property = attr.pointee.next
        }
        return nil
    }

    /// Whether the `class` attribute lists `name`.
    func hasClass(_ name: String) -> Bool {
        guard let classes = attribute("class") else { return false }
        return classes.split(separator: " ").contains { $0 == name }
    }

    /// Child nodes in order.
    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(HTMLNode(node))
            child = node.pointee.next
        }
        return result
    }

    /// The first element below this one (depth first, document order) that satisfies `test`.
    func firstDescendant(where test: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children where child.isElement {
            if test(child) { return child }
            if let found = child.firstDescendant(where: test) { return found }
        }
        return nil
    }

    /// Every element below this one that satisfies `test`, without looking inside matches.
    func descendants(where test: (HTMLNode) -> Bool) -> [HTMLNode] {
        var result: [HTMLNode] = []
        for child in children where child.isElement {
            if test(child) { result.append(child) } else { result += child.descendants(where: test) }
        }
        return result
    }

    /// The element's text on one line: whitespace runs collapsed, trimmed.
    var text: String {
        var collector = TextCollector()
        HTMLText.collect(self, into: &collector, skip: { _ in false })
        return collector.takeParagraphs().joined(separator: " ")
    }
}
