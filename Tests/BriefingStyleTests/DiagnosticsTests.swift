import BriefingModel
import BriefingStyle
import Testing

/// Every problem in a style file is reported at its line and column, with a hint where one helps.
@Suite struct DiagnosticsTests {
    @Test func unknownKeySuggestsTheNearestOne() {
        let result = load("""
            roles:
              body:
                leadng: 15
            """)
        #expect(result.style == nil)
        #expect(printed(result) == ["test.yaml:3:5: error: unknown key `leadng` in `roles.body`; did you mean `leading`?"])
    }

    @Test func badChoiceListsTheChoices() {
        let result = load("spacing: {justify-without-spaces: stretch}")
        #expect(printed(result).first?.contains("test.yaml:1:35: error: `spacing.justify-without-spaces` must be one of `ragged`, `spaces`, not `stretch`") == true, "\(printed(result))")
    }

    @Test func unknownKeyFarFromAnyListsTheKnownOnes() {
        let result = load("spacing: {gutter: 4}")
        #expect(printed(result) == [
            "test.yaml:1:11: error: unknown key `gutter` in `spacing`; expected one of `block`, `box-padding`, "
                + "`box-rule-width`, `hyphenate`, `indent`, `justify`, `justify-without-spaces`, `rule-width`, "
                + "`table-cell-padding`",
        ])
    }

    @Test func badColour() {
        let result = load("""
            colors:
              accent: "#12345"
            """)
        #expect(printed(result) == ["test.yaml:2:11: error: `colors.accent` must be a colour \"#RRGGBB\", not `#12345`"])
    }

    @Test func unquotedColourIsAComment() {
        let result = load("roles:\n  body:\n    color: #1A1A1A\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.location.line == 3)
        #expect(result.diagnostics.first?.hint == "quote the value: in YAML an unquoted `#` starts a comment")
    }

    @Test func negativeSize() {
        let result = load("""
            roles:
              heading1: {size: -3}
            """)
        #expect(printed(result) == ["test.yaml:2:20: error: `roles.heading1.size` must be greater than zero, not -3"])
    }

    @Test func negativeMargin() {
        let result = load("page: {margins: {top: -1mm}}")
        #expect(printed(result) == ["test.yaml:1:23: error: `page.margins.top` must be zero or more, not -1mm"])
    }

    @Test func unknownRoleFontClassAndScript() {
        let result = load("""
            roles:
              bdy: {size: 10}
            fonts:
              serf: {latin: Noto Serif}
              sans: {laoo: Noto Sans Lao}
            """)
        #expect(printed(result) == [
            "test.yaml:2:3: error: unknown role `bdy` in `roles`; did you mean `body`?",
            "test.yaml:4:3: error: unknown font class `serf` in `fonts`; did you mean `serif`?",
            "test.yaml:5:10: error: unknown script `laoo` in `fonts.sans`; did you mean `lao`?",
        ])
    }

    @Test func wrongTypes() {
        let result = load("""
            page: 12
            spacing: {justify: yes, block: [1]}
            roles: {body: {font: serif-bold, align: left}}
            colors: {charts: []}
            """)
        #expect(printed(result) == [
            "test.yaml:1:7: error: `page` must be a map, not `12`",
            "test.yaml:2:20: error: `spacing.justify` must be `true` or `false`, not `yes`",
            "test.yaml:2:32: error: `spacing.block` must be a length (points, or a string such as \"10mm\"), not a list",
            "test.yaml:3:22: error: `roles.body.font` must be one of `serif`, `sans`, `mono`, not `serif-bold`",
            "test.yaml:3:41: error: `roles.body.align` must be `start`, `center`, `end` or `justify`, not `left`; "
                + "alignment follows the writing direction: use `start` for left in left-to-right text",
            "test.yaml:4:18: error: `colors.charts` must be a list of at least one colour, not a list",
        ])
    }

    @Test func runningTemplateFields() {
        let result = load("""
            running:
              footer-end: "{pages}"
              header-end: "{title"
            """)
        #expect(printed(result) == [
            "test.yaml:2:15: error: unknown field `{pages}` in `running.footer-end`; did you mean `page`?",
            "test.yaml:3:15: error: `running.header-end` has a `{` with no closing `}`",
        ])
    }

    @Test func allErrorsOfAFileInOneRun() {
        let result = load("""
            page: {paper: a5, colour: red}
            roles:
              title: {size: 0, color: navy}
            """)
        #expect(result.diagnostics.map(\.location.line) == [1, 1, 3, 3])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func marginsThatLeaveNoTextArea() {
        let result = load("page: {margins: {inner: 300, outer: 300}}")
        #expect(printed(result) == [
            "test.yaml:1:7: error: the margins leave a text area of -4.7 × 697.9 pt; it must be at least 72 pt each way",
        ])
    }

    @Test func tightLeadingIsOnlyAWarning() throws {
        let result = load("roles: {body: {size: 12, leading: 10}}")
        #expect(printed(result) == [
            "test.yaml:1:15: warning: `roles.body` has a leading of 10 pt, less than its size of 12 pt; lines will overlap",
        ])
        #expect(try #require(result.style).role(.body).leading == 10)
    }

    @Test func yamlSyntaxErrorsPointWhereTheConstructStarts() {
        let result = load("roles:\n  body: {size: 10\n")
        #expect(result.diagnostics.count == 1)
        // The brace that is never closed, not the end of the file where libyaml gave up.
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.location.column == 9)
        #expect(result.diagnostics.first?.message.hasPrefix("invalid YAML: ") == true)
        let quote = load("roles:\n  body: {size: 11, color: \"#333}\n  title: {size: 20}\n")
        #expect(quote.diagnostics.first?.location.line == 2)
        #expect(quote.diagnostics.first?.location.column == 27)
    }

    @Test func duplicateKeys() {
        let result = load("page:\n  paper: a4\n  paper: letter\n")
        #expect(printed(result) == ["test.yaml:2:3: error: duplicate key `paper`; each key may appear once in a map"])
    }

    @Test func aStyleFileMustBeAMap() {
        #expect(printed(load("- formal")) == ["test.yaml:1:1: error: the style file must be a map, not a list"])
    }

    /// A few lines of aliases would otherwise expand to a billion nodes while Yams hashes keys.
    @Test func aliasesAreRefusedBeforeParsing() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "? *i\n: x\n"
        let result = load(yaml)
        #expect(printed(result) == [
            "test.yaml:2:8: error: style files take no YAML aliases (`*name`); "
                + "use `extends` to share values; in text, a `*` may not start a word",
        ])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let result = load("roles: " + String(repeating: "[", count: 5000))
        #expect(result.style == nil)
        #expect(result.diagnostics.count == 1)
    }
}
