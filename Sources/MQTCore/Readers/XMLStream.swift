import CLibXML2
import Foundation

/// A forward-only pull parser over one XML document held in memory: libxml2's `xmlTextReader`,
/// so a file is never built into a tree. The declared encoding is honoured (text comes out as
/// UTF-8), entities declared in the internal DTD are substituted, and libxml2's guards against
/// entity-expansion bombs stay on (no `XML_PARSE_HUGE`). External entities, DTDs and XIncludes are
/// never read (`LibXML`'s loader refuses them) and a document that uses one is refused whole. The
/// first error becomes `CoreError.malformed` with the file, line and column.
final class XMLStream {
    /// What the stream stands on after `next()`.
    enum Event: Equatable {
        /// An element starts; `name` is its local name (no prefix). Empty elements get an `.end` too.
        case start
        /// An element ends.
        case end
        /// Character data (text, CDATA, whitespace); read it with `withText`.
        case text
    }

    private let reader: xmlTextReaderPtr
    private let path: String
    private var firstError: (line: Int, column: Int, message: String)?
    /// The element the parser stood in at the first error, with the line it opened on (0: past
    /// what libxml2 counts): the one a truncated file ends inside. The reader's own position lags
    /// the parser's by a chunk, more when reading from disk, so it cannot tell.
    private var openAtError: (name: String, line: Int)?
    /// The document used an external entity, which `LibXML`'s loader refused to read.
    private var refusal: (line: Int, column: Int, message: String)?
    /// The tree libxml2 hands over when asked to name a refused entity; freed with the stream.
    private var keptDocument: xmlDocPtr?
    /// The reader already stands on an unconsumed node (after `skipElement`).
    private var pending = false
    /// An empty element was reported as `.start`; its `.end` comes next.
    var pendingEnd = false
    /// Lines in the document, for telling a truncated file from other errors (counted only then).
    private let lineCount: () -> Int

    /// The current event.
    private(set) var event: Event = .text
    /// Local name of the element at `.start` / `.end`.
    private(set) var name = ""
    /// Bytes of the document the parser has read so far.
    var bytesConsumed: Int { max(Int(xmlTextReaderByteConsumed(reader)), 0) }

