import BriefingFrame
import BriefingLayout
import Foundation
import BriefingModel
import BriefingStyle
import BriefingText
import Testing
import TestSupport

/// Layout rules that depend on the script: right-to-left pages, constant line pitch,
/// parallel editions.
@Suite("Scripts on the page")
struct ScriptLayoutTests {
    static func summary(_ language: String, _ paragraph: String, tableRow: [String] = ["Alpha", "Beta"]) -> String {
        """
        briefing: 1
        id: scripts
        languages: [\(language)]
        title: "\(paragraph.prefix(12))"
        date: 2025-12-02
        sections:
          - title: "\(paragraph.prefix(8))"
            body:
              - "\(paragraph)"
              - table:
                  columns: [Un, Deux]
                  rows: [["\(tableRow[0])", "\(tableRow[1])"]]
        """
    }

    static let arabic = String(repeating: "اتفق الجانبان على برنامج عمل للفترة 2026–2028 يشمل التراث والمتاحف والتعليم العالي. ", count: 6)

    @Test("A right-to-left page ends its lines flush at the right edge of the text block")
    func rightToLeftAlignment() throws {
        let document = try LayoutFixtures.layout(Self.summary("ar", Self.arabic), language: "ar")
        let page = try #require(document.pages.first)
        let block = page.textBlock
        // Group runs into lines by baseline; every body line ends at the right edge.
        let body = page.frame.glyphRuns.filter { $0.origin.y > block.y && $0.origin.y < block.maxY }
        let lines = Dictionary(grouping: body) { ($0.origin.y * 100).rounded() }
        var flush = 0
        for runs in lines.values {
            let right = runs.map { $0.origin.x + $0.width }.max() ?? 0
            if abs(right - block.maxX) < 0.5 { flush += 1 }
            #expect(right <= block.maxX + 0.01)
        }
        #expect(flush >= 5, "only \(flush) lines end at the right margin")
    }

    @Test("A right-to-left table puts its first column on the right")
    func rightToLeftTable() throws {
        let document = try LayoutFixtures.layout(Self.summary("ar", "نص قصير.", tableRow: ["الأول", "الثاني"]), language: "ar")
        let runs = try #require(document.pages.first).frame.glyphRuns
        let first = try #require(runs.first { $0.text == "الأول" })
        let second = try #require(runs.first { $0.text == "الثاني" })
        #expect(first.origin.x > second.origin.x)
    }

    @Test("Lines are evenly spaced whatever the script", arguments: [
        ("lo", "ສອງຝ່າຍໄດ້ຕີລາຄາສູງຜົນສໍາເລັດຂອງການຮ່ວມມືທາງດ້ານເສດຖະກິດການຄ້າແລະການລົງທຶນລະຫວ່າງສອງປະເທດ ", 8),
        ("th", "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าชายแดนและการลงทุนระหว่างสองประเทศ ", 8),
        ("my", "နှစ်နိုင်ငံ ကုန်သွယ်ရေးနှင့် ရင်းနှီးမြှုပ်နှံမှု ပူးပေါင်းဆောင်ရွက်မှုကို တိုးချဲ့ရန် သဘောတူညီခဲ့ကြသည်။ ", 8),
        ("ja", "双方は、主要案件の進捗を確認し、今後の協力の方向性について意見交換を行った。", 10),
        ("vi", "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư giữa hai nước. ", 8),
    ])
    func constantPitch(language: String, sentence: String, repeats: Int) throws {
        let text = String(repeating: sentence, count: repeats)
        let document = try LayoutFixtures.layout(Self.summary(language, text), language: language)
        let page = try #require(document.pages.first)
        // Burmese documents are set with more leading throughout (its marks need it).
        let style = try LayoutFixtures.style().withLeading(scaledBy: Script.of(language: language).leadingScale)
        // Body baselines: lines of the first paragraph, which is the only long one.
        let baselines = Set(page.frame.glyphRuns.filter { $0.font.size == style.role(.body).size }.map {
            ($0.origin.y * 1000).rounded() / 1000
        }).sorted()
        #expect(baselines.count >= 3)
        let gaps = zip(baselines.dropFirst(), baselines).map { $0 - $1 }
        let pitch = style.role(.body).leading
        let lineGaps = gaps.filter { $0 < pitch * 1.5 }
        #expect(lineGaps.count >= 2)
        for gap in lineGaps {
            #expect(abs(gap - pitch) < 0.01, "\(language): a line gap of \(gap) instead of \(pitch)")
        }
    }

