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

@Suite("Shortest tables")
struct ShortestTableTests {
    @Test("Width goes where it saves lines: short names stay whole beside long remarks")
    func namesStayWhole() throws {
        let yaml = """
            briefing: 1
            id: short
            languages: [en]
            title: Short
            date: 2025-12-02
            sections:
              - title: Table
                body:
                  - table:
                      columns: [Responsible, Due, Remarks]
                      rows:
                        - [Phạm Minh Chính, 31 March 2026, "A remark that explains what each side is expected to prepare before the next meeting."]
                        - [Sonexay Siphandone, 15 April 2026, "Another remark about the documents to exchange and who must be consulted."]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let texts = document.pages[0].frame.glyphRuns.map {
            $0.text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        }
        for name in ["Phạm Minh Chính", "Sonexay Siphandone", "31 March 2026"] {
            #expect(texts.contains { $0.contains(name) }, "'\(name)' is broken across lines: \(texts)")
        }
    }
}

@Suite("Tables in parallel editions")
struct ParallelTableTests {
    /// The French paragraph before the table is empty: blocks still pair by position.
    @Test("A table too wide for a column is set across the page, one language after the other, with no rule through it")
    func wideTableSpansColumns() throws {
        let yaml = """
            briefing: 1
            id: wide
            languages: [en, fr]
            title: {en: Stations, fr: Stations}
            date: 2025-12-02
            sections:
              - title: {en: Network, fr: Réseau}
                body:
                  - {en: "Said only in English.", fr: ""}
                  - table:
                      columns: [{en: Station, fr: Station}, {en: Country, fr: Pays}, {en: Parameter, fr: Paramètre},
                                {en: Frequency, fr: Fréquence}, {en: Responsible agency, fr: Organisme responsable},
                                {en: Baseline, fr: Référence}, {en: Remarks and conditions, fr: Remarques et conditions}]
                      rows:
                        - [Pakse, Laos, {en: Discharge, fr: Débit}, {en: Hourly, fr: Horaire},
                           {en: National Hydro-Meteorological Service, fr: Service hydrométéorologique national}, "1385",
                           {en: Sensor replacement scheduled, fr: Remplacement des capteurs prévu}]
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("en", "fr"))
        let page = try #require(document.pages.first)
        let middle = page.textBlock.x + page.textBlock.width / 2
        let runs = page.frame.glyphRuns
        // The English table's last heading lies in the right half: the table spans the page.
        let remarks = try #require(runs.first { $0.text.contains("Remarks") })
        #expect(remarks.origin.x > middle)
        let french = try #require(runs.first { $0.text.contains("Remarques") })
        #expect(french.origin.y > remarks.origin.y, "the French table should follow the English one")
        for run in runs {
            #expect(run.origin.x + run.width <= page.textBlock.maxX + 0.5, "'\(run.text)' overflows")
        }
        // No column rule crosses the tables.
        let tableTop = remarks.origin.y - 20
        let rules = page.frame.items.compactMap { item -> (Double, Double)? in
            guard case .path(let elements, _) = item, elements.count == 2,
                  case .move(let a) = elements[0], case .line(let b) = elements[1],
                  abs(a.x - b.x) < 0.01, abs(a.x - middle) < 2 else { return nil }
            return (a.y, b.y)
        }
        for (top, bottom) in rules {
            #expect(bottom <= tableTop || top >= french.origin.y + 40, "the column rule runs through a table")
        }
    }
}
