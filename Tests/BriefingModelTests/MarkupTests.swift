import BriefingModel
import Testing
import TestSupport

/// Section 2: the inline markup of Rich text.
struct MarkupTests {
    @Test func plainTextIsOneText() {
        #expect(Inline.parse("Rien de spécial_ici # <b>") == [.text("Rien de spécial_ici # <b>")])
    }

    @Test func strongAndEmphasis() {
        #expect(Inline.parse("a **b** c *d*") == [.text("a "), .strong([.text("b")]), .text(" c "), .emphasis([.text("d")])])
    }

    @Test func nestedEmphasisInsideStrong() {
        #expect(Inline.parse("**bold *and italic***") == [.strong([.text("bold "), .emphasis([.text("and italic")])])])
    }

    @Test func tripleStarsAreBoth() {
        #expect(Inline.parse("***both***") == [.emphasis([.strong([.text("both")])])])
    }

    @Test func starsWorkInsideWords() {
        #expect(Inline.parse("คำ**สำคัญ**คำ") == [.text("คำ"), .strong([.text("สำคัญ")]), .text("คำ")])
        #expect(Inline.parse("ពាក្យ*សំខាន់*") == [.text("ពាក្យ"), .emphasis([.text("សំខាន់")])])
    }

    @Test func starsBetweenSpacesAreLiteral() {
        #expect(Inline.parse("5 * 3 * 2") == [.text("5 * 3 * 2")])
        #expect(Inline.parse("* not a list") == [.text("* not a list")])
    }

    /// Unclosed markup is printed as written rather than refused.
    @Test func unclosedMarkupIsLiteral() {
        #expect(Inline.parse("**unclosed") == [.text("**unclosed")])
        #expect(Inline.parse("note*") == [.text("note*")])
        // A closing run matches the nearest opening one, as in CommonMark.
        #expect(Inline.parse("**a *b**") == [.text("*"), .emphasis([.text("a "), .emphasis([.text("b")])])])
        #expect(Inline.parse("a ` lone") == [.text("a ` lone")])
        #expect(Inline.parse("empty `` code") == [.text("empty `` code")])
    }

    @Test func escapesPrintTheirCharacter() {
        #expect(Inline.parse(#"\*not\* \\ \` \[x\]"#) == [.text(#"*not* \ ` [x]"#)])
    }

    @Test func backslashBeforeAnythingElseIsLiteral() {
        #expect(Inline.parse(#"C:\path\"#) == [.text(#"C:\path\"#)])
    }

    @Test func codeIsLiteral() {
        #expect(Inline.parse("use `a*b* [[x]]` now") == [.text("use "), .code("a*b* [[x]]"), .text(" now")])
    }

    @Test func linksCarryMarkupInTheirLabel() {
        #expect(Inline.parse("see [the **site**](https://example.org/a_(b)) now")
                == [.text("see "), .link(label: [.text("the "), .strong([.text("site")])], url: "https://example.org/a_(b)"),
                    .text(" now")])
    }

    @Test func incompleteLinksAreLiteral() {
        #expect(Inline.parse("[no url] and [x](has space) and [y]()") == [.text("[no url] and [x](has space) and [y]()")])
    }

    @Test func linksDoNotNest() {
        #expect(Inline.parse("[a [b](x) c](y)") == [.link(label: [.text("a [b](x) c")], url: "y")])
    }

    @Test func referencesNameIDs() {
        #expect(Inline.parse("[[to-lam]] et [[la]].") == [.reference("to-lam"), .text(" et "), .reference("la"), .text(".")])
        #expect(Inline.parse("**a [[b]] c**") == [.strong([.text("a "), .reference("b"), .text(" c")])])
    }

    @Test func bracketsThatAreNotReferencesAreLiteral() {
        #expect(Inline.parse("[[Not An ID]] [[]]") == [.text("[[Not An ID]] [[]]")])
    }

    /// A word between double brackets is meant as an ID: a misspelt one is reported
    /// when the IDs are checked, not printed with its brackets.
    @Test func anyWordInDoubleBracketsIsAReference() {
        #expect(Inline.parse("[[Ana]] [[-x]]") == [.reference("Ana"), .text(" "), .reference("-x")])
    }

    @Test func escapedStarInsideYAMLDoubleQuotes() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary(#"summary: ["5 \\* 3 = **15**", 'a \* b']"# + "\n")))
        #expect(briefing.summary.map { $0.resolve("fr").inlines }
                == [[.text("5 * 3 = "), .strong([.text("15")])], [.text("a * b")]])
    }

    @Test func richTextKeepsLocationsAndFallbacks() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("summary:\n  - {fr: \"*Un*\", en: \"*One*\"}\n")))
        let resolved = try #require(briefing.summary.first?.resolve("lo"))
        #expect(resolved == RichText.Resolved(inlines: [.emphasis([.text("Un")])],
                                              location: SourceLocation(file: "summary.yaml", line: 9, column: 10),
                                              language: "fr", isFallback: true))
    }
}
