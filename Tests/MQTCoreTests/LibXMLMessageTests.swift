import XCTest

@testable import MQTCore

/// libxml2's messages, as it writes them, and as mqt says them: one line, no libxml2 jargon.
final class LibXMLMessageTests: XCTestCase {
    func testEachKnownMessageInMQTsWords() {
        let cases: [(String, String)] = [
            ("Input is not proper UTF-8, indicate encoding !\nBytes: 0xFF 0xFE 0x41 0x42\n",
             "not valid UTF-8 (bytes 0xFF 0xFE 0x41 0x42): a file in another encoding must name it in its XML declaration"),
            ("Excessive depth in document: 256 use XML_PARSE_HUGE option\n", "elements nest more than 256 deep"),
            ("xmlSAX2Characters: huge text node\n", "a text longer than 10,000,000 bytes without markup"),
            ("internal error: Huge input lookup\n", "a tag, name or attribute value longer than 10,000,000 bytes"),
            ("Detected an entity reference loop\n", "entities expand too far (an entity that refers to itself, or an entity bomb)"),
            ("Maximum entity amplification factor exceeded", "entities expand too far (an entity that refers to itself, or an entity bomb)"),
            ("Document labelled UTF-16 but has UTF-8 content\n", "the XML declaration says UTF-16, but the file is UTF-8"),
            ("PCDATA invalid Char value 27\n", "character 27 (a control character) is not allowed in XML text"),
            ("xmlParseCharData: invalid xmlChar value 30\n", "character 30 (a control character) is not allowed in XML"),
            ("CharRef: invalid decimal value\n", "a character reference (&#...;) names a character XML does not allow"),
            ("Char 0x0 out of allowed range\n", "character 0x0 is not allowed in XML"),
            ("attributes construct error\n", "a malformed attribute"),
            ("Specification mandates value for attribute sp\n", "attribute sp has no value"),
            ("Unsupported encoding utf-99\n", "the XML declaration names an encoding mqt cannot read: utf-99"),
            // Others keep libxml2's words, on one line, without its function names.
            ("xmlParseEntityDecl: no name\n", "no name"),
            ("Opening and ending tag mismatch: p line 3 and speech\n", "Opening and ending tag mismatch: p line 3 and speech"),
            ("Extra content at the end of the document\n", "Extra content at the end of the document"),
            ("", "not well-formed XML"),
        ]
        for (raw, expected) in cases {
            XCTAssertEqual(LibXMLMessage.inMQTWords(raw), expected, raw)
        }
    }
}
