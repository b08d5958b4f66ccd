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

    @Test("A title is balanced without cutting a word that fits, in both styles; a title too wide warns at its own line",
          arguments: ["formal", "modern"])
    func balancedTitleKeepsWords(style: String) throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [de, en]
            date: 2025-12-02
            title:
              de: "Wasserstoffpartnerschaften und Netzausbau"
              en: "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis"
            sections: [{title: Eins, body: [Text.]}]
            """
        let german = try LayoutFixtures.layout(yaml, language: "de", style: style)
        #expect(german.diagnostics.isEmpty, "\(german.diagnostics)")
        let words = german.pages[0].frame.glyphRuns.map(\.text)
        #expect(words.contains { $0.contains("Wasserstoffpartnerschaften") }, "\(words)")
        let english = try LayoutFixtures.layout(yaml, language: "en", style: style)
        let cuts = english.diagnostics.filter { $0.message.hasPrefix("text does not fit") }
        #expect(cuts.map(\.location.line) == [7], "\(english.diagnostics)")
    }
}