    @Test("A parallel edition starts each pair of blocks at the same height")
    func parallelPairs() throws {
        let yaml = """
            briefing: 1
            id: pair
            languages: [fr, ar]
            title: {fr: Titre, ar: عنوان}
            date: 2025-12-02
            sections:
              - title: {fr: Premier, ar: الأول}
                body:
                  - {fr: "\(String(repeating: "Un paragraphe français assez long pour tenir plusieurs lignes. ", count: 5))", ar: "فقرة قصيرة."}
                  - {fr: "Court.", ar: "\(String(repeating: "فقرة عربية طويلة بما يكفي لتشغل عدة أسطر في العمود. ", count: 6))"}
              - title: {fr: Second, ar: الثاني}
                body: [{fr: Fin., ar: نهاية.}]
            """
        // Whichever comes first, Arabic takes the right column: an Arabic-first edition
        // opens on it, and a French-first one reads left to right.
        for languages in [("fr", "ar"), ("ar", "fr")] {
            let document = try LayoutFixtures.parallel(yaml, languages: languages)
            let runs = document.pages.flatMap(\.frame.glyphRuns)
            for (french, arabic) in [("Premier", "الأول"), ("Second", "الثاني"), ("Court.", "فقرة عربية")] {
                let left = try #require(runs.first { $0.text.contains(french) }, "\(french)")
                let right = try #require(runs.first { $0.text.contains(arabic) }, "\(arabic)")
                // Line boxes start together; baselines sit where each script's metrics put
                // them in the box, a few points apart at most, never a line apart.
                #expect(abs(left.origin.y - right.origin.y) < 4, "\(french) and \(arabic) start at different heights")
                #expect(left.origin.x < right.origin.x, "\(languages)")
            }
            // The outline is in the edition's first language, wherever its column stands.
            let first = try #require(document.outline.first?.title, "no outline")
            #expect(first.contains(languages.0 == "ar" ? "الأول" : "Premier"), "\(languages): \(first)")
        }
    }
}

@Suite("Digits")
struct DigitsTests {
    @Test("Western digits by default; the script's own when the style asks")
    func nativeDigits() throws {
        let yaml = """
            briefing: 1
            id: digits
            languages: [ar]
            title: عنوان
            date: 2025-12-02
            classification: تداول محدود
            sections:
              - title: الأول
                body: [نص.]
            """
        let western = try LayoutFixtures.layout(yaml, language: "ar")
        let westernText = western.pages[0].frame.glyphRuns.map(\.text).joined()
        #expect(westernText.contains("2025"))

        let result = StyleLoader.load(string: "extends: formal\ndigits: native\n", file: "native.yaml",
                                      stylesDirectory: Repository.styles)
        let style = try #require(result.style, "\(result.diagnostics)")
        let loaded = SummaryLoader.load(string: yaml, file: "summary.yaml")
        let briefing = try #require(loaded.briefing)
        let native = DocumentLayout.layout(briefing, style: style, language: "ar",
                                           text: TextEngine(fonts: try Repository.fontSystem()))
        let nativeText = native.pages[0].frame.glyphRuns.map(\.text).joined()
        #expect(nativeText.contains("٢٠٢٥"))
        #expect(!nativeText.contains("2025"))
    }

    @Test("Persian's own digits are the extended Arabic-Indic ones, not Arabic's")
    func persianDigits() throws {
        #expect(Script.nativeDigits("2025/456", language: "fa") == "۲۰۲۵/۴۵۶")
        #expect(Script.nativeDigits("2025/456", language: "ar") == "٢٠٢٥/٤٥٦")
        #expect(Script.nativeDigits("2025", language: "fa-IR") == "۲۰۲۵")
        let yaml = """
            briefing: 1
            id: digits
            languages: [fa]
            title: گزارش
            date: 2025-12-02
            sections:
              - title: نخست
                body: [متن.]
            """
        let result = StyleLoader.load(string: "extends: formal\ndigits: native\n", file: "native.yaml",
                                      stylesDirectory: Repository.styles)
        let style = try #require(result.style, "\(result.diagnostics)")
        let briefing = try #require(SummaryLoader.load(string: yaml, file: "summary.yaml").briefing)
        let native = DocumentLayout.layout(briefing, style: style, language: "fa",
                                           text: TextEngine(fonts: try Repository.fontSystem()))
        let text = native.pages.flatMap(\.frame.glyphRuns).map(\.text).joined()
        #expect(text.contains("۲۰۲۵"), "\(text)")
        #expect(!text.contains("٢") && !text.contains("2025"), "\(text)")
        // The page number in the footer, too.
        #expect(text.contains("صفحه") && text.contains("۱"), "\(text)")
    }
}

