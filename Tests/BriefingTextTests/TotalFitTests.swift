import BriefingNative
import BriefingText
import Testing
import TestSupport

@Suite("Total-fit line breaking")
struct TotalFitTests {
    static let paragraph = """
        Les deux pays ont convenu de maintenir la coordination étroite sur les questions stratégiques liées \
        à la sécurité et au développement, tout en préparant activement les prochains Congrès nationaux de \
        leurs Partis. Ils ont également mis l’accent sur l’importance stratégique du renforcement du pilier \
        défense – sécurité – diplomatie afin de préserver la stabilité politique et l’ordre social.
        """

    /// Knuth and Plass's measure of a set of lines, computed from the outside: for each
    /// justified line, (10 + 100 r³)² with r the stretch each space needs relative to half
    /// a space, plus 50² per hyphen.
    static func demerits(_ lines: [TextLine], in paragraph: ShapedParagraph, width: Double) -> Double {
        lines.dropLast().reduce(0) { total, line in
            let spaces = Double(paragraph.stretchableSpaces(from: line.range.lowerBound, to: line.range.upperBound))
            let ratio = spaces > 0 ? (width - line.naturalWidth) / (spaces * paragraph.spaceWidth * 0.5) : 4
            let badness = 100 * ratio * ratio * ratio
            return total + (10 + badness) * (10 + badness) + (line.endsWithHyphen ? 2500 : 0)
        }
    }

    @Test("Evens out spacing compared with first-fit, never overflowing", arguments: [180.0, 220, 260, 320])
    func evenerThanFirstFit(width: Double) throws {
        let fonts = try Repository.fontSystem()
        let firstFit = TextEngine(fonts: fonts, lineBreaker: FirstFitLineBreaker())
        let totalFit = TextEngine(fonts: fonts, lineBreaker: TotalFitLineBreaker())
        var spans = TextFixtures.paragraph(Self.paragraph, language: "fr")
        spans.hyphenate = true
        let shaped = totalFit.shape(spans)
        let greedy = firstFit.lines(of: shaped, width: { _ in width }, justify: true)
        let optimal = totalFit.lines(of: shaped, width: { _ in width }, justify: true)
        for line in optimal { #expect(line.naturalWidth <= width + 0.001) }
        let best = Self.demerits(optimal, in: shaped, width: width)
        let first = Self.demerits(greedy, in: shaped, width: width)
        #expect(best <= first + 0.001, "total-fit \(best) is worse than first-fit \(first)")
        #expect(optimal.map { $0.runs.map(\.text).joined() }.joined().replacingOccurrences(of: "-", with: "")
                    .filter { !$0.isWhitespace }.count
                    == Self.paragraph.replacingOccurrences(of: "-", with: "").filter { !$0.isWhitespace && $0 != "\u{A0}" && $0 != "\u{202F}" }.count)
    }

    @Test("Ragged text fills each line as far as it goes", arguments: ["en", "ja"])
    func raggedFills(language: String) throws {
        let engine = TextEngine(fonts: try Repository.fontSystem())
        let text = language == "ja" ? "本グラフ集は、地域協力に関する架空の数値を示すものであり、実際の統計ではない。"
            : "Chart gallery: regional cooperation figures for the joint committee"
        let shaped = engine.shape(TextFixtures.paragraph(text, language: language, size: 20))
        let width = 260.0
        let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
        #expect(lines.count >= 2)
        for (line, next) in zip(lines, lines.dropFirst()) {
            // The next line's first break opportunity would not have fitted on this line.
            let following = shaped.breakpoints.first { $0.offset > next.range.lowerBound }?.offset ?? shaped.byteCount
            #expect(shaped.lineWidth(from: line.range.lowerBound, to: following, hyphen: false) > width,
                    "line '\(line.runs.map(\.text).joined())' could have taken more")
        }
    }

    @Test("A word wider than the measure still breaks, by falling back to first-fit")
    func impossibleParagraph() throws {
        let engine = TextEngine(fonts: try Repository.fontSystem(), lineBreaker: TotalFitLineBreaker())
        let shaped = engine.shape(TextFixtures.paragraph("Un mot interminable: Hanoï–Vientiane–Phnompenh–Bangkok", language: "fr"))
        let lines = engine.lines(of: shaped, width: { _ in 50 }, justify: true)
        for line in lines { #expect(line.naturalWidth <= 50.001) }
    }
}

@Suite("Runts in ragged text")
struct RaggedRuntTests {
    @Test("A ragged paragraph's last line is not a character or two: the line before gives it a phrase")
    func japaneseLastLine() throws {
        let engine = TextEngine(fonts: try Repository.fontSystem())
        let text = "田中誠課長からは、日本の鉄道事業者の知見を生かした協力の方向性として、次の4点が示された。"
        let shaped = engine.shape(TextFixtures.paragraph(text, language: "ja", size: 10))
        for width in stride(from: 150.0, through: 420, by: 10) {
            let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
            guard lines.count > 1, let last = lines.last else { continue }
            #expect(last.naturalWidth >= width * 0.1,
                    "at \(width): '\(last.runs.map(\.text).joined())' alone on the last line")
        }
    }
}
