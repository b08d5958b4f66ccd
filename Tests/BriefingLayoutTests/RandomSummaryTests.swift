import BriefingFrame
import BriefingLayout
import Foundation
import Testing

/// Summaries nobody would write but someone might: random mixes of every block, in
/// every script, with very long words, empty strings and odd table shapes. They must
/// lay out without a trap and without a line leaving the text block.
@Suite("Random summaries")
struct RandomSummaryTests {
    static let phrases = [
        "Coopération économique", "Objectif : 5 milliards de dollars !", "«\u{A0}Citation\u{A0}»",
        "ສອງຝ່າຍໄດ້ຕີລາຄາສູງຜົນສໍາເລັດ", "ทั้งสองฝ่ายเห็นพ้อง", "ប្រទេសទាំងពីរបានព្រមព្រៀង",
        "နိုင်ငံနှစ်ခုသည်", "اتفق الجانبان على برنامج عمل 2026", "双方は、主要案件の進捗を確認した。",
        "Hai bên nhất trí tăng cường hợp tác", "Anticonstitutionnellement" + String(repeating: "x", count: 80),
        "**gras** et *italique* et `code`", "[lien](https://example.org/a/very/long/path/that/does/not/break)",
        "", "1", "— « » ; : ! ?", "Ελληνικά και русский текст",
    ]

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static func text(_ generator: inout Generator) -> String {
        (0..<(1 + generator.next(6))).map { _ in phrases[generator.next(phrases.count)] }.joined(separator: " ")
            .replacingOccurrences(of: "\"", with: "'")
    }

    static func summary(seed: UInt64) -> String {
        var generator = Generator(state: seed)
        var lines = ["briefing: 1", "id: random", "languages: [fr, ar]", "title: \"\(text(&generator))x\"",
                     "date: 2025-12-02", "summary: [\"\(text(&generator))\"]", "sections:"]
        for section in 0..<(1 + generator.next(4)) {
            lines.append("  - title: \"Section \(section) \(text(&generator))\"")
            lines.append("    body:")
            for _ in 0..<(1 + generator.next(8)) {
                switch generator.next(7) {
                case 0: lines.append("      - list: [\"\(text(&generator))\", \"\(text(&generator))\"]")
                case 1: lines.append("      - numbered: [\"\(text(&generator))\"]")
                case 2: lines.append("      - {quote: \"\(text(&generator))\", by: \"\(text(&generator))\"}")
                case 3: lines.append("      - {callout: \"\(text(&generator))\", kind: warning}")
                case 4:
                    let columns = 1 + generator.next(5)
                    lines.append("      - table:")
                    lines.append("          columns: [\((0..<columns).map { "\"C\($0)\"" }.joined(separator: ", "))]")
                    lines.append("          rows:")
                    for _ in 0..<generator.next(30) {
                        lines.append("            - [\((0..<columns).map { _ in "\"\(text(&generator))\"" }.joined(separator: ", "))]")
                    }
                case 5: lines.append("      - page-break: true")
                default: lines.append("      - \"\(text(&generator))\"")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("Lays out without overflowing the text block", arguments: 1...20)
    func survives(seed: Int) throws {
        let yaml = Self.summary(seed: UInt64(seed))
        for language in ["fr", "ar"] {
            let document = try LayoutFixtures.layout(yaml, language: language)
            #expect(!document.pages.isEmpty)
            for page in document.pages {
                let block = page.textBlock
                for run in page.frame.glyphRuns where run.origin.y > block.y && run.origin.y < block.maxY {
                    #expect(run.origin.x >= block.x - 0.01 && run.origin.x + run.width <= block.maxX + 0.01,
                            "seed \(seed) \(language): '\(run.text.prefix(30))' leaves the text block at \(run.origin.x) w \(run.width) block \(block.x)-\(block.maxX)")
                }
            }
        }
    }
}
