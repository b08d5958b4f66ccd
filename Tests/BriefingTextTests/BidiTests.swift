import BriefingText
import Testing

/// Numbers and code inside right-to-left lines read as they were written.
@Suite("Right-to-left lines")
struct BidiTests {
    /// The runs of a one-line paragraph, left to right on the page.
    static func runs(_ text: String, language: String, code: String? = nil) throws -> [LineRun] {
        let engine = try TextFixtures.engine()
        var paragraph = TextFixtures.paragraph(text, language: language)
        if let code {
            paragraph.spans.append(TextSpan(code, font: paragraph.spans[0].font, tag: 1, verbatim: true))
        }
        let lines = engine.lines(of: engine.shape(paragraph), width: { _ in 10_000 }, justify: false)
        return try #require(lines.first).runs.sorted { $0.x < $1.x }
    }

    @Test("A sign before a number stays on its left", arguments: [
        ("ar", "انخفض الاستهلاك بنسبة −6.1 في المائة", "−6.1"),
        ("ar", "ارتفع بنسبة +4.7 هذا العام", "+4.7"),
        ("ar", "تراجع (–3.4%) مقارنة بالعام الماضي", "–3.4"),
    ])
    func signedNumber(language: String, text: String, number: String) throws {
        let runs = try Self.runs(text, language: language)
        let sign = try #require(number.unicodeScalars.first)
        let digits = String(String.UnicodeScalarView(number.unicodeScalars.dropFirst()))
        // The sign may come from the symbols face, in a run of its own: it is drawn
        // against the digits' left edge, not on their right.
        let number = try #require(runs.first { $0.text.contains(digits) })
        if number.text.unicodeScalars.contains(sign) {
            #expect(!number.backward)
            #expect(number.text.unicodeScalars.filter { $0 != "\u{200E}" }.starts(with: number.text.unicodeScalars.filter { $0 == sign }))
        } else {
            let signRun = try #require(runs.first { $0.text.unicodeScalars.contains(sign) })
            #expect(abs(signRun.x + signRun.width - number.x) < 0.5, "\(runs.map { ($0.text, $0.x) })")
        }
    }

    @Test("Code keeps its own order inside a right-to-left line")
    func codeIsIsolated() throws {
        let code = "{\"basin\": \"WAB\", \"mcm\": 340}"
        let runs = try Self.runs("פורמט הנתונים: ", language: "he", code: code)
        let coded = runs.filter { $0.tag == 1 }
        let text = coded.map(\.text).joined().unicodeScalars.filter { !["\u{2066}", "\u{2069}"].contains($0) }
        #expect(String(String.UnicodeScalarView(text)) == code, "\(coded.map(\.text))")
        #expect(coded.allSatisfy { !$0.backward })
    }
}
