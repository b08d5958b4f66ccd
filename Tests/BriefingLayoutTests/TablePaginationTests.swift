import BriefingFrame
import BriefingLayout
import Testing

@Suite("Tables across pages")
struct TablePaginationTests {
    static func yaml(filler: Int, remark: String) -> String {
        let text = String(repeating: "Une phrase qui remplit la page avant le tableau. ", count: filler)
        let english = String(repeating: "A sentence that fills the page before the table. ", count: filler)
        return """
            briefing: 1
            id: split
            languages: [fr, en]
            title: Tableau
            date: 2025-12-02
            sections:
              - title: Projets
                body:
                  - page-break: true
                  - {fr: "\(text)Clôture.", en: "\(english)Closing."}
                  - table:
                      columns: [{fr: Projet, en: Project}, {fr: Montant, en: Amount}, {fr: Remarques, en: Remarks}]
                      rows:
                        - [Alpha, "420", {fr: "\(remark)", en: "\(remark)"}]
                        - [Beta, "85", {fr: "\(remark)", en: "\(remark)"}]
                        - [Gamma, "38", {fr: "\(remark)", en: "\(remark)"}]
            """
    }

    /// The pages holding each row of table 1.
    static func rowPages(_ document: LaidOutDocument) -> [Int: Int] {
        var pages: [Int: Int] = [:]
        for (index, page) in document.pages.enumerated() {
            for case .tableRow(1, let row) in page.marks { pages[row] = index }
        }
        return pages
    }

    @Test("Paired tables of tall rows split between rows, with their header, rather than leave half a page empty")
    func tallRowsSplit() throws {
        let remark = String(repeating: "Une remarque détaillée sur l’avancement du projet. ", count: 5)
        var split = 0
        for filler in stride(from: 10, through: 60, by: 5) {
            let document = try LayoutFixtures.parallel(Self.yaml(filler: filler, remark: remark), languages: ("fr", "en"))
            let rows = Self.rowPages(document)
            let start = try #require(rows[0])
            let closing = try #require(document.pages.firstIndex { $0.frame.glyphRuns.contains { $0.text.contains("Clôture") } })
            if start > closing {
                // The table moved on: the page it left must have been more than half full.
                let page = document.pages[closing]
                let bottom = page.frame.glyphRuns.filter { $0.origin.y < page.textBlock.maxY }.map(\.origin.y).max() ?? 0
                #expect(bottom - page.textBlock.y > page.textBlock.height / 2,
                        "filler \(filler): the table left page \(closing + 1) half empty")
            }
            if Set(rows.values).count > 1 { split += 1 }
            for page in document.pages {
                guard let first = page.marks.firstIndex(where: { if case .tableRow = $0 { true } else { false } }),
                      case .tableRow(_, let row) = page.marks[first], row > 0 else { continue }
                #expect(first > 0 && page.marks[first - 1] == .tableHeader(table: 1),
                        "filler \(filler): page \(page.label) continues the table without its header")
            }
        }
        #expect(split > 0, "no table of tall rows was split")
    }

    @Test("A table of three one-line rows never splits")
    func shortRowsStayTogether() throws {
        for filler in stride(from: 30, through: 80, by: 2) {
            let document = try LayoutFixtures.layout(Self.yaml(filler: filler, remark: "En cours."))
            #expect(Set(Self.rowPages(document).values).count == 1, "filler \(filler): a three-row table is split")
        }
    }
}

@Suite("Rows taller than a page")
struct TallRowTests {
    /// A cell of 1,500 words: a row no page can hold.
    @Test("A row taller than a page flows on over the next pages, every word printed inside the text block")
    func tallRowFlows() throws {
        // Words without digits: a number would be glued to the word after it.
        func word(_ index: Int) -> String {
            "w" + String(String(index, radix: 26).map { Character(Unicode.Scalar(($0.wholeNumberValue ?? Int($0.asciiValue! - 87)) + 97)!) })
        }
        let words = (0..<1500).map(word).joined(separator: " ")
        let yaml = """
            briefing: 1
            id: tall
            languages: [en]
            title: Tall
            date: 2025-01-02
            sections:
              - title: Tall
                body:
                  - table:
                      columns: [A, B]
                      rows:
                        - [short, "\(words)"]
                        - [last, row]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        #expect(document.pages.count >= 2)
        let runs = document.pages.flatMap { page in page.frame.glyphRuns.map { (run: $0, page: page) } }
        let printed = Set(runs.flatMap { $0.run.text.split(whereSeparator: \.isWhitespace).map(String.init) })
        for index in [0, 700, 1499] { #expect(printed.contains(word(index)), "\(word(index)) is lost") }
        for (run, page) in runs where run.text.hasPrefix("w") {
            #expect(run.origin.y <= page.textBlock.maxY + 0.01, "a line below the text block: \(run.text.prefix(20))")
        }
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
    }

    @Test("A page break first in a section takes the section's heading with it")
    func breakMovesHeading() throws {
        let yaml = """
            briefing: 1
            id: pb
            languages: [en]
            title: Breaks
            date: 2025-01-02
            sections:
              - title: Moved
                body:
                  - page-break: true
                  - First paragraph.
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let page = try #require(document.pages.firstIndex { $0.frame.glyphRuns.contains { $0.text.contains("First paragraph") } })
        #expect(document.pages[page].frame.glyphRuns.contains { $0.text == "Moved" }, "the heading stayed behind")
        #expect(page > 0)
    }
}
