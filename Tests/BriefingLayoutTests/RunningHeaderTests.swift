import BriefingFrame
import BriefingLayout
import Testing

@Suite("Running header")
struct RunningHeaderTests {
    /// Long titles, each with an English counterpart, so that the running header of a
    /// parallel edition's column must shorten them.
    static let titles: [(language: String, title: String)] = [
        ("ja", "日越港湾協力：ラックフェン国際港の第二期整備と物流デジタル化"),
        ("zh", "中韩绿色氢能合作：示范项目与标准互认"),
        ("th", "การประชุมคณะกรรมาธิการร่วมกัมพูชา–ไทย ว่าด้วยการบริหารจัดการทรัพยากรน้ำข้ามพรมแดน"),
        ("km", "កិច្ចប្រជុំគណៈកម្មការចម្រុះកម្ពុជា–ថៃ ស្តីពីការគ្រប់គ្រងធនធានទឹកឆ្លងដែន"),
        ("ar", "الأردن وفرنسا: الأمن المائي وتحلية مياه البحر في إطار اللجنة الفنية المشتركة"),
        ("vi", "Hợp tác cảng biển Nhật – Việt: giai đoạn hai cảng quốc tế Lạch Huyện và số hoá logistics"),
    ]

    /// The header's end slot, what the title's slot leaves room beside.
    static let reference = "NEA-MOTIE/2025/04"

    static func yaml(_ language: String, title: String) -> String {
        """
        briefing: 1
        id: header
        languages: [\(language), en]
        title: {\(language): "\(title)", en: "A long English title that the running header of a column cannot hold whole"}
        subtitle: {\(language): "\(title)", en: "Subtitle"}
        reference: "\(reference)"
        date: 2025-12-02
        sections:
          - title: {\(language): "\(title)", en: One}
            body:
              - {\(language): "\(title)", en: Text.}
              - page-break: true
              - {\(language): "\(title)", en: More text.}
        """
    }

    /// The start slot of page 2's running header in the left column: text in the running
    /// role's size, above the text block.
    /// The first language's column is on the right when it reads right to left.
    static func header(of document: LaidOutDocument, rightToLeft: Bool = false) throws -> String {
        let page = try #require(document.pages.dropFirst().first)
        let middle = page.textBlock.x + page.textBlock.width / 2
        let runs = page.frame.glyphRuns.filter { run in
            run.font.size == 8 && !run.font.isBold && run.origin.y < page.textBlock.y
                && (run.origin.x < middle) != rightToLeft && !reference.contains(run.text)
        }
        return runs.sorted { $0.origin.x < $1.origin.x }.map(\.text).joined()
    }

    @Test("Shortening a running header never warns; a long title and subtitle wrap on the cover without warning",
          arguments: titles)
    func shortenedQuietly(language: String, title: String) throws {
        let document = try LayoutFixtures.parallel(Self.yaml(language, title: title), languages: (language, "en"))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
        let header = try Self.header(of: document, rightToLeft: ["ar", "he", "fa"].contains(language))
        // Runs are in visual order: a right-to-left header's ellipsis comes first.
        #expect(header.hasSuffix("…") || header.hasPrefix("…"), "\(language): '\(header)' is not shortened")
        let kept = header.replacingOccurrences(of: "…", with: "")
        #expect(!kept.isEmpty && title.hasPrefix(kept), "\(language): '\(header)' is not the title's beginning")
    }

    @Test("A running header is cut between words: at a dictionary word in Thai, between phrases in Japanese")
    func cutAtWords() throws {
        let thai = try LayoutFixtures.parallel(Self.yaml("th", title: Self.titles[2].title), languages: ("th", "en"))
        let kept = String(try Self.header(of: thai).dropLast())
        let rest = Self.titles[2].title.dropFirst(kept.count)
        let words = ["คณะ", "กรรมาธิการ", "ร่วม", "กัมพูชา", "ไทย", " ", "ว่า", "ด้วย", "การ", "บริหาร", "จัดการ", "ทรัพยากร",
                     "น้ำ", "ข้าม", "พรมแดน"]
        #expect(words.contains { rest.hasPrefix($0) }, "'\(kept)…' cuts a Thai word")
        #expect(!kept.hasSuffix("กัม"))

        let japanese = try LayoutFixtures.parallel(Self.yaml("ja", title: Self.titles[0].title), languages: ("ja", "en"))
        let header = try Self.header(of: japanese)
        let phrases = ["日越港湾協力", "：ラックフェン", "国際港の", "第二期整備と", "物流"]
        let cuts = phrases.indices.map { phrases[...$0].joined() + "…" }
        #expect(cuts.contains(header), "'\(header)' is not cut between phrases")
    }

    @Test("Text wider than its column elsewhere still warns in a parallel edition")
    func realOverflowWarns() throws {
        let yaml = """
            briefing: 1
            id: overflow
            languages: [en, fr]
            title: Overflow
            date: 2025-12-02
            sections:
              - title: One
                body:
                  - {en: "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopic.", fr: Court.}
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("en", "fr"))
        #expect(document.diagnostics.contains { $0.message.hasPrefix("text does not fit") && $0.location.line == 9 })
    }
}
