import Foundation
import Testing
import TestSupport

/// A summary someone else might write: every section and block of the format, a
/// draft with a classification, an image and a link.
@Suite("Every block of the format")
struct EveryBlockTests {
    static let summary = """
        briefing: 1
        id: every-block
        languages: [en, fr]
        title: {en: "Trade talks: every block", fr: "Négociations : tous les blocs"}
        subtitle: {en: A test of the whole format, fr: Un essai du format entier}
        date: 2025-03-14
        status: draft
        classification: {en: Restricted, fr: Diffusion restreinte}
        reference: TT/2025/7
        issuer: {en: Protocol office, fr: Bureau du protocole}
        author: A. Writer
        style: modern
        meeting:
          title: {en: Working session, fr: Séance de travail}
          date: 2025-03-13
          start: "10:30"
          end: "12:00"
          location: {en: Geneva, fr: Genève}
          chairs: [ana]
        delegations:
          - {id: north, name: {en: Northland, fr: Pays du Nord}, country: NO, color: "#336699"}
          - {id: south, name: {en: Southland, fr: Pays du Sud}}
        participants:
          - {id: ana, name: Ana Lima, role: {en: Chief negotiator, fr: Négociatrice en chef}, delegation: north}
          - {id: bo, name: Bo Chen, delegation: south}
          - {id: cy, name: Cy Diallo}
        summary:
          - {en: "**Agreement** on tariffs, led by [[ana]].", fr: "**Accord** sur les tarifs, mené par [[ana]]."}
        sections:
          - id: context
            title: {en: Context, fr: Contexte}
            body:
              - {en: "Read the [full report](https://example.org/report) and `code`.", fr: "Lire le [rapport complet](https://example.org/report) et `code`."}
              - list: [{en: First point, fr: Premier point}, {en: "Second *point*", fr: "Second *point*"}]
              - numbered: [{en: Step one, fr: Étape un}, {en: Step two, fr: Étape deux}]
              - {quote: {en: We agree., fr: Nous sommes d’accord.}, by: "[[bo]]"}
              - {callout: {en: A note., fr: Une remarque.}, kind: note}
              - {callout: {en: Be careful., fr: Attention.}, kind: warning}
              - {callout: {en: Decided., fr: Décidé.}, kind: decision}
              - table:
                  columns: [{en: Item, fr: Élément}, {en: Value, fr: Valeur}]
                  rows: [[Tariff, "5 %"], [Quota, "1 000 t"]]
                  caption: {en: Key figures, fr: Chiffres clés}
              - {image: flag.png, caption: {en: A flag, fr: Un drapeau}, alt: {en: Flag, fr: Drapeau}, width: 0.3}
              - {image: flag.png, caption: {en: The same flag, fr: Le même drapeau}, width: 0.2}
              - page-break: true
            sections:
              - title: {en: Details, fr: Détails}
                body: [{en: Sub-section text., fr: Texte de sous-section.}]
                sections:
                  - title: {en: Finer details, fr: Détails fins}
                    body: [{en: Third level., fr: Troisième niveau.}]
        decisions:
          - {text: {en: Cut tariffs., fr: Baisser les tarifs.}, parties: [north, south], due: 2025-06-30, status: agreed}
          - {text: {en: Review quotas., fr: Revoir les quotas.}, status: proposed}
        actions:
          - {text: {en: Draft the text., fr: Rédiger le texte.}, owner: ana, due: 2025-04-01, status: in-progress}
          - {text: {en: Publish., fr: Publier.}, owner: south, status: done}
        sources:
          - {title: {en: Session minutes, fr: Procès-verbal}, publisher: Secretariat, date: 2025-03-13, url: "https://example.org/minutes"}
        """

    @Test("It renders in both languages with every block visible and real links")
    func rendersEverything() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("every.yaml", Self.summary)
            try folder.write("flag.png", data: Fixtures.png(width: 30, height: 20))
            let output = folder.url.appendingPathComponent("out")
            let result = try Tool.briefing(["render", file.path, "--output", output.path, "--strict"])
            #expect(result.status == 0, "\(result.errors)")
            let english = try Tool.text(of: output.appendingPathComponent("every-block.en.pdf")).lowercased()
            for expected in ["Trade talks", "Geneva", "Ana Lima", "Key points", "Agreement", "full report",
                             "First point", "Step two", "We agree.", "Bo Chen", "Note", "Warning", "Decision",
                             "Key figures", "A flag", "1.1", "1.1.1", "Finer details", "Cut tariffs", "Northland",
                             "Proposed", "In progress", "Done", "Session minutes", "RESTRICTED", "TT/2025/7"] {
                let word = expected.lowercased()
                #expect(english.contains(word), "'\(expected)' is missing")
            }
            let french = try Tool.text(of: output.appendingPathComponent("every-block.fr.pdf")).lowercased()
            for expected in ["Négociations", "Genève", "Points clés", "Remarque", "14 mars 2025"] {
                let word = expected.lowercased()
                #expect(french.contains(word), "'\(expected)' is missing from the French")
            }
            for language in ["en", "fr"] {
                let check = try Tool.run("qpdf", ["--check", output.appendingPathComponent("every-block.\(language).pdf").path])
                #expect(check.status == 0, "\(language): \(check.output)")
            }
            let json = try Tool.run("qpdf", ["--json", output.appendingPathComponent("every-block.en.pdf").path]).output
            #expect(json.contains("https://example.org/report"))
            #expect(json.contains("https://example.org/minutes"))
            let images = try Tool.run("pdfimages", ["-list", output.appendingPathComponent("every-block.en.pdf").path]).output
            #expect(images.split(separator: "\n").count >= 4, "not both images in the PDF: \(images)")
        }
    }

    @Test("A character no font has is a warning at its line, an error under --strict")
    func missingGlyph() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("glyph.yaml", """
                briefing: 1
                id: glyph
                languages: [en]
                title: Glyphs
                date: 2025-03-14
                sections:
                  - title: One
                    body:
                      - "Private use: \u{E000}."
                """)
            let output = folder.url.appendingPathComponent("out")
            let lenient = try Tool.briefing(["render", file.path, "--output", output.path])
            #expect(lenient.status == 0)
            #expect(lenient.errors.contains("glyph.yaml:9:9: warning: no configured font has U+E000"), "\(lenient.errors)")
            let strict = try Tool.briefing(["render", file.path, "--output", output.path + "-strict", "--strict"])
            #expect(strict.status != 0)
            #expect(strict.errors.contains("glyph.yaml:9:9: error: no configured font has U+E000"))
            #expect(!FileManager.default.fileExists(atPath: output.path + "-strict/glyph.en.pdf"))
        }
    }
}