@Suite("Parallel boxes")
struct ParallelBoxTests {
    @Test("Both columns of a parallel edition draw their key-points box and callouts")
    func boxesInBothColumns() throws {
        let yaml = """
            briefing: 1
            id: boxes
            languages: [fr, en]
            title: {fr: Titre, en: Title}
            date: 2025-12-02
            summary:
              - fr: Un premier point clé dont le texte français est bien plus long que l’anglais, au point de \
                  courir sur trois ou quatre lignes de la colonne, quand l’anglais tient sur une seule.
                en: A short one.
              - {fr: Un deuxième point., en: A second point.}
              - {fr: Un troisième point., en: A third point.}
            sections:
              - title: {fr: Un, en: One}
                body:
                  - {callout: {fr: Une remarque., en: A note.}, kind: note}
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("fr", "en"))
        let style = try LayoutFixtures.style()
        let boxes = document.pages[0].frame.items.compactMap { item -> (minX: Double, minY: Double, maxY: Double)? in
            guard case .path(let elements, let paint) = item, paint.fill == style.colors.boxFill else { return nil }
            let points = elements.flatMap { element -> [Point] in
                switch element {
                case .move(let point), .line(let point): [point]
                case .cubic(let a, let b, let c): [a, b, c]
                case .close: []
                }
            }
            return (points.map(\.x).min() ?? 0, points.map(\.y).min() ?? 0, points.map(\.y).max() ?? 0)
        }
        let fills = boxes.map(\.minX)
        // The English key points, beside a much longer French first point, are all in their box.
        let englishBox = try #require(boxes.filter { $0.minX > style.page.width / 2 }.min { $0.minY < $1.minY })
        for point in ["A short one.", "A second point.", "A third point."] {
            let run = try #require(document.pages[0].frame.glyphRuns.first { $0.text.contains(point) }, "\(point)")
            #expect(run.origin.y > englishBox.minY && run.origin.y < englishBox.maxY, "'\(point)' is outside its box")
        }
        // Key points and the callout, in each column: one box each, however much
        // longer one language's first key point is than the other's.
        #expect(fills.count == 4, "\(fills)")
        let middle = style.page.width / 2
        #expect(fills.filter { $0 < middle }.count == 2)
        #expect(fills.filter { $0 > middle }.count == 2)
    }
}

@Suite("Lists across pages")
struct ListPaginationTests {
    @Test("A list's first item never ends a page alone, nor its last item starts one alone")
    func listOrphans() throws {
        for filler in stride(from: 30, through: 90, by: 3) {
            let yaml = """
                briefing: 1
                id: list
                languages: [fr]
                title: Liste
                date: 2025-12-02
                sections:
                  - title: Un
                    body:
                      - "\(String(repeating: "Un texte qui occupe la page avant la liste. ", count: filler))"
                      - list: [Premier point., Deuxième point., Troisième point., Quatrième point.]
                """
            let document = try LayoutFixtures.layout(yaml)
            for (index, page) in document.pages.enumerated() {
                let texts = page.frame.glyphRuns.map(\.text).joined()
                if texts.contains("Premier point") && index + 1 < document.pages.count {
                    #expect(texts.contains("Deuxième point"), "filler \(filler): the first item ends page \(index + 1) alone")
                }
                if texts.contains("Quatrième point") {
                    #expect(texts.contains("Troisième point"), "filler \(filler): the last item starts page \(index + 1) alone")
                }
            }
        }
    }
}

@Suite("Binding margin")
struct BindingMarginTests {
    @Test("The inner (binding) margin is on the left of a left-to-right page and on the right of an Arabic one")
    func mirrored() throws {
        let yaml = """
            briefing: 1
            id: margin
            languages: [ar, en]
            title: {ar: عنوان, en: Title}
            date: 2025-12-02
            sections: [{title: {ar: الأول, en: First}, body: [{ar: نص., en: Text.}]}]
            """
        let style = try LayoutFixtures.style()
        let arabic = try LayoutFixtures.layout(yaml, language: "ar")
        let english = try LayoutFixtures.layout(yaml, language: "en")
        #expect(style.page.marginInner > style.page.marginOuter, "the formal style binds on one side")
        #expect(abs(english.pages[0].textBlock.x - style.page.marginInner) < 0.01)
        #expect(abs(arabic.pages[0].textBlock.x - style.page.marginOuter) < 0.01)
        #expect(abs(style.page.width - arabic.pages[0].textBlock.maxX - style.page.marginInner) < 0.01)
    }
}
