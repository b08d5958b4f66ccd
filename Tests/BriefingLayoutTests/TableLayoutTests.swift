import BriefingFrame
import BriefingLayout
import Testing

@Suite("Table columns")
struct TableLayoutTests {
    /// A table whose figures sit under long headings, beside a column of prose.
    static let yaml = """
        briefing: 1
        id: columns
        languages: [fr]
        title: Colonnes
        date: 2025-12-02
        sections:
          - title: Tableau
            body:
              - table:
                  columns: [Indicateur, Réalisation effective 2024, Objectif prévisionnel 2025, Observations détaillées des responsables]
                  rows:
                    - [Croissance, "3,27", "3,0", "Dépend de la météo et des marchés d’exportation, notamment la Chine et les États-Unis, selon le ministère."]
                    - [Exportations, "62,5", "64", "Les responsables prévoient une progression régulière, sous réserve des conditions internationales."]
        """

    @Test("Figures do not take the width prose needs: their long headings wrap, at spaces, never hyphenated")
    func headingsWrapForTheBody() throws {
        let document = try LayoutFixtures.layout(Self.yaml)
        let runs = document.pages.flatMap(\.frame.glyphRuns)
        let heading = runs.filter { run in ["Réalisation", "effective"].contains { run.text.contains($0) } }
        #expect(Set(heading.map(\.origin.y)).count >= 2, "the heading of the figures' column should wrap")
        for run in runs where run.text.contains("Réalisation") || run.text.contains("prévisionnel") || run.text.contains("Observations") {
            #expect(!run.text.hasSuffix("-") && !run.text.hasSuffix("\u{2010}"), "a heading is hyphenated: \(run.text)")
        }
        // The prose column gets more than a fair quarter of the width.
        let prose = try #require(runs.first { $0.text.contains("Dépend") })
        let figures = try #require(runs.first { $0.text.contains("3,27") })
        #expect(prose.origin.x - figures.origin.x < 120, "the figures' column is too wide")
    }
}
