import BriefingModel
import Foundation
import Testing
import TestSupport

/// Section 3: the document's keys.
struct DocumentTests {
    @Test func minimalSummaryLoads() throws {
        let briefing = try expectClean(try fixture(Fixtures.header))
        #expect(briefing.status == .final)
        #expect(briefing.sections.count == 1)
        #expect(briefing.meeting == nil && briefing.delegations.isEmpty && briefing.charts.isEmpty)
    }

    @Test func missingRequiredKeysAreReportedAtTheMapsFirstLine() throws {
        let result = try fixture("""
            # A summary without title, date and sections.
            briefing: 1
            id: test
            languages: [fr]

            """)
        #expect(result.errors.count == 3)
        expectDiagnostic(result, line: 2, column: 1, "the summary needs `title`")
        expectDiagnostic(result, line: 2, column: 1, "the summary needs `date`")
        expectDiagnostic(result, line: 2, column: 1, "the summary needs `sections`")
    }

    @Test func unknownKeyNamesTheNearestKnownKey() throws {
        let result = try fixture(Fixtures.summary("particpants: []\n"))
        let diagnostic = expectDiagnostic(result, line: 8, column: 1, "unknown key `particpants` in the summary")
        #expect(diagnostic?.hint == "did you mean `participants`?")
        #expect(diagnostic?.description
                == "summary.yaml:8:1: error: unknown key `particpants` in the summary; did you mean `participants`?")
    }

    /// A guess further than a slip away (`zzz` is three edits from `id`) misleads more than it helps.
    @Test func unknownKeyFarFromAnyGetsNoGuess() throws {
        let result = try fixture(Fixtures.summary("zzz: 1\n"))
        #expect(expectDiagnostic(result, line: 8, column: 1, "unknown key `zzz`")?.hint == nil)
    }

    @Test func extensionKeysAreIgnoredEverywhere() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("""
            x-workflow: {owner: desk, reviewed: [a, b]}
            participants:
              - {id: ana, name: Ana, x-phone: "+33 1 23"}
            meeting: {x-room: B12}

            """)))
        #expect(briefing.participants.count == 1)
    }

    @Test func repeatedKeyIsAnErrorWhereItRepeats() throws {
        let result = try fixture(Fixtures.summary("subtitle: A\nsubtitle: B\n"))
        expectDiagnostic(result, line: 9, column: 1, "duplicate key `subtitle` (first at line 8)")
    }

    @Test func requiredKeyWithoutValueIsAnError() throws {
        let result = try fixture("""
            briefing: 1
            id: test
            languages: [fr]
            title:
            date: 2025-12-02
            sections: [{title: S}]

            """)
        expectDiagnostic(result, line: 4, column: 1, "`title` needs a value")
    }

    @Test func optionalKeyWithoutValueIsAbsent() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("subtitle:\nstatus: ~\n")))
        #expect(briefing.subtitle == nil && briefing.status == .final)
    }

    @Test(arguments: [("briefing: 2", "unsupported format version 2"),
                      ("briefing: \"1\"", "`briefing` must be the format version, the integer 1; found a string"),
                      ("briefing: 1.0", "`briefing` must be the format version, the integer 1; found a number")])
    func formatVersionMustBeOne(line: String, message: String) throws {
        let source = Fixtures.header.replacingOccurrences(of: "briefing: 1", with: line)
        expectDiagnostic(try fixture(source), line: 1, column: 11, message)
    }

    @Test func documentIDFollowsIDSyntax() throws {
        let source = Fixtures.header.replacingOccurrences(of: "id: test", with: "id: Test_1")
        expectDiagnostic(try fixture(source), line: 2, column: 5, "`id` `Test_1` is not a valid ID")
    }

    @Test func languagesMayNotBeEmpty() throws {
        let source = Fixtures.header.replacingOccurrences(of: "languages: [fr, en]", with: "languages: []")
            .replacingOccurrences(of: "{fr: Titre, en: Title}", with: "Titre")
            .replacingOccurrences(of: "{fr: Première partie, en: First part}", with: "Partie")
        expectDiagnostic(try fixture(source), line: 3, column: 12, "`languages` needs at least one language tag")
    }

    @Test func languagesAreTags() throws {
        let source = Fixtures.header.replacingOccurrences(of: "languages: [fr, en]", with: "languages: [fr, english, en]")
        expectDiagnostic(try fixture(source), line: 3, column: 17, "`english` is not a language tag")
    }

    @Test func languagesAreListedOnce() throws {
        let source = Fixtures.header.replacingOccurrences(of: "languages: [fr, en]", with: "languages: [fr, en, FR]")
        expectDiagnostic(try fixture(source), line: 3, column: 21, "language `FR` is listed twice (first at line 3)")
    }

    @Test func languagesMustBeAList() throws {
        let source = Fixtures.header.replacingOccurrences(of: "languages: [fr, en]", with: "languages: fr")
        let result = try fixture(source)
        expectDiagnostic(result, line: 3, column: 12, "`languages` must be a list; found a string (`fr`)")
    }

    @Test func statusIsDraftOrFinal() throws {
        let result = try fixture(Fixtures.summary("status: published\n"))
        expectDiagnostic(result, line: 8, column: 9, "`status` must be one of `draft`, `final`; found a string (`published`)")
    }

    @Test func sectionsNeedsAtLeastOne() throws {
        let source = Fixtures.header.replacingOccurrences(of: "sections:\n  - title: {fr: Première partie, en: First part}",
                                                          with: "sections: []")
        expectDiagnostic(try fixture(source), line: 6, column: 11, "`sections` needs at least one section")
    }

    @Test func rootMustBeAMap() throws {
        expectDiagnostic(try fixture("- a\n- b\n"), line: 1, column: 1, "a summary is a map of keys")
    }

    @Test func listsMustBeLists() throws {
        let result = try fixture(Fixtures.summary("participants: {id: ana, name: Ana}\n"))
        expectDiagnostic(result, line: 8, column: 15, "`participants` must be a list; found a map")
    }

    @Test func stringFieldsAreTakenAsWritten() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("reference: 2025-117\nauthor: 42\nstyle: ./Styles/sober.yaml\n")))
        #expect(briefing.reference?.value == "2025-117")
        #expect(briefing.author == "42")
        #expect(briefing.style?.value == "./Styles/sober.yaml")
        #expect(briefing.style?.location == SourceLocation(file: "summary.yaml", line: 10, column: 8))
    }

    @Test func stringFieldsRefuseCollections() throws {
        expectDiagnostic(try fixture(Fixtures.summary("author: [a, b]\n")), line: 8, column: 9,
                         "`author` must be a string; found a list")
    }

    @Test func everyErrorOfAFileIsReportedInOneRun() throws {
        let result = try fixture(Fixtures.summary("""
            status: later
            participants:
              - {id: Ana, name: Ana}
            sources:
              - {publisher: X}

            """))
        #expect(result.briefing == nil)
        #expect(result.errors.map(\.location.line) == [8, 10, 12])
    }

    @Test func diagnosticsAreInFileOrder() throws {
        let result = try fixture(Fixtures.summary("sources: [{title: S, date: soon}]\nstatus: later\nauthor: [x]\n"))
        let positions = result.diagnostics.map { [$0.location.line, $0.location.column] }
        #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(result.diagnostics.count == 3)
    }
}
