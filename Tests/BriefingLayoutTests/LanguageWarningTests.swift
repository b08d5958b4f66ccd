import BriefingLayout
import Testing

@Suite("Language warnings")
struct LanguageWarningTests {
    @Test("A language without fixed words is warned about where it is listed")
    func pointsAtTheTag() throws {
        let yaml = """
            briefing: 1
            id: tags
            languages: [fr, sw]
            title: {fr: Titre, sw: Kichwa}
            date: 2025-12-02
            sections:
              - title: {fr: Un, sw: Moja}
            """
        let document = try LayoutFixtures.layout(yaml, language: "sw")
        let warning = try #require(document.diagnostics.first { $0.message.contains("renderer's words for 'sw'") })
        #expect(warning.location.line == 3 && warning.location.column == 17, "\(warning)")
    }

    @Test("A character no font has in a participant's name is warned about at the name")
    func missingGlyphInAName() throws {
        let yaml = """
            briefing: 1
            id: names
            languages: [en]
            title: Names
            date: 2025-12-02
            participants:
              - id: abebe
                name: "Abebe ሰላም"
            sections:
              - title: One
                body: ["With [[abebe]]."]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let warnings = document.diagnostics.filter { $0.message.contains("U+1230") }
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.location.line == 8 || $0.location.line == 11 }, "\(warnings)")
        #expect(warnings.contains { $0.location.line == 8 && $0.location.column == 11 }, "\(warnings)")
    }
}
