import Foundation

/// A section's short name, stored as `Transcript.section` and matched by `section:`. The same
/// section has the same code whatever the source (TheyWorkForYou's short names where it has one:
/// Lords written answers are `lordswrans` from ParlParse XML, the API and the web pages alike).
public struct SectionCode: Sendable, Equatable {
    /// The short name (`lordswrans`).
    public let code: String
    /// The body that sits in the section; nil where it varies (`akn`, `tei`, `transcript`).
    public let body: String?
    /// What the section holds, in a few words; also the title of ParlParse transcripts.
    public let meaning: String

    /// Every code a reader may give a transcript, UK sections first.
    public static let all: [SectionCode] = [
        SectionCode("debates", "House of Commons", "House of Commons debates"),
        SectionCode("whall", "House of Commons", "Westminster Hall debates"),
        SectionCode("wrans", "House of Commons", "Written answers"),
        SectionCode("wms", "House of Commons", "Written ministerial statements"),
        SectionCode("standing", "House of Commons", "Public Bill Committee"),
        SectionCode("lords", "House of Lords", "House of Lords debates"),
        SectionCode("lordswrans", "House of Lords", "Lords written answers"),
        SectionCode("lordswms", "House of Lords", "Lords written statements"),
        SectionCode("ni", "Northern Ireland Assembly", "Northern Ireland Assembly debates"),
        SectionCode("sp", "Scottish Parliament", "Scottish Parliament Official Report"),
        SectionCode("spwrans", "Scottish Parliament", "Scottish Parliament written answers"),
        SectionCode("senedd", "Senedd", "Senedd debates"),
        SectionCode("lmqs", "London Assembly", "Mayor's Questions"),
        SectionCode("dail", "Dáil Éireann", "Dáil Éireann debates"),
        SectionCode("seanad", "Seanad Éireann", "Seanad Éireann debates"),
        SectionCode("na", "National Assembly", "South African National Assembly debates"),
        SectionCode("nawrans", "National Assembly", "South African National Assembly written questions"),
        SectionCode("naoralqs", "National Assembly", "South African National Assembly oral questions"),
        SectionCode("ncop", "National Council of Provinces", "National Council of Provinces debates"),
        SectionCode("ncopwrans", "National Council of Provinces", "NCOP written questions"),
        SectionCode("ncoporalqs", "National Council of Provinces", "NCOP oral questions"),
        SectionCode("joint", "Parliament of South Africa", "Joint sittings of the South African Parliament"),
        SectionCode("representatives", "House of Representatives", "Australian House of Representatives debates"),
        SectionCode("senate", "Senate", "Australian Senate debates"),
        SectionCode("akn", nil, "Akoma Ntoso debates of another parliament"),
        SectionCode("tei", nil, "ParlaMint TEI debates of another parliament"),
        SectionCode("transcript", nil, "Plain-text transcripts that name no known body"),
    ]

    /// The section with short name `code`, nil when there is none.
    public static func named(_ code: String) -> SectionCode? {
        byCode[code]
    }

    private static let byCode: [String: SectionCode] = Dictionary(
        all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    init(_ code: String, _ body: String?, _ meaning: String) {
        self.code = code
        self.body = body
        self.meaning = meaning
    }
}
