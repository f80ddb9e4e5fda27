import XCTest
@testable import MQTCore

/// `SentenceSplitter` on real text from `seeds/` (as the readers store it), one case a test.
final class SentenceSplitterTests: XCTestCase {
    func split(_ text: String) -> [String] {
        let sentences = SentenceSplitter.sentences(in: text)
        XCTAssertEqual(SentenceSplitter.count(in: text), sentences.count, "count and split share one scan")
        return sentences
    }

    /// parlparse-2023/debates2023-03-28d.xml (843.0): a Hansard citation in brackets stays with
    /// the sentence it follows; "c." before a number ends nothing.
    func testHansardCitationInBrackets() {
        let text = "We reckon that about 4,300 entitled personnel remain in Afghanistan and want to get over here, and 12,100 have arrived to date on the ARAP scheme.[Official Report, 17 April 2023, Vol. 731, c. 2MC.] On the ACRS, we have promised 20,000."
        XCTAssertEqual(split(text), [
            "We reckon that about 4,300 entitled personnel remain in Afghanistan and want to get over here, and 12,100 have arrived to date on the ARAP scheme.[Official Report, 17 April 2023, Vol. 731, c. 2MC.]",
            "On the ACRS, we have promised 20,000.",
        ])
    }

    /// parlparse-2009 standing committee (CHILDPOV 2.7): a quotation, a dash and a citation with
    /// "c. 62-63" in one sentence.
    func testCitationAfterAQuotation() {
        let text = "“the most important things in this area are those that Richard pointed to, about creating a dynamic local economy.” ——[Official Report, Child Poverty Public Bill Committee, 20 October 2009; c. 62-63, Q136-139.] That is the perspective."
        XCTAssertEqual(split(text).count, 2)
        XCTAssertTrue(split(text)[0].hasSuffix("c. 62-63, Q136-139.]"))
    }

    /// The citations: "Vol. 497, c. 469" and "cols. 12–14W" end nothing before a number.
    func testColumnsAndVolumes() {
        XCTAssertEqual(split("As I said on 15 October, Official Report, 15 October 2009; Vol. 497, c. 469. It stands.").count, 2)
        XCTAssertEqual(split("See cols. 12–14W. The figures are there.").count, 2)
        XCTAssertEqual(split("See Official Report, column 597W. It was wrong.").count, 2)
        // twfy-parlparse-2009 lordspages (daylord2009-10-27a): a Grand Committee column; and circa.
        XCTAssertEqual(split("“… by a pilot in any event”.—[Official Report, 2/7/09; cols. GC 148-49.] The noble Lord is right.").count, 2)
        XCTAssertEqual(split("The OCTAVE study has a budget of c. £2.3 million, over five years. It began in May.").count, 2)
    }

    /// parlparse-2009 standing committee (CHILDPOV 2.5): "Mr." before a name.
    func testMrWithAFullStop() {
        XCTAssertEqual(split("Good morning, Mr. Key. On behalf of the Committee, I welcome you back to the Chair."), [
            "Good morning, Mr. Key.", "On behalf of the Committee, I welcome you back to the Chair.",
        ])
    }

    /// The seed transcript: "Sir David Amess MP", "£1.4 million" and "Lord Patel [of Bradford OBE]".
    func testNamesMoneyAndBracketsFromTheSeed() {
        XCTAssertEqual(split("Terrorism remains a significant threat to our society, as the tragic murder of Sir David Amess MP and the explosion outside the Liverpool Women’s Hospital this week have shown. The pandemic left people more isolated.").count, 2)
        XCTAssertEqual(split("I have invested more than any other mayor in this area, including delivering £1.4 million in funding through my Shared Endeavour Fund. I will continue.").count, 2)
        XCTAssertEqual(split("Lord Patel [of Bradford OBE] - who is a friend and I declare an interest - has now taken over at Yorkshire County Cricket Club. It is a source of pride that Moeen [Ali] and Adil [Rashid] were in the England team.").count, 2)
    }

    /// openaustralia-2007 senate (8.1): "No. 9" and "No. 227" inside one sentence.
    func testNumberAbbreviation() {
        XCTAssertEqual(split("Corporations Amendment Regulations 2007 (No. 9), as contained in Select Legislative Instrument 2007 No. 227 and made under the Corporations Act 2001.").count, 1)
        XCTAssertEqual(split("He went to No. 10 yesterday. e.g. this is one.").count, 1, "No. 10, and e.g. in lower case")
    }

    /// parlparse-2023 debate (829.2) and a written statement: a single capital ends the sentence
    /// when a sentence opener follows it; an initial before a name does not.
    func testInitials() {
        XCTAssertEqual(split("including the case of Child Q. As part of those investigations, it will report.").count, 2)
        XCTAssertEqual(split("to accompany this change to Approved Document B. From the date when we publish it.").count, 2)
        XCTAssertEqual(split("The report by J. Smith and J.K. Rowling was read. It was long.").count, 2)
    }

    /// openaustralia-2007 senate (43.1) and za-hansard: an ellipsis does not end a sentence.
    func testEllipses() {
        XCTAssertEqual(split("I hope, hon Speaker, that you ... Will be patient with me.").count, 1)
        XCTAssertEqual(split("namely, that:\n\n... chemicals introduced into an aircraft cabin can be an important factor.").count, 2, "a blank line still ends one")
    }

    /// parlparse-2023 debate (835.4): a sentence ends inside a closing quotation mark.
    func testQuotationMarks() {
        XCTAssertEqual(split("it can all be swept under the carpet.” It cannot. This House and the Department must act."), [
            "it can all be swept under the carpet.”", "It cannot.", "This House and the Department must act.",
        ])
    }

    /// parlparse-2009 wrans (2009-10-29a.173.2): a table is one sentence a row, apart from the prose.
    func testTableRows() {
        let text = "The amount of money recovered is shown in the following table:\n\nYear | Amount Recovered\n2005 | £19.1 million\n2006 | £13.7 million\n\nThe figures are provisional. They will change."
        XCTAssertEqual(split(text), [
            "The amount of money recovered is shown in the following table:", "Year | Amount Recovered", "2005 | £19.1 million",
            "2006 | £13.7 million", "The figures are provisional.", "They will change.",
        ])
    }
}
