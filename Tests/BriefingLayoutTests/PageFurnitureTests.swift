import BriefingFrame
import BriefingLayout
import Testing

@Suite("Page furniture")
struct PageFurnitureTests {
    static let draft = """
        briefing: 1
        id: draft
        languages: [fr, en]
        title: {fr: Projet de compte rendu, en: Draft minutes}
        date: 2025-12-02
        status: draft
        classification: {fr: Diffusion restreinte, en: Restricted}
        sections:
          - title: {fr: Un, en: One}
            body: [{fr: Texte., en: Text.}]
        """

    @Test("A draft carries the localized watermark, rotated, on every page")
    func watermark() throws {
        for (language, word) in [("fr", "PROJET"), ("en", "DRAFT")] {
            let document = try LayoutFixtures.layout(Self.draft, language: language)
            for page in document.pages {
                let marks = page.frame.items.compactMap { item -> String? in
                    guard case .group(let frame, _, let rotate, _) = item, rotate != 0 else { return nil }
                    return frame.glyphRuns.map(\.text).joined()
                }
                #expect(marks == [word])
            }
        }
    }

    @Test("A parallel draft carries each language's watermark over its own half of the page")
    func parallelWatermark() throws {
        let document = try LayoutFixtures.parallel(Self.draft, languages: ("fr", "en"))
        for page in document.pages {
            let marks = page.frame.items.compactMap { item -> (String, Double)? in
                guard case .group(let frame, let translate, let rotate, _) = item, rotate != 0 else { return nil }
                return (frame.glyphRuns.map(\.text).joined(), translate.x)
            }
            #expect(marks.map(\.0) == ["PROJET", "DRAFT"])
            #expect(marks.count == 2 && marks[0].1 < page.frame.width / 2 && marks[1].1 > page.frame.width / 2)
        }
    }

    @Test("The classification is printed at the top and bottom of every page")
    func classification() throws {
        let document = try LayoutFixtures.layout(Self.draft, language: "en")
        for page in document.pages {
            let runs = page.frame.glyphRuns.filter { $0.text == "RESTRICTED" }
            #expect(runs.count == 2)
            let top = try #require(runs.map(\.origin.y).min())
            let bottom = try #require(runs.map(\.origin.y).max())
            #expect(top < page.textBlock.y && bottom > page.textBlock.maxY)
        }
    }
}

@Suite("Faces of roles")
struct RoleFaceTests {
    @Test("Quotations are set in italic and headings in bold, in every bundled style", arguments: ["formal", "modern"])
    func italicAndBold(style: String) throws {
        let yaml = """
            briefing: 1
            id: faces
            languages: [fr]
            title: Titre
            date: 2025-12-02
            sections:
              - title: Chapitre
                body:
                  - {quote: "Une citation rapportée.", by: Quelqu’un}
            """
        let document = try LayoutFixtures.layout(yaml, style: style)
        let runs = document.pages.flatMap(\.frame.glyphRuns)
        let quote = try #require(runs.first { $0.text.contains("citation") })
        #expect(quote.font.isItalic, "\(style): the quotation is set in \(quote.font)")
        let heading = try #require(runs.first { $0.text.contains("Chapitre") })
        #expect(heading.font.isBold, "\(style): the heading is set in \(heading.font)")
    }
}

@Suite("Balanced titles")
struct BalancedTitleTests {
    @Test("A title's lines share it evenly, and a Japanese title breaks between phrases",
          arguments: [("fr", "Vietnam – Laos : renforcement de la coopération entre les deux Partis", "Partis"),
                      ("ja", "日越インフラ協力合同委員会（第5回）結果概要", "（第5回）結果概要")])
    func balanced(language: String, title: String, lastLine: String) throws {
        let yaml = """
            briefing: 1
            id: title
            languages: [\(language)]
            title: "\(title)"
            date: 2025-12-02
            sections:
              - title: A
            """
        let document = try LayoutFixtures.layout(yaml, language: language)
        let style = try LayoutFixtures.style()
        let runs = document.pages[0].frame.glyphRuns.filter { $0.font.size == style.role(.title).size }
        let lines = Dictionary(grouping: runs) { ($0.origin.y * 100).rounded() }.sorted { $0.key < $1.key }
            .map { $0.value.sorted { $0.origin.x < $1.origin.x } }
        #expect(lines.count == 2)
        let widths = lines.map { line in line.map(\.width).reduce(0, +) }
        #expect((widths.min() ?? 0) > (widths.max() ?? 0) * 0.5, "unbalanced: \(widths)")
        #expect(lines.last?.map(\.text).joined().hasSuffix(lastLine) == true)
        if language == "ja" {
            #expect(lines.last?.map(\.text).joined() == lastLine)
        }
    }

    @Test("A Japanese title too long for a parallel column breaks where Japanese may, never inside a word")
    func narrowJapaneseTitle() throws {
        let title = "日越港湾協力：ラックフェン国際港の第二期整備と物流デジタル化"
        let yaml = """
            briefing: 1
            id: title
            languages: [ja, vi]
            title: {ja: "\(title)", vi: "Hợp tác cảng biển Nhật – Việt"}
            date: 2025-12-02
            sections:
              - title: A
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("ja", "vi"))
        let cuts = document.diagnostics.filter { $0.message.contains("does not fit") }
        #expect(cuts.isEmpty, "\(cuts)")
        let size = try LayoutFixtures.style().role(.title).size
        let runs = document.pages[0].frame.glyphRuns.filter { $0.font.size == size && title.contains($0.text) }
        let lines = Dictionary(grouping: runs) { ($0.origin.y * 100).rounded() }.values
            .map { $0.sorted { $0.origin.x < $1.origin.x }.map(\.text).joined() }
        #expect(lines.count > 1)
        for line in lines where !title.hasPrefix(line) {
            #expect(!"ぁぃぅぇぉっゃゅょァィゥェォッャュョー）".contains(line.first ?? " "), "a title line starts \(line)")
        }
    }
}
