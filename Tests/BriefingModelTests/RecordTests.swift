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
