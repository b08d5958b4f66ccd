import BriefingLayout
import BriefingModel
import BriefingStyle
import BriefingText
import Testing
import TestSupport

@Suite("Digits by language")
struct DigitsByLanguageTests {
    @Test("A style may give native digits to some languages only: Khmer in its own, English in Western")
    func digitsByLanguage() throws {
        let yaml = """
            briefing: 1
            id: digits
            languages: [km, en]
            title: {km: ចំណងជើង, en: Title}
            date: 2025-12-02
            sections: [{title: {km: ទីមួយ, en: First}, body: [{km: អត្ថបទ។, en: Text.}]}]
            """
        let result = StyleLoader.load(string: "extends: formal\ndigits: {km: native}\n", file: "native.yaml",
                                      stylesDirectory: Repository.styles)
        let style = try #require(result.style, "\(result.diagnostics)")
        #expect(style.digits(for: "km") == .native && style.digits(for: "km-KH") == .native)
        #expect(style.digits(for: "en") == .western)
        let briefing = try #require(SummaryLoader.load(string: yaml, file: "summary.yaml").briefing)
        let engine = TextEngine(fonts: try Repository.fontSystem())
        let khmer = DocumentLayout.layout(briefing, style: style, language: "km", text: engine)
            .pages[0].frame.glyphRuns.map(\.text).joined()
        let english = DocumentLayout.layout(briefing, style: style, language: "en", text: engine)
            .pages[0].frame.glyphRuns.map(\.text).joined()
        #expect(khmer.contains("២០២៥") && !khmer.contains("2025"), "\(khmer)")
        #expect(english.contains("2025"))
        let bad = StyleLoader.load(string: "extends: formal\ndigits: {km: nativ}\n", file: "bad.yaml",
                                   stylesDirectory: Repository.styles)
        #expect(bad.diagnostics.contains { $0.location.line == 2 }, "\(bad.diagnostics)")
    }
}

@Suite("Calendars by language")
struct CalendarByLanguageTests {
    @Test("A style may print some languages' dates in another calendar: Thai in the Buddhist era")
    func buddhistThai() throws {
        let result = StyleLoader.load(string: "extends: formal\ncalendar: {th: buddhist}\n", file: "be.yaml",
                                      stylesDirectory: Repository.styles)
        let style = try #require(result.style, "\(result.diagnostics)")
        #expect(style.calendar(for: "th") == .buddhist && style.calendar(for: "en") == .gregorian)
        let day = try #require(Day("2024-11-14"))
        #expect(LocalFormat(language: "th", calendar: style.calendar(for: "th")).date(day) == "14 พฤศจิกายน 2567")
        #expect(LocalFormat(language: "en", calendar: style.calendar(for: "en")).date(day) == "November 14, 2024")
        let bad = StyleLoader.load(string: "extends: formal\ncalendar: {th: budhist}\n", file: "bad.yaml",
                                   stylesDirectory: Repository.styles)
        #expect(bad.diagnostics.contains { $0.location.line == 2 }, "\(bad.diagnostics)")
    }
}
