import CLibXML2
import Foundation
import Synchronization

/// libxml2 set up once for the whole process: initialised before threads parse at the same time,
/// and with an external-entity loader that reads nothing. libxml2 substitutes external entities
/// under `XML_PARSE_NOENT` (which the internal DTDs of ParlParse files need), so
/// `<!ENTITY x SYSTEM "file:///etc/passwd">` would put a local file into a speech, and one naming a
/// FIFO or `/dev/stdin` would hang or swallow input. Every file, URL, external DTD and XInclude
/// target reaches libxml2 through this loader, so no document can make mqt read anything.
enum LibXML {
    /// Call before any parse; runs its body once.
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { url, _, context in
            LibXML.refuse(url: url.map { String(cString: $0) } ?? "", context: context)
            return nil
        }
    }()

    /// The live `XMLStream`s by their `xmlTextReader`, as bit patterns: the loader finds the stream
    /// to tell through the reader, which libxml2 keeps in every parser context's `_private`
    /// (including the fresh context it makes for each external entity).
    private static let streams = Mutex<[UInt: UInt]>([:])

    static func register(_ stream: XMLStream, reader: xmlTextReaderPtr) {
        let key = UInt(bitPattern: UnsafeRawPointer(reader))
        let value = UInt(bitPattern: Unmanaged.passUnretained(stream).toOpaque())
        streams.withLock { $0[key] = value }
    }

    static func unregister(reader: xmlTextReaderPtr) {
        let key = UInt(bitPattern: UnsafeRawPointer(reader))
        streams.withLock { _ = $0.removeValue(forKey: key) }
    }

    /// Tells the stream whose parse asked for `url`; parses of other kinds (HTML) just get nothing.
    private static func refuse(url: String, context: xmlParserCtxtPtr?) {
        guard let owner = context?.pointee._private else { return }
        let key = UInt(bitPattern: UnsafeRawPointer(owner))
        guard let value = streams.withLock({ $0[key] }), let pointer = UnsafeRawPointer(bitPattern: value) else {
            return
        }
        Unmanaged<XMLStream>.fromOpaque(pointer).takeUnretainedValue().refuse(url: url)
    }

    /// The declared name of the external entity whose system id is `url` (`%name` for a parameter
    /// entity); nil when no declaration matches.
    static func entityName(for url: String, in document: xmlDocPtr) -> String? {
        for dtd in [document.pointee.intSubset, document.pointee.extSubset] {
            var node = dtd?.pointee.children
            while let current = node {
                defer { node = current.pointee.next }
                guard current.pointee.type == XML_ENTITY_DECL else { continue }
                let entity = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlEntity.self).pointee
                let ids = [entity.URI, entity.SystemID].compactMap { $0 }.map { String(cString: $0) }
                guard ids.contains(url), let name = entity.name else { continue }
                let isParameter = entity.etype == XML_EXTERNAL_PARAMETER_ENTITY
                return (isParameter ? "%" : "") + String(cString: name)
            }
        }
        return nil
    }
}
