import CLibXML2
import Foundation

/// A page (or fragment) parsed by libxml2's HTML parser, which reads real-world HTML the way a
/// browser does: unknown tags kept, unclosed tags closed, entities decoded. Network access and
/// error output are off, and `LibXML`'s loader refuses any file a page names. The tree is freed
/// with the document.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `data`; `encoding` nil lets libxml2 read the page's `<meta charset>`.
    init?(data: Data, encoding: String? = nil) {
        LibXML.ready
        mqt_xml_silence_generic_errors()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else { return nil }
            return htmlReadMemory(base, Int32(raw.count), nil, encoding, options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    /// Parses an HTML fragment held in a Swift string (e.g. a JSON `body`).
    convenience init?(fragment: String) {
        self.init(data: Data(fragment.utf8), encoding: "UTF-8")
    }

    deinit { xmlFreeDoc(document) }

    /// The `<html>` element.
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }

    /// The `<body>` element, or the root when there is none.
    var body: HTMLNode? {
        guard let root else { return nil }
        return root.firstDescendant { $0.name == "body" } ?? root
    }
}
