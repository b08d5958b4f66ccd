import BriefingLayout
import Foundation
import Testing

@Suite("Charts as figures")
struct ChartFigureTests {
    /// Two languages, one chart whose long names are cut short in each.
    static func summary(categories: Int, type: String = "column") -> String {
        let names = (1...categories).map { index in
            "{en: \"Provincial Department of Industry and Commerce number \(index)\", "
                + "fr: \"Service provincial de l’Industrie et du Commerce numéro \(index)\"}"
        }
        return """
            briefing: 1
            id: figures
            languages: [en, fr]
            title: {en: Figures, fr: Figures}
            date: 2025-12-02
            sections:
              - title: {en: One, fr: Un}
                body:
                  - chart: c
            charts:
              - id: c
                type: \(type)
                title: {en: Departments, fr: Services}
                categories: [\(names.joined(separator: ", "))]
                series:
                  - values: [\((1...categories).map { String($0 * 10) }.joined(separator: ", "))]
            """
    }

    @Test("A chart's warnings say which language's edition they are about", arguments: ["en", "fr"])
    func languageInWarnings(language: String) throws {
        let document = try LayoutFixtures.layout(Self.summary(categories: 14), language: language)
        let warnings = document.diagnostics.filter { $0.message.hasPrefix("chart `c`") }
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.message.hasPrefix("chart `c` in '\(language)': ") }, "\(warnings.map(\.message))")
    }

    @Test("A bar chart of forty categories grows to name every one, all on one page")
    func tallBarsOnOnePage() throws {
        let yaml = Self.summary(categories: 40, type: "bar")
            .replacingOccurrences(of: "Provincial Department of Industry and Commerce number ", with: "Province ")
        let document = try LayoutFixtures.layout(yaml, language: "en")
        #expect(!document.diagnostics.contains { $0.message.contains("left out") }, "\(document.diagnostics.map(\.message))")
        let pages = (1...40).map { index in
            Set(document.pages.indices.filter { page in document.pages[page].frame.glyphRuns.contains { $0.text == "Province \(index)" } })
        }
        #expect(pages.allSatisfy { $0.count == 1 } && Set(pages).count == 1, "\(pages)")
    }

    @Test("A bar chart as tall as a page leaves room for the heading above it: heading, title and bars share a page")
    func tallBarsBelowHeading() throws {
        let yaml = Self.summary(categories: 60, type: "bar")
            .replacingOccurrences(of: "Provincial Department of Industry and Commerce number ", with: "Province ")
        let document = try LayoutFixtures.layout(yaml, language: "en")
        func page(_ text: String) -> Int? {
            document.pages.indices.first { document.pages[$0].frame.glyphRuns.contains { $0.text.hasPrefix(text) } }
        }
        let heading = try #require(page("1\u{2002}One") ?? page("One"))
        #expect(page("Figure 1") == heading && page("Province 1") == heading, "\(document.pages.map { $0.frame.glyphRuns.map(\.text).prefix(6) })")
    }

    @Test("A character no font has in a chart label is a warning at the chart, as in the text")
    func missingCharacterInLabel() throws {
        let yaml = """
            briefing: 1
            id: missing
            languages: [en]
            title: Missing
            date: 2025-12-02
            sections: [{title: One, body: [{chart: c}]}]
            charts:
              - {id: c, type: column, title: Signs, categories: ["A \u{0E89}", B], series: [{values: [1, 2]}]}
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        #expect(document.missingCharacters.map(\.scalar) == ["\u{0E89}"])
        let warning = try #require(document.diagnostics.first { $0.message.contains("U+0E89") })
        #expect(warning.location.line == 8)
    }
}

