import BriefingLayout
import Testing

@Suite("Text that does not fit")
struct FitWarningTests {
    @Test("A word wider than its column is cut with a warning at its line; ordinary text is not")
    func cutWordWarns() throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [en]
            title: Fit
            date: 2025-12-02
            sections:
              - title: One
                body:
                  - "An ordinary sentence that wraps normally across the measure of the page without any trouble at all, however long it runs."
                  - "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis is long."
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let cuts = document.diagnostics.filter { $0.message.hasPrefix("text does not fit") }
        #expect(cuts.count == 1, "\(document.diagnostics)")
        #expect(cuts.first?.location.line == 10)
        #expect(cuts.first?.message.contains("Pneumonoultramicroscopic") == true)
    }

    @Test("A title is balanced without cutting a word that fits, in both styles; a title too wide warns at its own line",
          arguments: ["formal", "modern"])
    func balancedTitleKeepsWords(style: String) throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [de, en]
            date: 2025-12-02
            title:
              de: "Wasserstoffpartnerschaften und Netzausbau"
              en: "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis"
            sections: [{title: Eins, body: [Text.]}]
            """
        let german = try LayoutFixtures.layout(yaml, language: "de", style: style)
        #expect(german.diagnostics.isEmpty, "\(german.diagnostics)")
        let words = german.pages[0].frame.glyphRuns.map(\.text)
        #expect(words.contains { $0.contains("Wasserstoffpartnerschaften") }, "\(words)")
        let english = try LayoutFixtures.layout(yaml, language: "en", style: style)
        let cuts = english.diagnostics.filter { $0.message.hasPrefix("text does not fit") }
        #expect(cuts.map(\.location.line) == [7], "\(english.diagnostics)")
    }
}


@Suite("Words wider than the measure")
struct OverlongWordTests {
    @Test("In a parallel column both titles are made smaller, alike, until the longest word fits whole")
    func overlongTitleWordsAreHyphenated() throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [de, es]
            date: 2025-10-14
            title:
              de: "Deutsch-spanische Regierungskonsultationen zur Energiewende"
              es: "Consultas intergubernamentales hispano-alemanas sobre la transición energética"
            sections: [{title: Eins, body: [Text.]}]
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("de", "es"))
        #expect(!document.diagnostics.contains { $0.message.hasPrefix("text does not fit") }, "\(document.diagnostics)")
        let runs = document.pages[0].frame.glyphRuns
        let broken = zip(runs, runs.dropFirst()).filter { ["-", "\u{2010}"].contains($0.1.text) }.map(\.0.text)
        #expect(runs.contains { $0.text.contains("Regierungskonsultationen") }, "the longest word is cut: \(broken)")
        let german = try #require(runs.first { $0.text.contains("Regierungskonsultationen") })
        let spanish = try #require(runs.first { $0.text.contains("intergubernamentales") })
        #expect(abs(german.font.size - spanish.font.size) < 0.01, "the two titles differ in size")
        #expect(german.font.size < 22, "the title is not made smaller")
        #expect(runs.contains { $0.text.contains("Energiewende") }, "a word that fits was hyphenated: \(broken)")
        #expect(runs.contains { $0.text.contains("transición") })
    }
}

@Suite("Cover facts and markings that do not fit")
struct CoverFitTests {
    @Test("A reference too long for the cover is reported at its own line; a classification made smaller to fit, or reported")
    func locatedWarnings() throws {
        let yaml = """
            briefing: 1
            id: fit
            languages: [en]
            title: Fit
            date: 2025-01-02
            reference: "REF/\(String(repeating: "X", count: 120))"
            classification: "\(String(repeating: "Restricted distribution, ", count: 12))end"
            sections: [{title: A, body: [Text.]}]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let messages = document.diagnostics.map { "\($0.location.line): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("6: text does not fit") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("7: text does not fit: the classification") }, "\(messages)")
        // A marking that fits once made smaller is printed whole, without a warning.
        let shorter = yaml.replacingOccurrences(of: String(repeating: "Restricted distribution, ", count: 12),
                                                with: String(repeating: "Restricted distribution, ", count: 3))
        let whole = try LayoutFixtures.layout(shorter, language: "en")
        #expect(!whole.diagnostics.contains { $0.message.contains("classification") }, "\(whole.diagnostics.map(\.message))")
        let marks = whole.pages[0].frame.glyphRuns.map { $0.text.lowercased() }
            .filter { $0.hasPrefix("restricted") && $0.hasSuffix("end") }
        #expect(!marks.isEmpty, "the marking is not printed whole")
    }
}

@Suite("Dashes in titles")
struct TitleDashTests {
    @Test("A spaced dash in a title ends a line, never starts one")
    func dashEndsLine() throws {
        for words in 0..<8 {
            let padding = Array(repeating: "Coopération", count: words).joined(separator: " ")
            let yaml = """
                briefing: 1
                id: dash
                languages: [fr]
                title: "\(padding) Japon – Viêt Nam : infrastructures et transports urbains"
                date: 2025-12-02
                sections: [{title: "\(padding) Premier – second volet de la coopération", body: [Texte.]}]
                """
            let document = try LayoutFixtures.layout(yaml)
            let runs = document.pages[0].frame.glyphRuns.map(\.text)
            #expect(!runs.contains { $0.hasPrefix("–") }, "\(runs)")
        }
    }
}
