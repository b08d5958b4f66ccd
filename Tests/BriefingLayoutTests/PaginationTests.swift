import BriefingFrame
import BriefingLayout
import Foundation
import Testing
import TestSupport

@Suite("Pagination")
struct PaginationTests {
    static let long = SyntheticSummary.yaml(sections: 12)

    @Test("No line is wider than the text block, on any page")
    func linesStayInTheTextBlock() throws {
        let document = try LayoutFixtures.layout(Self.long)
        #expect(document.pages.count > 5)
        for page in document.pages {
            let block = page.textBlock
            for run in page.frame.glyphRuns where run.origin.y > block.y && run.origin.y < block.maxY {
                #expect(run.origin.x >= block.x - 0.01, "\(run.text) starts left of the block")
                #expect(run.origin.x + run.width <= block.maxX + 0.01, "\(run.text) overflows")
            }
        }
    }

    @Test("A heading never ends a page")
    func headingsKeepWithNext() throws {
        let document = try LayoutFixtures.layout(Self.long)
        for page in document.pages.dropLast() {
            guard let last = page.marks.last else { continue }
            if case .heading = last { Issue.record("page \(page.label) ends with a heading") }
        }
    }

    @Test("No paragraph leaves a single line at the top or bottom of a page")
    func widowsAndOrphans() throws {
        for language in ["fr", "en"] {
            let document = try LayoutFixtures.layout(Self.long, language: language)
            for page in document.pages {
                if case .line(_, let index, let count)? = page.marks.first, count > 1 {
                    #expect(index != count - 1, "widow at the top of page \(page.label)")
                }
                if case .line(_, let index, let count)? = page.marks.last, count > 1, page.label != document.pages.last?.label {
                    #expect(index != 0, "orphan at the bottom of page \(page.label)")
                }
            }
        }
    }

    @Test("A table split across pages repeats its header")
    func tableHeadersRepeat() throws {
        var rows = ""
        for index in 0..<120 { rows += "            - [\"Ligne \(index)\", \"Texte de la ligne \(index)\"]\n" }
        let yaml = """
            briefing: 1
            id: table
            languages: [fr]
            title: Tableau long
            date: 2025-12-02
            sections:
              - title: Tableau
                body:
                  - table:
                      columns: [Clé, Valeur]
                      rows:
            \(rows)
            """
        let document = try LayoutFixtures.layout(yaml)
        var continued = 0
        for page in document.pages {
            guard let index = page.marks.firstIndex(where: {
                if case .tableRow = $0 { return true }
                return false
            }) else { continue }
            if case .tableRow(let table, let row) = page.marks[index], row > 0 {
                continued += 1
                #expect(index > 0 && page.marks[index - 1] == .tableHeader(table: table),
                        "page \(page.label) continues the table without its header")
                // Never the last row alone.
                let rowsHere = page.marks.filter { if case .tableRow = $0 { true } else { false } }.count
                #expect(rowsHere >= 2, "page \(page.label) holds the last row alone")
            }
        }
        #expect(continued >= 2)
    }

    @Test("Every page has 'page N of M' in the rendered language")
    func pageNumbers() throws {
        let document = try LayoutFixtures.layout(Self.long)
        let count = document.pages.count
        for (index, page) in document.pages.enumerated() {
            let text = page.frame.glyphRuns.map(\.text).joined()
                .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            #expect(text.contains("Page \(index + 1) sur \(count)"), "page \(index + 1) has no page number")
        }
    }
}

@Suite("Floating figures")
struct FloatingFigureTests {
    /// Blocks of the first section that follow the figure, and a second section.
    static let textAfterFigure = [
        "      - \"Suite du texte après la figure.\"",
        "      - \"Encore un paragraphe après la figure.\"",
        "  - title: Partie suivante",
        "    body: [\"Nouvelle partie.\"]",
    ].joined(separator: "\n")

