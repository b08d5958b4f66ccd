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
}