    /// Parses `data` (one whole document) and hands the stream to `body`; the bytes stay pinned
    /// for as long as `body` runs.
    static func parse<T>(_ data: Data, path: String, _ body: (XMLStream) throws -> T) throws -> T {
        LibXML.ready
        mqt_xml_silence_generic_errors()
        return try data.withUnsafeBytes { raw -> T in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else {
                throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "empty file")
            }
            guard let reader = xmlReaderForMemory(base, Int32(clamping: raw.count), nil, nil, options) else {
                throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "cannot start the XML parser")
            }
            var lines = raw.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
            if raw.last == 0x0A { lines -= 1 }
            let stream = XMLStream(reader: reader, path: path, lineCount: { [lines] in lines })
            let result = try body(stream)
            // A reader may stop before the end; a refused entity still refuses the file.
            if stream.refusal != nil { throw stream.failure() }
            return result
        }
    }

    /// Parses the file at `path`, which libxml2 reads a chunk at a time, so a large file is never
    /// in memory whole; otherwise as `parse(_:path:_:)`.
    static func parse<T>(file path: String, _ body: (XMLStream) throws -> T) throws -> T {
        LibXML.ready
        guard Loader.size(of: path) > 0 else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "empty file")
        }
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw CoreError.malformed(SourceLocation(file: path, line: 1, column: 1), "cannot start the XML parser")
        }
        let stream = XMLStream(reader: reader, path: path, lineCount: { Self.lines(inFile: path) })
        let result = try body(stream)
        try stream.throwIfRefused()
        return result
    }

    /// Throws when the document used an external entity: a reader that hands on parts of a file
    /// checks before the last, so no part of a refused file is kept.
    func throwIfRefused() throws {
        if refusal != nil { throw failure() }
    }

    /// Entities declared in the internal DTD substituted, no network, CDATA as text, errors
    /// through the structured handler only.
    private static let options = Int32(
        XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Lines in a file (a last line without a newline counts), read a megabyte at a time.
    static func lines(inFile path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var newlines = 0
        var last: UInt8 = 0x0A
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            newlines += chunk.reduce(into: 0) { count, byte in if byte == 0x0A { count += 1 } }
            last = chunk.last ?? last
        }
        return last == 0x0A ? newlines : newlines + 1
    }

    private init(reader: xmlTextReaderPtr, path: String, lineCount: @escaping () -> Int) {
        self.reader = reader
        self.path = path
        self.lineCount = lineCount
        let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let stream = Unmanaged<XMLStream>.fromOpaque(context).takeUnretainedValue()
            stream.record(error.pointee)
        }
        xmlTextReaderSetStructuredErrorHandler(reader, handler, Unmanaged.passUnretained(self).toOpaque())
        LibXML.register(self, reader: reader)
    }

    deinit {
        LibXML.unregister(reader: reader)
        xmlFreeTextReader(reader)
        if let keptDocument { xmlFreeDoc(keptDocument) }
    }

    /// Called by `LibXML`'s loader, which read nothing: the file is refused, naming the entity and
    /// the place in the document that used it.
    func refuse(url: String) {
        guard refusal == nil else { return }
        // Taking the tree keeps it past the reader (see deinit); it holds the entity declarations.
        keptDocument = xmlTextReaderCurrentDoc(reader)
        let name = keptDocument.flatMap { LibXML.entityName(for: url, in: $0) }
        let entity = name.map { "external entity '\($0)'" } ?? "an external entity"
        refusal = (
            Int(xmlTextReaderGetParserLineNumber(reader)), Int(xmlTextReaderGetParserColumnNumber(reader)),
            "\(entity) names \"\(url)\": mqt never reads a file or URL named inside a document"
        )
    }

    private func record(_ error: xmlError) {
        guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
        firstError = (Int(error.line), Int(error.int2), LibXMLMessage.inMQTWords(message))
        openAtError = Self.openElement(error)
    }

    /// The element a parser error's parser stood in (the innermost one open), if it was in one.
    private static func openElement(_ error: xmlError) -> (name: String, line: Int)? {
        guard error.domain == Int32(XML_FROM_PARSER.rawValue), let context = error.ctxt else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let node = parser.pointee.node, node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name
        else { return nil }
        // libxml2 keeps element lines in 16 bits: 65535 means "there or later".
        let line = Int(xmlGetLineNo(node))
        return (String(cString: name), line > 0 && line < 65535 ? line : 0)
    }

    /// The error to throw for the first problem libxml2 reported (or a generic one).
    func failure() -> CoreError {
        if let refusal {
            let location = SourceLocation(file: path, line: max(refusal.line, 1), column: max(refusal.column, 1))
            return .malformed(location, refusal.message)
        }
        var found = firstError ?? (Int(xmlTextReaderGetParserLineNumber(reader)), 1, "not well-formed XML")
        if let innermost = openAtError, found.line >= lineCount() {
            let opened = innermost.line > 0 ? " opened on line \(innermost.line)" : ""
            found.message = "the file ends inside <\(innermost.name)>\(opened): is it truncated?"
        }
        return CoreError.malformed(
            SourceLocation(file: path, line: max(found.line, 1), column: max(found.column, 1)), found.message)
    }

    /// Moves to the next start, end or text event; false at the end of the document.
    func next() throws -> Bool {
        if pendingEnd {
            pendingEnd = false
            event = .end
            return true
        }
        while true {
            let status: Int32
            if pending {
                pending = false
                status = 1
            } else {
                status = xmlTextReaderRead(reader)
            }
            if refusal != nil { throw failure() }
            if status == 0 {
                if firstError != nil { throw failure() }
                return false
            }
            guard status == 1 else { throw failure() }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                name = currentName()
                event = .start
                pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
                return true
            case 15:  // end element
                name = currentName()
                event = .end
                return true
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                event = .text
                return true
            default:
                continue
            }
        }
    }

    private func currentName() -> String {
        guard let local = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: local)
    }

    /// At `.start`: jumps past the element's content and its end without reporting them.
    func skipElement() throws {
        guard event == .start else { return }
        if pendingEnd {
            pendingEnd = false
            return
        }
        let status = xmlTextReaderNext(reader)
        if status == -1 || refusal != nil { throw failure() }
        pending = status == 1
    }

    /// The value of attribute `name` on the element at `.start`, nil when absent.
    func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { mqt_xml_free(value) }
        return String(cString: value)
    }

    /// The value of `xml:id` on the element at `.start`.
    func xmlID() -> String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, "id", "http://www.w3.org/XML/1998/namespace")
        else { return nil }
        defer { mqt_xml_free(value) }
        return String(cString: value)
    }

    /// Calls `body` with the UTF-8 bytes (NUL-terminated) of the current `.text` event.
    func withText(_ body: (UnsafePointer<UInt8>) -> Void) {
        guard event == .text, let value = xmlTextReaderConstValue(reader) else { return }
        body(value)
    }

    /// Line the current node starts on (for messages). The parser's own line runs ahead of the
    /// node by as much as it has read, which differs between a file read whole and one read from
    /// disk; past line 65,535, where libxml2 stops counting node lines, it is all there is.
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 && line < 65535 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }
}
