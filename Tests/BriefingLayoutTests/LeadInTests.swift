import BriefingFrame
import BriefingLayout
import Testing

@Suite("Lead-in paragraphs")
struct LeadInTests {
    @Test("A paragraph ending with a colon (in Thai, with 'as follows') never ends a page without the start of what it introduces",
          arguments: [("fr", "Les points suivants ont été retenus :", "Premier point"),
                      ("km", "ចំណុចខាងក្រោមត្រូវបានឯកភាព៖", "ចំណុចទីមួយ"),
                      ("zh", "双方商定以下事项：", "第一点"),
                      ("th", "ฝ่ายไทยเสนอมาตรการเร่งด่วนดังนี้", "ศูนย์ปฏิบัติการ")])
    func leadInKeepsWithList(language: String, leadIn: String, firstItem: String) throws {
        var strandedWithoutRule = 0
        for filler in stride(from: 60, through: 140, by: 2) {
            let yaml = """
                briefing: 1
                id: lead-in
                languages: [\(language)]
                title: Lead-in
                date: 2025-12-02
                sections:
                  - title: One
                    body:
                      - "\(String(repeating: "A sentence that fills the page before the lead-in. ", count: filler))"
                      - "\(leadIn)"
                      - list: ["\(firstItem).", "Second.", "Third."]
                """
            let document = try LayoutFixtures.layout(yaml, language: language)
            func page(of text: String) throws -> Int {
                try #require(document.pages.firstIndex { $0.frame.glyphRuns.contains { $0.text.contains(text) } }, "\(text)")
            }
            let leadInPage = try page(of: String(leadIn.prefix(4)))
            #expect(leadInPage == (try page(of: firstItem)), "filler \(filler): the lead-in ends page \(leadInPage + 1)")
            // The filler put the lead-in at the foot of a page at least once: the rule was needed.
            if try page(of: "fills the page before") < leadInPage {
                let lines = document.pages[leadInPage].frame.glyphRuns.filter { $0.text.contains("fills the page") }
                if lines.count <= 2 { strandedWithoutRule += 1 }
            }
        }
        #expect(strandedWithoutRule > 0, "no filler brought the lead-in to the foot of a page")
    }
}
