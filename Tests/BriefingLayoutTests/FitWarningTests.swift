import BriefingLayout
import Testing

@Suite("Text that does not fit")
struct FitWarningTests {
    @Test("A word wider than its column is cut with a warning at its line; ordinary text is not")
    func cutWordWarns() throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [en]
            title: Fit
            date: 2025-12-02
            sections:
              - title: One
                body:
                  - "An ordinary sentence that wraps normally across the measure of the page without any trouble at all, however long it runs."
                  - "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis is long."
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let cuts = document.diagnostics.filter { $0.message.hasPrefix("text does not fit") }
        #expect(cuts.count == 1, "\(document.diagnostics)")
        #expect(cuts.first?.location.line == 10)
        #expect(cuts.first?.message.contains("Pneumonoultramicroscopic") == true)
    }
}
