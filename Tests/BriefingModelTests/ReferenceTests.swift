import BriefingModel
import Testing
import TestSupport

/// Section 2: IDs, their shared namespace, and every kind of reference to them.
struct ReferenceTests {
    @Test(arguments: ["Ana", "ana_b", "-ana", "an a", "éva"])
    func idSyntaxIsChecked(_ id: String) throws {
        let result = try fixture(Fixtures.summary("participants:\n  - {id: \"\(id)\", name: X}\n"))
        expectDiagnostic(result, line: 9, column: 10, "the participant's `id` `\(id)` is not a valid ID")
    }

    @Test(arguments: ["a", "2025", "to-lam", "a-b-c9", "0x"])
    func validIDsLoad(_ id: String) throws {
        _ = try expectClean(try fixture(Fixtures.summary("participants:\n  - {id: \(id), name: X}\n")))
    }

    @Test func idsAreUniqueAcrossParticipantsAndCharts() throws {
        let result = try fixture(Fixtures.summary("""
                body: [{chart: ana}]
            participants:
              - {id: ana, name: Ana}
            charts:
              - {id: ana, type: pie, title: T, categories: [a], series: [{values: [1]}]}

            """))
        expectDiagnostic(result, line: 12, column: 10, "ID `ana` is already used by the participant at line 10")
    }

    /// Sections are read after delegations, but the second in the file is the one reported.
    @Test func duplicateIsReportedAtTheSecondInFileOrder() throws {
        let result = try fixture("""
            briefing: 1
            id: test
            languages: [fr]
            title: T
            date: 2025-12-02
            sections:
              - {id: laos, title: S}
            delegations:
              - {id: laos, name: Laos}

            """)
        expectDiagnostic(result, line: 9, column: 10, "ID `laos` is already used by the section at line 7")
    }

    @Test func chairsNameParticipants() throws {
        let result = try fixture(Fixtures.summary("""
            meeting: {chairs: [ana, vn, to-lm]}
            delegations: [{id: vn, name: Vietnam}]
            participants: [{id: to-lam, name: Tô Lâm}]

            """))
        expectDiagnostic(result, line: 8, column: 20, "chair `ana` names no participant")
        expectDiagnostic(result, line: 8, column: 25, "chair `vn` names a delegation, not a participant")
        let typo = expectDiagnostic(result, line: 8, column: 29, "chair `to-lm` names no participant")
        #expect(typo?.hint == "did you mean `to-lam`?")
    }

    @Test func participantDelegationNamesADelegation() throws {
        let result = try fixture(Fixtures.summary("participants: [{id: ana, name: Ana, delegation: fr}]\n"))
        expectDiagnostic(result, line: 8, column: 49, "delegation `fr` names no delegation")
    }

    @Test func decisionPartiesNameDelegations() throws {
        let result = try fixture(Fixtures.summary("""
            participants: [{id: ana, name: Ana}]
            decisions:
              - {text: Accord, parties: [ana]}

            """))
        expectDiagnostic(result, line: 10, column: 30, "party `ana` names a participant, not a delegation")
    }

    @Test func actionOwnerNamesAParticipantOrDelegation() throws {
        let result = try fixture(Fixtures.summary("""
            delegations: [{id: vn, name: Vietnam}]
            actions:
              - {text: Suivi, owner: vn}
              - {text: Rapport, owner: nobody}

            """))
        expectDiagnostic(result, line: 11, column: 28, "owner `nobody` names no participant or delegation")
        #expect(result.errors.count == 1)
    }

    @Test func chartBlocksNameCharts() throws {
        let result = try fixture(Fixtures.summary("    body: [{chart: trade}]\n"))
        expectDiagnostic(result, line: 8, column: 20, "chart `trade` names no chart")
    }

    @Test func markupReferencesAreCheckedAtTheirString() throws {
        let result = try fixture(Fixtures.summary("""
                body:
                  - fr: "[[ana]] a parlé."
                    en: "[[anna]] spoke."
            participants: [{id: ana, name: Ana}]

            """))
        // At the reference itself, just inside the quote.
        let diagnostic = expectDiagnostic(result, line: 10, column: 14, "`[[anna]]` names no participant or delegation")
        #expect(diagnostic?.hint == "did you mean `ana`?")
        #expect(result.errors.count == 1)
    }

    @Test func capitalisedReferenceIsReportedWithTheID() throws {
        let result = try fixture(Fixtures.summary("""
                body: ["Avec [[Ana]]."]
            participants: [{id: ana, name: Ana}]

            """))
        let diagnostic = expectDiagnostic(result, line: 8, column: 18, "`[[Ana]]` names no participant or delegation")
        #expect(diagnostic?.hint == "did you mean `ana`?")
    }

    @Test func shortIDGetsNoFarSuggestion() throws {
        let result = try fixture(Fixtures.summary("""
                body: ["Avec [[Bob]]."]
            participants: [{id: ana, name: Ana}]

            """))
        let diagnostic = expectDiagnostic(result, line: 8, column: 18, "`[[Bob]]` names no participant or delegation")
        #expect(diagnostic?.hint == nil, "\(diagnostic?.hint ?? "")")
    }

    @Test func referenceInABlockScalarIsPlacedOnItsLine() throws {
        let source = Fixtures.summary("""
                body:
                  - |
                    Une première ligne,
                    puis [[anna]] ici.
            participants: [{id: ana, name: Ana}]

            """)
        let line = source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("[[anna]]") }! + 1
        let result = try fixture(source)
        expectDiagnostic(result, line: line, column: 14, "`[[anna]]` names no participant or delegation")
    }

    @Test func markupReferenceToASectionIsAnError() throws {
        let result = try fixture(Fixtures.summary("summary: [\"See [[part]]\"]\n")
            .replacingOccurrences(of: "  - title: {fr: Première", with: "  - id: part\n    title: {fr: Première"))
        expectDiagnostic(result, line: 9, column: 16, "`[[part]]` names a section, not a participant or delegation")
    }

    @Test func namesResolveByID() throws {
        let briefing = try expectClean(try fixture(Fixtures.summary("""
            delegations: [{id: vn, name: {fr: Vietnam, en: Viet Nam}}]
            participants: [{id: ana, name: Ana, delegation: vn}]

            """)))
        #expect(briefing.name(of: "vn")?.resolve("en").value == "Viet Nam")
        #expect(briefing.name(of: "ana")?.resolve("fr").value == "Ana")
        #expect(briefing.name(of: "nobody") == nil)
    }
}

@Suite("Empty texts")
struct EmptyTextTests {
    @Test("Empty title, key points, list items, quotes, callouts and tables without rows are warned about where they are")
    func warned() throws {
        let result = try fixture("""
            briefing: 1
            id: empty
            languages: [en]
            title: ""
            date: 2025-01-02
            summary: ["", Real point.]
            sections:
              - title: A
                body:
                  - list: ["", item]
                  - quote: ""
                  - callout: ""
                  - table: {columns: [A], rows: []}
            """)
        expectDiagnostic(result, .warning, line: 4, column: 8, "`title` is empty")
        expectDiagnostic(result, .warning, line: 6, column: 11, "a key point is empty")
        expectDiagnostic(result, .warning, line: 10, column: 16, "a list item is empty")
        expectDiagnostic(result, .warning, line: 11, column: 16, "the quotation is empty")
        expectDiagnostic(result, .warning, line: 12, column: 18, "the callout is empty")
        expectDiagnostic(result, .warning, line: 13, column: 37, "the table has no rows")
    }
}
