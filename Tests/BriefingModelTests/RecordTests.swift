import BriefingModel
import Testing
import TestSupport

/// Section 3: decisions, actions and sources.
struct RecordTests {
    @Test func recordsLoadWithDefaults() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("""
            delegations: [{id: vn, name: Vietnam}]
            decisions: [{text: Accord}]
            actions: [{text: Suivi}]
            sources: [{title: Communiqué}]

            """)))
        #expect(briefing.decisions.first?.status == .agreed)
        #expect(briefing.decisions.first?.parties == [])
        #expect(briefing.actions.first?.status == .open)
        #expect(briefing.actions.first?.owner == nil)
        #expect(briefing.sources.first?.url == nil)
        #expect(briefing.decisions.first?.location == SourceLocation(file: "summary.yaml", line: 9, column: 13))
    }

    @Test func decisionStatusIsChecked() throws {
        let result = try fixture(Fixtures.summary("decisions: [{text: A, status: adopted}]\n"))
        expectDiagnostic(result, line: 8, column: 31,
                         "a decision's `status` must be one of `agreed`, `proposed`, `rejected`; found a string (`adopted`)")
    }

    @Test func actionStatusIsChecked() throws {
        let result = try fixture(Fixtures.summary("actions: [{text: A, status: in progress}]\n"))
        expectDiagnostic(result, line: 8, column: 29,
                         "an action's `status` must be one of `open`, `in-progress`, `done`; found a string (`in progress`)")
    }

    @Test func decisionNeedsText() throws {
        expectDiagnostic(try fixture(Fixtures.summary("decisions: [{due: 2026-01-01}]\n")), line: 8, column: 13,
                         "a decision needs `text`")
    }

    @Test func actionNeedsText() throws {
        expectDiagnostic(try fixture(Fixtures.summary("actions:\n  - owner: x\n")), line: 9, column: 5,
                         "an action needs `text`")
    }

    @Test func sourceNeedsTitle() throws {
        expectDiagnostic(try fixture(Fixtures.summary("sources: [{url: \"https://example.org\"}]\n")), line: 8, column: 11,
                         "a source needs `title`")
    }

    @Test func dueDatesAreDates() throws {
        expectDiagnostic(try fixture(Fixtures.summary("actions: [{text: A, due: next week}]\n")), line: 8, column: 26,
                         "`due` must be a date written YYYY-MM-DD; found `next week`")
    }

    @Test func recordItemsMustBeMaps() throws {
        expectDiagnostic(try fixture(Fixtures.summary("decisions: [Accord]\n")), line: 8, column: 13,
                         "a decision must be a map; found a string (`Accord`)")
    }
}

/// A source's `url` is printed and linked: an absolute http, https or mailto address.
struct SourceURLTests {
    private func source(_ url: String) throws -> LoadResult {
        try fixture(Fixtures.summary("sources: [{title: T, url: \(url)}]\n"))
    }

    @Test(arguments: ["\"https://example.org/report?id=1#p2\"", "http://example.org", "\"mailto:desk@example.org\"",
                      "HTTPS://EXAMPLE.ORG"])
    func absoluteAddressesLoad(_ url: String) throws {
        let briefing = try expectClean(try source(url))
        #expect(briefing.sources.first?.url?.isEmpty == false)
    }

    @Test func numberIsAWarning() throws {
        let result = try source("42")
        expectDiagnostic(result, .warning, line: 8, column: 27,
                         "a source's `url` should be a web address such as `https://example.org/report`; found a number (`42`)")
        #expect(result.errors.isEmpty)
        #expect(result.briefing?.sources.first?.url == "42")
    }

    @Test func addressWithoutSchemeIsAWarning() throws {
        let result = try source("example.org/report")
        let diagnostic = expectDiagnostic(result, .warning, line: 8, column: 27,
                                          "a source's `url` has no scheme (`https:` or `mailto:`): `example.org/report`")
        #expect(diagnostic?.hint == "write it in full, as in `https://example.org/report`")
        #expect(result.briefing?.sources.first?.url == "example.org/report")
    }

    @Test func mailAddressWithoutSchemeSuggestsMailto() throws {
        let result = try source("desk@example.org")
        #expect(expectDiagnostic(result, .warning, line: 8, column: 27, "has no scheme")?.hint == "write `mailto:desk@example.org`")
    }

    @Test func portIsNotAScheme() throws {
        expectDiagnostic(try source("www.example.org:8080/x"), .warning, line: 8, column: 27, "has no scheme")
    }

    @Test func otherSchemeIsAWarning() throws {
        expectDiagnostic(try source("\"ftp://example.org/x\""), .warning, line: 8, column: 27,
                         "a source's `url` should be an `http`, `https` or `mailto` address; found the scheme `ftp`")
    }

    @Test func webAddressNeedsAHost() throws {
        expectDiagnostic(try source("\"https:example.org\""), .warning, line: 8, column: 27,
                         "a source's `url` has no host after `https://`: `https:example.org`")
    }

    @Test func spaceIsAWarning() throws {
        let result = try source("\"https://example.org/a report\"")
        #expect(expectDiagnostic(result, .warning, line: 8, column: 27, "a source's `url` contains a space")?.hint
                == "write a space in a URL as `%20`")
    }

    @Test func collectionIsAnError() throws {
        let result = try source("[\"https://example.org\"]")
        expectDiagnostic(result, line: 8, column: 27,
                         "a source's `url` must be a web address such as `https://example.org/report`; found a list")
    }

    @Test func emptyStringIsIgnoredWithAWarning() throws {
        let result = try source("\"\"")
        expectDiagnostic(result, .warning, line: 8, column: 27, "a source's `url` is empty; it is ignored")
        #expect(result.briefing?.sources.first?.url == nil)
    }
}

/// A link in rich text is written into the PDF: it must be one a reader's viewer can
/// follow, and never a script.
struct InlineLinkTests {
    private func paragraph(_ markup: String) throws -> LoadResult {
        try fixture(Fixtures.summary("    body: [\"\(markup)\"]\n"))
    }

    @Test func absoluteLinkIsClean() throws {
        _ = try expectClean(try paragraph("See [the report](https://example.org/r)."))
    }

    @Test func relativeLinkIsAWarning() throws {
        let result = try paragraph("See [the report](reports/r.pdf).")
        // At the target, not at the string.
        expectDiagnostic(result, .warning, line: 8, column: 30, "the link target `reports/r.pdf` has no scheme")
        #expect(result.errors.isEmpty)
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:void(0)", "data:text/html,x", "file:///etc/passwd"])
    func scriptLinkIsPrintedAsText(_ url: String) throws {
        let result = try paragraph("Click [here](\(url)) now.")
        expectDiagnostic(result, .warning, line: 8, column: 26, "could run code")
        let body = try #require(result.briefing?.sections.first?.body.first)
        guard case .paragraph(let text) = body.kind else { Issue.record("not a paragraph"); return }
        let inlines = text.resolve("fr").inlines
        #expect(!inlines.contains { if case .link = $0 { true } else { false } }, "\(inlines)")
        #expect(inlines.contains(.text("here")))
    }
}
