import BriefingModel
import Foundation
import Testing
import TestSupport

/// Section 2: Text values, translations and fallbacks.
struct TextTests {
    @Test(arguments: ["2024", "yes", "on", "1e12", "10:30", "true", "0x1F", ".inf"])
    func scalarTextIsTakenAsWritten(_ written: String) throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle: \(written)\n")))
        #expect(briefing.subtitle?.resolve("fr").value == written)
        #expect(briefing.subtitle?.isUniform == true)
    }

    @Test func scalarTextIsTheSameInEveryLanguage() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle: Bilan\n")))
        let resolved = try #require(briefing.subtitle?.resolve("en"))
        #expect(resolved == Text.Resolved(value: "Bilan", location: SourceLocation(file: "summary.yaml", line: 8, column: 11),
                                          language: "en", isFallback: false))
    }

    @Test func translationKeepsItsOwnLocation() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle:\n  fr: Bilan\n  en: Review\n")))
        #expect(briefing.subtitle?.resolve("en").location == SourceLocation(file: "summary.yaml", line: 10, column: 7))
        #expect(briefing.subtitle?.resolve("en").isFallback == false)
    }

    @Test func missingTranslationIsNotALoadErrorButFallsBack() throws {
        let result = try fixture(Fixtures.summary("subtitle: {fr: Bilan}\n"))
        let briefing = try expectClean(result)
        let resolved = try #require(briefing.subtitle?.resolve("en"))
        #expect(resolved.value == "Bilan" && resolved.isFallback && resolved.language == "fr")
    }

    @Test func fallbackSkipsLanguagesTheTextLacks() throws {
        let source = Fixtures.summary("subtitle: {lo: ສະຫຼຸບ, en: Review}\n")
            .replacingOccurrences(of: "languages: [fr, en]", with: "languages: [fr, en, lo]")
        let briefing = try expectClean(try fixture(source))
        let resolved = try #require(briefing.subtitle?.resolve("vi"))
        #expect(resolved.value == "Review" && resolved.language == "en" && resolved.isFallback)
    }

    @Test func tagsMatchWhateverTheirCase() throws {
        let source = Fixtures.summary("subtitle: {fr: Bilan, EN: Review}\n")
        let briefing = try expectClean(try fixture(source))
        #expect(briefing.subtitle?.resolve("en").value == "Review")
        #expect(briefing.subtitle?.resolve("En").isFallback == false)
    }

    @Test func tagNotInLanguagesIsAWarningAndIgnored() throws {
        let result = try fixture(Fixtures.summary("subtitle: {fr: Bilan, de: Bilanz}\n"))
        expectDiagnostic(result, .warning, line: 8, column: 23, "`de` is not one of the summary's languages (fr, en)")
        let briefing = try #require(result.briefing)
        #expect(briefing.subtitle?.resolve("de").value == "Bilan")
    }

    @Test func textOnlyInOtherLanguagesIsAnError() throws {
        let result = try fixture(Fixtures.summary("subtitle: {de: Bilanz}\n"))
        expectDiagnostic(result, .warning, line: 8, column: 12, "`de` is not one of the summary's languages")
        expectDiagnostic(result, line: 8, column: 11, "`subtitle` has no text in any of the summary's languages")
    }

    @Test func keyThatIsNotATagIsAnError() throws {
        let result = try fixture(Fixtures.summary("subtitle: {fr: Bilan, french: Bilan}\n"))
        expectDiagnostic(result, line: 8, column: 23, "`french` is not a language tag")
    }

    @Test func translationMustBeAScalar() throws {
        let result = try fixture(Fixtures.summary("subtitle: {fr: [a, b]}\n"))
        expectDiagnostic(result, line: 8, column: 16, "the `fr` text must be a string; found a list")
    }

    @Test func repeatedLanguageIsAnError() throws {
        let result = try fixture(Fixtures.summary("subtitle: {fr: A, FR: B}\n"))
        expectDiagnostic(result, line: 8, column: 19, "language `FR` appears twice (first at line 8)")
    }

    @Test func textMustNotBeAList() throws {
        let result = try fixture(Fixtures.summary("subtitle: [a, b]\n"))
        expectDiagnostic(result, line: 8, column: 11, "`subtitle` must be a text (a string, or a map from language tags")
    }

    @Test func stringsAreNormalisedToNFC() throws {
        let decomposed = "Vie\u{0302}\u{0323}t Nam" // ê + dot below, decomposed
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle: \"\(decomposed)\"\n")))
        let value = try #require(briefing.subtitle?.resolve("fr").value)
        #expect(Array(value.unicodeScalars) == Array("Việt Nam".unicodeScalars))
    }

    @Test func jsonStringsAreNormalisedToNFC() {
        let source = #"{"subtitle": "Vie\u0302\u0323t"}"#
        let result = SummaryLoader.load(string: source, file: "s.json")
        #expect(result.diagnostics.contains { $0.message.contains("needs `briefing`") })
        #expect(!result.diagnostics.contains { $0.message.contains("subtitle") })
    }

    @Test func programmaticTextsResolve() {
        let text = Text(translations: ["en": Located("Hello", at: .unknown), "fr": Located("Bonjour", at: .unknown)],
                        languages: ["fr", "en"])
        #expect(text.resolve("fr").value == "Bonjour")
        #expect(text.resolve("lo") == Text.Resolved(value: "Bonjour", location: .unknown, language: "fr", isFallback: true))
        #expect(Text("Même").resolve("en").isFallback == false)
        let rich = RichText(markup: "**A**")
        #expect(rich.resolve("en").inlines == [.strong([.text("A")])])
    }
}
