import Foundation
import BriefingModel
import Testing
import TestSupport

/// YAML syntax errors are reported where the problem starts (the opening quote of a
/// string that is never closed, not the end of the file where libyaml gave up), in
/// words that do not repeat the position.
struct SyntaxErrorTests {
    /// The one diagnostic of `result`, checked to be a syntax error whose message does
    /// not restate a position in words.
    private func only(_ result: LoadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        #expect(result.briefing == nil, sourceLocation: sourceLocation)
        guard let diagnostic = result.diagnostics.first else { return nil }
        #expect(diagnostic.message.hasPrefix("YAML syntax error: "), sourceLocation: sourceLocation)
        #expect(diagnostic.description.firstMatch(of: /(line|column) [0-9]/) == nil, "\(diagnostic)",
                sourceLocation: sourceLocation)
        return diagnostic
    }

    @Test func unterminatedDoubleQuoteIsReportedWhereItOpens() throws {
        let source = """
            briefing: 1
            id: test
            languages: [fr, en]
            title: "Vientiane
            date: 2025-12-02
            sections:
              - title: Partie

            """
        let diagnostic = only(try fixture(source))
        #expect(diagnostic?.description == "summary.yaml:4:8: error: YAML syntax error: this double-quoted string is never "
                + "closed; end it with `\"`; inside double quotes, a `\"` is written `\\\"`")
        #expect(diagnostic?.message.contains("line") == false)
    }

    @Test func unquotedColourInAFlowMapIsReportedAtItsHash() throws {
        let source = """
            briefing: 1
            id: test
            languages: [fr]
            title: T
            date: 2025-12-02
            delegations:
              - {id: la, name: Laos, color: #DA251D}
              - {id: vn, name: Vietnam}
            sections: [{title: Partie}]
            """
        let diagnostic = try #require(only(SummaryLoader.load(string: source)))
        #expect((diagnostic.location.line, diagnostic.location.column) == (7, 33))
        #expect(diagnostic.message.contains("starts a comment"))
        #expect(diagnostic.hint?.contains("\"#DA251D\"") == true)
    }

    @Test func unterminatedSingleQuoteNamesTheApostropheRule() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: 'Vientiane\nx-note: fin\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 11))
        #expect(diagnostic?.message == "YAML syntax error: this single-quoted string is never closed")
        #expect(diagnostic?.hint == "end it with `'`; inside single quotes, an apostrophe is written `''`")
    }

    @Test func quoteOpenUntilADocumentMarker() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: \"Vientiane\n---\nx-note: fin\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 11))
        #expect(diagnostic?.message.contains("double-quoted string is not closed before the `---` or `...` line") == true)
    }

    /// Lines and columns are counted as libyaml counts them, here with Windows line ends.
    @Test func positionsHoldWithCRLFLineEnds() throws {
        let source = Fixtures.summary("x-tags: {a: 1,\n  b: 'l'accord}\n# fin\n").replacingOccurrences(of: "\n", with: "\r\n")
        let diagnostic = only(try fixture(source))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 9, column: 9))
        #expect(diagnostic?.message == "YAML syntax error: expected `,` or `}` here, between the items of a `{…}` map")
        #expect(diagnostic?.hint == "this follows a closing `'`: inside single quotes, an apostrophe is written `''`")
        let unclosed = only(try fixture(Fixtures.summary("x-tags: {a: 1,\n  b: 2\n# fin\n").replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(unclosed?.location == SourceLocation(file: "summary.yaml", line: 8, column: 9))
        #expect(unclosed?.message == "YAML syntax error: this `{` is never closed")
    }

    /// A title continued on an unindented line: libyaml notices on the line after.
    @Test func keyWithoutColonIsReportedAtTheKey() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: Vietnam et Laos\nrenforcent leur coopération\n"
                                                           + "x-note: fin\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 9, column: 1))
        #expect(diagnostic?.message == "YAML syntax error: expected `:` after this key, on the same line")
        #expect(diagnostic?.hint?.contains("must be indented more than its key") == true)
    }

    @Test func flowListNeverClosedIsReportedAtItsBracket() throws {
        let diagnostic = only(try fixture(Fixtures.summary("x-tags: [a, b\n# fin\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 9))
        #expect(diagnostic?.message == "YAML syntax error: this `[` is never closed")
        #expect(diagnostic?.hint == "close the list with `]`, and separate its items with `,`")
    }

    /// The next key at the indentation of the line with the `[` shows the list was left
    /// open; libyaml stops at that key's `:`.
    @Test func flowMapLeftOpenBeforeTheNextKeyIsReportedAtItsBrace() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: {fr: Sous-titre, en: Subtitle\nx-note: fin\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 11))
        #expect(diagnostic?.message == "YAML syntax error: this `{` is not closed before the next line at its level")
    }

    /// Inside a list that goes on over several lines, the item without its comma is the mistake.
    @Test func missingCommaInAFlowListIsReportedAtTheNextItem() throws {
        let result = try fixture(Fixtures.summary("""
            x-series: [{name: A, values: [1, 2]}
                       {name: B, values: [3, 4]}]

            """))
        let diagnostic = only(result)
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 9, column: 12))
        #expect(diagnostic?.message == "YAML syntax error: expected `,` or `]` here, between the items of a `[…]` list")
        #expect(diagnostic?.hint == "separate the items with `,`")
    }

    @Test func textAfterAClosingQuoteIsReportedWhereItStarts() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: 'l'accord\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 14))
        #expect(diagnostic?.message == "YAML syntax error: unexpected content where a map expects its next `key:`")
        #expect(diagnostic?.hint == "this follows a closing `'`: inside single quotes, an apostrophe is written `''`")
    }

    @Test func unknownEscapeIsReportedAtItsBackslash() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: \"5 \\* 3\"\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 14))
        #expect(diagnostic?.message == "YAML syntax error: `\\*` is not an escape that double-quoted YAML strings know")
        #expect(diagnostic?.hint?.contains("write a backslash as `\\\\`") == true)
    }

    @Test func shortHexEscapeIsReportedAtItsBackslash() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: \"prix \\x4 USD\"\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 17))
        #expect(diagnostic?.message.contains("needs hexadecimal digits") == true)
    }

    @Test func colonInAnUnquotedValueIsReportedAtTheColon() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: Vietnam: Laos\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 18))
        #expect(diagnostic?.hint == "put a value that contains `: ` in quotes, or check the indentation of this line")
    }

    @Test func tabIndentationIsReportedAtTheTab() throws {
        let diagnostic = only(try fixture(Fixtures.summary("x-note: a\n\tx-other: b\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 9, column: 1))
        #expect(diagnostic?.message == "YAML syntax error: a tab cannot indent YAML content")
        #expect(diagnostic?.hint == "use spaces")
    }

    @Test func reservedCharacterIsNamed() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: @Ambassade\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 11))
        #expect(diagnostic?.message == "YAML syntax error: a value cannot start with `@`")
        #expect(diagnostic?.hint == "put the value in quotes")
    }

    @Test func misindentedListItemIsReportedWhereItStarts() throws {
        let diagnostic = only(try fixture(Fixtures.summary("x-list:\n  - a\n  b: c\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 10, column: 3))
        #expect(diagnostic?.message == "YAML syntax error: unexpected content where a list expects its next `- ` item")
    }

    /// Other libyaml problems keep its words, without its positions.
    @Test func otherProblemsKeepLibyamlsWordsWithoutPositions() throws {
        let diagnostic = only(try fixture(Fixtures.summary("subtitle: & x\n")))
        #expect(diagnostic?.location == SourceLocation(file: "summary.yaml", line: 8, column: 11))
        #expect(diagnostic?.message == "YAML syntax error: did not find expected alphabetic or numeric character "
                + "(while scanning an anchor)")
    }

    /// A syntax error after the root map has closed leaves nothing to check: the
    /// summary's own errors would only add noise.
    @Test func syntaxErrorStopsTheSchemaChecks() throws {
        let result = try fixture("briefing: 1\n%YAML 1.2\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("YAML syntax error:") == true)
    }
}
