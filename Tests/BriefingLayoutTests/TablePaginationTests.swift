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
