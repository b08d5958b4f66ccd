import BriefingFrame
import BriefingLayout
import BriefingText
import Testing

/// Emphasis must show in every script, italic or not.
@Suite("Emphasis")
struct EmphasisTests {
    static func runs(language: String, paragraph: String, style: String = "formal") throws -> [GlyphRunItem] {
        let yaml = """
            briefing: 1
            id: emphasis
            languages: [\(language)]
            title: "T"
            date: 2025-12-02
            sections:
              - title: "S"
                body:
                  - "\(paragraph)"
            """
        return try LayoutFixtures.layout(yaml, language: language, style: style).pages.flatMap(\.frame.glyphRuns)
    }

    @Test("Emphasis in a script without italics takes the contrasting face, upright and of the same weight",
          arguments: [
            ("th", "ที่ประชุมเห็นชอบ", "แผนงานร่วม", "formal"),
            ("lo", "ກອງປະຊຸມເຫັນດີ", "ແຜນງານຮ່ວມ", "formal"),
            ("km", "អង្គប្រជុំបានយល់ព្រម", "ផែនការរួម", "formal"),
            ("my", "အစည်းအဝေးက", "ပူးတွဲအစီအစဉ်", "formal"),
            ("ar", "وافق الاجتماع على", "خطة مشتركة", "formal"),
            ("ja", "会議は", "共同計画", "formal"),
            ("ja", "会議は", "共同計画", "modern"),
          ])
    func contrastingFace(language: String, plain: String, emphasized: String, style: String) throws {
        let size = try LayoutFixtures.style(style).role(.body).size
        let runs = try Self.runs(language: language, paragraph: "\(plain) *\(emphasized)* \(plain)", style: style)
            .filter { $0.font.size == size }
        // Japanese lines may be cut into a run per character: the first is enough.
        let plainRun = try #require(runs.first { $0.text.contains(plain.prefix(1)) })
        let emphasisRun = try #require(runs.first { $0.text.contains(emphasized.prefix(1)) })
        #expect(emphasisRun.font.family != plainRun.font.family,
                "\(language): emphasis set in \(emphasisRun.font), like the text around it")
        #expect(!emphasisRun.font.isItalic && emphasisRun.font.isBold == plainRun.font.isBold)
        // Serif text's emphasis is sans and sans text's serif, in the script's own face.
        let fonts = try LayoutFixtures.style(style).fonts
        let script = Script.of(language: language).rawValue
        let serif = try #require(fonts[.serif]?.families[script])
        let sans = try #require(fonts[.sans]?.families[script])
        #expect([serif, sans].contains(plainRun.font.family), "\(plainRun.font)")
        #expect(emphasisRun.font.family == (plainRun.font.family == serif ? sans : serif),
                "\(emphasisRun.font) beside \(plainRun.font)")
    }

    @Test("Latin inside emphasis keeps its italic, in a Latin or a Japanese paragraph")
    func latinKeepsItalic() throws {
        let japanese = try Self.runs(language: "ja", paragraph: "会議は*ODA案件の共同計画*を承認した。")
        let oda = try #require(japanese.first { $0.text.contains("ODA") })
        #expect(oda.font.isItalic, "ODA set in \(oda.font)")
        let kanji = try #require(japanese.first { $0.text.contains("案件") })
        #expect(!kanji.font.isItalic && kanji.font.family.contains("Sans"), "案件 set in \(kanji.font)")

        let english = try Self.runs(language: "en", paragraph: "The meeting *approved the joint plan* today.")
        let emphasis = try #require(english.first { $0.text.contains("approved") })
        let plain = try #require(english.first { $0.text.contains("today") })
        #expect(emphasis.font.isItalic && emphasis.font.family == plain.font.family)
    }
}
