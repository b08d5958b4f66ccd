import BriefingFrame
import BriefingLayout
import BriefingModel
import BriefingStyle
import BriefingText
import Testing
import TestSupport

@Suite("Justification without spaces between words")
struct SpacelessJustificationTests {
    static let yaml = """
        briefing: 1
        id: thai
        languages: [th]
        title: ทดสอบ
        date: 2025-12-02
        sections:
          - title: หนึ่ง
            body:
              - "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าชายแดน และการลงทุนระหว่างสองประเทศ โดยจะเปิดจุดผ่านแดนเพิ่มเติม ในปีหน้า และจะจัดการประชุมคณะทำงานร่วม เพื่อติดตามความคืบหน้า ทุกสามเดือน ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าชายแดน และการลงทุนระหว่างสองประเทศ โดยจะเปิดจุดผ่านแดนเพิ่มเติม ในปีหน้า"
        """

    /// The right edges of the body's lines but the last, in each setting.
    static func lineEnds(_ setting: SpacelessJustification) throws -> [Double] {
        let loaded = SummaryLoader.load(string: yaml, file: "summary.yaml")
        let briefing = try #require(loaded.briefing)
        var style = try LayoutFixtures.style()
        style.spacing.justifyWithoutSpaces = setting
        let document = DocumentLayout.layout(briefing, style: style, language: "th",
                                             text: TextEngine(fonts: try Repository.fontSystem()))
        let size = style.role(.body).size
        let runs = document.pages[0].frame.glyphRuns.filter { $0.font.size == size }
        let ends = Dictionary(grouping: runs, by: { ($0.origin.y * 100).rounded() }).mapValues { line in
            line.map { $0.origin.x + $0.width }.max() ?? 0
        }
        return ends.keys.sorted().dropLast().compactMap { ends[$0] }
    }

    @Test("Ragged by default; with `spaces`, lines that have spaces end flush at the margin")
    func spacesSetting() throws {
        let ragged = try Self.lineEnds(.ragged)
        let justified = try Self.lineEnds(.spaces)
        #expect(ragged.count >= 2 && justified.count >= 2)
        let margin = justified.max() ?? 0
        #expect(Set(ragged.map { ($0 * 10).rounded() }).count > 1, "ragged lines should not all end alike")
        #expect(justified.filter { abs($0 - margin) < 0.5 }.count >= justified.count - 1,
                "justified lines should end at the margin: \(justified)")
    }
}
