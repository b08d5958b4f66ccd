import BriefingModel
import Testing
import TestSupport

/// Sections 3 and 4: sections and the blocks of their bodies. The fixture header ends
/// inside a section, so lines indented by four spaces continue that section.
struct BlockTests {
    private func body(_ yaml: String) throws -> LoadResult {
        try fixture(Fixtures.summary("    body:\n" + yaml))
    }

    private func blocks(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [BlockKind] {
        let briefing = try expectClean(try body(yaml), sourceLocation: sourceLocation)
        return briefing.sections.first?.body.map(\.kind) ?? []
    }

    @Test func sectionsNestThreeDeep() throws {
        let result = try fixture(Fixtures.summary("""
                sections:
                  - title: Deux
                    sections:
                      - title: Trois
                        sections:
                          - title: Quatre

            """))
        expectDiagnostic(result, line: 13, column: 17, "sections nest at most 3 deep (1, 1.1, 1.1.1); this one would be level 4")
    }

    @Test func sectionNeedsATitle() throws {
        let result = try fixture(Fixtures.summary("    sections:\n      - body: [Texte]\n"))
        expectDiagnostic(result, line: 9, column: 9, "a section needs `title`")
    }

    @Test func scalarIsAParagraph() throws {
        let kinds = try blocks("      - Un **paragraphe**.\n")
        #expect(kinds == [.paragraph(RichText([.text("Un "), .strong([.text("paragraphe")]), .text(".")],
                                              at: SourceLocation(file: "summary.yaml", line: 9, column: 9)))])
    }

    @Test func mapOfLanguagesIsAParagraph() throws {
        let kinds = try blocks("      - {fr: Bonjour, en: Hello}\n")
        guard case .paragraph(let text)? = kinds.first else {
            Issue.record("expected a paragraph, got \(kinds)")
            return
        }
        #expect(text.resolve("en").inlines == [.text("Hello")])
    }

    @Test func listsHoldRichText() throws {
        let kinds = try blocks("      - list: [\"*un*\", deux]\n      - numbered: [a, b, c]\n")
        #expect(kinds.count == 2)
        if case .list(let items) = kinds[0] { #expect(items.first?.resolve("fr").inlines == [.emphasis([.text("un")])]) }
        if case .numbered(let items) = kinds[1] { #expect(items.count == 3) }
    }

    @Test func listMustBeAList() throws {
        expectDiagnostic(try body("      - list: un\n"), line: 9, column: 15, "`list` must be a list; found a string (`un`)")
    }

    @Test func quoteTakesBy() throws {
        let kinds = try blocks("      - {quote: Nous avançons., by: Tô Lâm}\n")
        guard case .quote(let quote, let by)? = kinds.first else {
            Issue.record("expected a quote, got \(kinds)")
            return
        }
        #expect(quote.resolve("fr").inlines == [.text("Nous avançons.")])
        #expect(by?.resolve("fr").inlines == [.text("Tô Lâm")])
    }

    @Test func calloutKindDefaultsToNote() throws {
        let kinds = try blocks("      - {callout: Attention}\n      - {callout: Décidé, kind: decision}\n")
        guard case .callout(_, let first) = kinds[0], case .callout(_, let second) = kinds[1] else {
            Issue.record("expected callouts, got \(kinds)")
            return
        }
        #expect(first == .note && second == .decision)
    }

    @Test func calloutKindIsChecked() throws {
        expectDiagnostic(try body("      - {callout: A, kind: danger}\n"), line: 9, column: 28,
                         "`kind` must be one of `note`, `warning`, `decision`; found a string (`danger`)")
    }

    @Test func emptyParagraphIsAWarning() throws {
        let result = try body("      - \"\"\n      - {fr: \" \", en: Text}\n")
        #expect(result.errors.isEmpty)
        let empties = result.diagnostics.filter { $0.message.contains("a paragraph is empty") }
        #expect(empties.map(\.location.line) == [9, 10], "\(result.diagnostics)")
    }

    @Test func blockInsideACalloutIsNamed() throws {
        let diagnostic = expectDiagnostic(try body("      - {callout: {list: [a, b]}}\n"), line: 9, column: 20,
                                          "the callout is text, not a `list` block")
        #expect(diagnostic?.hint?.contains("goes in `body` as a block of its own") == true)
    }

    @Test func blockIsExactlyOneForm() throws {
        let result = try body("      - {list: [a], quote: b}\n")
        let diagnostic = expectDiagnostic(result, line: 9, column: 9, "a block is exactly one form, but this map has `list` and `quote`")
        #expect(diagnostic?.hint == "write them as separate blocks")
    }

    @Test func unknownKeyInABlockNamesTheNearest() throws {
        let result = try body("      - {quote: a, bye: b}\n")
        #expect(expectDiagnostic(result, line: 9, column: 20, "unknown key `bye` in the `quote` block")?.hint
                == "did you mean `by`?")
    }

    @Test func keyOfAnotherFormIsAnErrorInABlock() throws {
        let result = try body("      - {quote: a, kind: note}\n")
        expectDiagnostic(result, line: 9, column: 20, "unknown key `kind` in the `quote` block")
    }

    @Test func misspeltBlockKeyIsNotTakenForALanguage() throws {
        let result = try body("      - {lst: [a, b]}\n")
        #expect(expectDiagnostic(result, line: 9, column: 10, "unknown block key `lst`")?.hint == "did you mean `list`?")
    }

    @Test func optionWithoutItsFormIsAnError() throws {
        let result = try body("      - {fr: Texte, by: Ana}\n")
        expectDiagnostic(result, line: 9, column: 21, "`by` belongs to a block with `quote`, but this map has no `quote`")
    }

    @Test func blockMustBeTextOrMap() throws {
        expectDiagnostic(try body("      - [a, b]\n"), line: 9, column: 9, "a block must be a text or a map")
        expectDiagnostic(try body("      -\n      - b\n"), line: 9, column: 8, "a block must be a text or a map")
    }

    @Test func tableRowsMatchColumns() throws {
        let result = try body("""
                  - table:
                      columns: [Pays, Part, Note]
                      rows:
                        - [Vietnam, "60 %", ""]
                        - [Laos, "40 %"]

            """)
        expectDiagnostic(result, line: 13, column: 15, "this row has 2 cells, but the table has 3 columns")
    }

    @Test func tableNeedsColumns() throws {
        expectDiagnostic(try body("      - table: {rows: [[a]]}\n"), line: 9, column: 16, "a table needs `columns`")
        expectDiagnostic(try body("      - table: {columns: []}\n"), line: 9, column: 26, "a table needs at least one column")
    }

    @Test func tableRowMustBeAList() throws {
        expectDiagnostic(try body("      - table: {columns: [A], rows: [a]}\n"), line: 9, column: 38,
                         "a table row must be a list; found a string (`a`)")
    }

    @Test func tableKeysAreChecked() throws {
        let result = try body("      - table: {columns: [A], rows: [], captoin: T}\n")
        #expect(expectDiagnostic(result, line: 9, column: 41, "unknown key `captoin` in a table")?.hint
                == "did you mean `caption`?")
    }

    @Test func pageBreakMustBeTrue() throws {
        expectDiagnostic(try body("      - page-break: false\n"), line: 9, column: 21,
                         "`page-break` must be `true`; found a boolean (`false`)")
        #expect(try blocks("      - page-break: true\n") == [.pageBreak])
    }

    @Test func chartBlockTakesAnID() throws {
        expectDiagnostic(try body("      - chart: {id: x}\n"), line: 9, column: 16, "`chart` must be a string; found a map")
    }

    @Test func blockFormNeedsItsValue() throws {
        expectDiagnostic(try body("      - quote:\n        by: Ana\n"), line: 9, column: 9, "`quote` needs a value")
    }
}