    /// A page filled by `fill` sentences, then a figure, then `after` (YAML lines
    /// indented as in `textAfterFigure`).
    static func yaml(fill: Int, after: String = textAfterFigure) -> String {
        let long = String(repeating: "Texte qui remplit la page avant la figure. ", count: fill)
        return """
            briefing: 1
            id: float
            languages: [fr]
            title: Figures
            date: 2025-12-02
            sections:
              - title: Chiffres
                body:
                  - "\(long)"
                  - chart: trade
            \(after)
            charts:
              - id: trade
                type: column
                title: Commerce
                categories: [A, B]
                series: [{values: [5, 10]}]
            """
    }

    @Test("A figure that does not fit moves to the next page and the text flows on, but not past a heading")
    func textFlowsPastFigure() throws {
        var flowed = 0
        for fill in stride(from: 40, through: 100, by: 4) {
            let document = try LayoutFixtures.layout(Self.yaml(fill: fill))
            func pages(of text: String) -> [Int] {
                document.pages.indices.filter { document.pages[$0].frame.glyphRuns.contains { $0.text.contains(text) } }
            }
            let before = try #require(pages(of: "avant la figure").last)
            let figure = try #require(pages(of: "Commerce").first)
            let after = try #require(pages(of: "Suite du texte").first)
            let heading = try #require(pages(of: "Partie suivante").first)
            #expect(heading >= figure, "fill \(fill): the figure floated past the next heading")
            guard figure > before else { continue }
            // The figure opens the next page; the text after it fills the page it left,
            // or, when not even a line of it fits there, follows the figure.
            let page = document.pages[figure]
            let top = page.frame.glyphRuns.filter { $0.origin.y > page.textBlock.y }.min { $0.origin.y < $1.origin.y }
            #expect(top?.text.contains("Figure") == true, "fill \(fill): the figure does not open its page")
            #expect(after == before || after == figure, "fill \(fill): the text after the figure is on page \(after)")
            if after == before { flowed += 1 }
        }
        #expect(flowed > 0, "the text never flowed past a figure")
    }

    @Test("In a parallel edition too, the text after a figure that moves on fills the page it leaves")
    func parallelTextFlowsPastFigure() throws {
        var flowed = 0
        for fill in stride(from: 20, through: 50, by: 3) {
            let yaml = Self.yaml(fill: fill).replacingOccurrences(of: "languages: [fr]", with: "languages: [fr, en]")
            let document = try LayoutFixtures.parallel(yaml, languages: ("fr", "en"))
            func pages(of text: String) -> [Int] {
                document.pages.indices.filter { document.pages[$0].frame.glyphRuns.contains { $0.text.contains(text) } }
            }
            let before = try #require(pages(of: "avant la figure").last)
            let figure = try #require(pages(of: "Commerce").first)
            let after = try #require(pages(of: "Suite du texte").first)
            if figure > before && after == before { flowed += 1 }
        }
        #expect(flowed > 0, "the text never flowed past a figure in a parallel edition")
    }

    @Test("A table that resumes under a figure opening the page repeats its header, a figure's margin below it")
    func tableResumesUnderFigure() throws {
        let rows = (0..<60).map { "          - [\"Ligne \($0)\", \"Texte de la ligne \($0)\"]" }
        let table = (["      - table:", "          columns: [Clé, Valeur]", "          rows:"] + rows).joined(separator: "\n")
        var checked = 0
        for fill in stride(from: 20, through: 60, by: 8) {
            let yaml = Self.yaml(fill: fill, after: table)
            let document = try LayoutFixtures.layout(yaml)
            for page in document.pages {
                guard let index = page.marks.firstIndex(where: { if case .tableRow = $0 { true } else { false } }),
                      case .tableRow(let table, let row) = page.marks[index], row > 0,
                      page.frame.glyphRuns.contains(where: { $0.text.contains("Commerce") }) else { continue }
                checked += 1
                #expect(index > 0 && page.marks[index - 1] == .tableHeader(table: table),
                        "fill \(fill): the table resumes under the figure without its header")
                let header = try #require(page.frame.glyphRuns.first { $0.text == "Clé" })
                let figureBottom = page.frame.glyphRuns.filter { $0.origin.y < header.origin.y && !$0.text.contains("Clé") }
                    .map(\.origin.y).max() ?? 0
                #expect(header.origin.y - figureBottom > 12, "fill \(fill): the header touches the figure")
            }
        }
        #expect(checked > 0, "no fill put the figure on top of a resumed table")
    }
}
