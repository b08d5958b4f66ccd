import BriefingModel
import Testing
import TestSupport

/// Hints that say what was meant: the format's word for a value one slip away from it,
/// and where a key that belongs in another map goes.
struct ChoiceHintTests {
    /// Chart `c`'s lines start at line 10 (see `ChartTests`).
    private func chart(_ yaml: String) throws -> LoadResult {
        try fixture(Fixtures.summary("    body: [{chart: c}]\ncharts:\n" + yaml))
    }

    @Test func scaleOneSlipAwayNamesTheWord() throws {
        let result = try chart("  - {id: c, type: bar, title: T, scale: billions, categories: [a], series: [{values: [1]}]}\n")
        let diagnostic = expectDiagnostic(result, line: 10, column: 41,
                                          "`scale` must be one of `one`, `thousand`, `million`, `billion`; found a string (`billions`)")
        #expect(diagnostic?.hint == "did you mean `billion`?")
        #expect(diagnostic?.description.hasSuffix("found a string (`billions`); did you mean `billion`?") == true)
    }

    /// A number of units is the word for it; a different word is not a slip.
    @Test(arguments: [("1e9", "billion"), ("1000", "thousand"), ("bn", "billion"), ("Million", "million")])
    func scaleWrittenOtherwiseNamesTheWord(_ written: String, _ word: String) throws {
        let result = try chart("  - {id: c, type: bar, title: T, scale: \(written), categories: [a], series: [{values: [1]}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 41, "`scale` must be one of")?.hint == "did you mean `\(word)`?")
    }

    @Test func farScaleGetsNoHint() throws {
        let result = try chart("  - {id: c, type: bar, title: T, scale: trillion, categories: [a], series: [{values: [1]}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 41, "`scale` must be one of")?.hint == nil)
    }

    @Test(arguments: [("colum", "column"), ("colunm", "column"), ("Stacked Column", "stacked-column"),
                      ("stacked_bar", "stacked-bar"), ("doughnut", "donut"), ("timelines", "timeline")])
    func chartTypeOneSlipAwayNamesTheType(_ written: String, _ type: String) throws {
        let result = try chart("  - {id: c, type: \(written), title: T, categories: [a], series: [{values: [1]}]}\n")
        let diagnostic = expectDiagnostic(result, line: 10, column: 19, "`type` must be one of `column`, `bar`")
        #expect(diagnostic?.hint == "did you mean `\(type)`?")
    }

    /// `participant` is one slip from `participants`; `colour` is no slip from any key
    /// of the document (`status` is five edits away), so it gets no suggestion.
    @Test(arguments: [("participant", "did you mean `participants`?"), ("colour", nil)])
    func unknownKeyHintOnlyForSlips(_ key: String, _ hint: String?) throws {
        let result = try fixture(Fixtures.summary("\(key): x\n"))
        #expect(expectDiagnostic(result, line: 8, column: 1, "unknown key `\(key)`")?.hint == hint)
    }

    @Test func documentStatusIgnoresCase() throws {
        let result = try fixture(Fixtures.summary("status: Draft\n"))
        #expect(expectDiagnostic(result, line: 8, column: 9, "`status` must be one of `draft`, `final`; found a string (`Draft`)")?
                .hint == "did you mean `draft`?")
    }

    @Test func decisionStatusNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("decisions: [{text: A, status: agred}, {text: B, status: adopted}]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 31, "found a string (`agred`)")?.hint == "did you mean `agreed`?")
        #expect(expectDiagnostic(result, line: 8, column: 57, "found a string (`adopted`)")?.hint == "did you mean `agreed`?")
    }

    @Test func actionStatusNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("actions: [{text: A, status: In Progress}, {text: B, status: completed}]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 29, "found a string (`In Progress`)")?.hint
                == "did you mean `in-progress`?")
        #expect(expectDiagnostic(result, line: 8, column: 61, "found a string (`completed`)")?.hint == "did you mean `done`?")
    }

    @Test func calloutKindNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("    body:\n      - {callout: A, kind: warnign}\n"))
        #expect(expectDiagnostic(result, line: 9, column: 28, "`kind` must be one of `note`, `warning`, `decision`")?.hint
                == "did you mean `warning`?")
    }
}

struct PlacementHintTests {
    private func chart(_ yaml: String) throws -> LoadResult {
        try fixture(Fixtures.summary("    body: [{chart: c}]\ncharts:\n" + yaml))
    }

    @Test func chartColourBelongsOnASeries() throws {
        let result = try chart("  - {id: c, type: bar, title: T, color: \"#C8102E\", categories: [a], series: [{values: [1]}]}\n")
        let diagnostic = expectDiagnostic(result, line: 10, column: 34, "unknown key `color` in a chart")
        #expect(diagnostic?.hint == "`color` belongs on a series: `series: [{name: …, values: […], color: \"#RRGGBB\"}]`")
        #expect(diagnostic?.description.contains("did you mean") == false)
    }

    @Test func chartValuesBelongInASeries() throws {
        let result = try chart("  - {id: c, type: bar, title: T, values: [1], categories: [a], series: [{values: [1]}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 34, "unknown key `values` in a chart")?.hint
                == "`values` belongs in a series: `series: [{name: …, values: [1, 2, …]}]`, one per category")
    }

    @Test func chartLabelAndDateBelongInAnEventOrItem() throws {
        let result = try chart("  - {id: c, type: timeline, title: T, date: 2025-01-01, label: L, "
                               + "events: [{date: 2025-01-01, label: L}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 39, "unknown key `date` in a chart")?.hint
                == "`date` belongs in a timeline event (`events: [{date: …, label: …}]`)")
        #expect(expectDiagnostic(result, line: 10, column: 57, "unknown key `label` in a chart")?.hint
                == "`label` belongs in a timeline event (`events: [{date: …, label: …}]`) "
                + "or in a progress item (`items: [{label: …, value: …, target: …}]`)")
    }

    @Test func seriesCategoriesBelongOnTheChart() throws {
        let result = try chart("  - {id: c, type: bar, title: T, categories: [a], series: [{values: [1], categories: [a]}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 74, "unknown key `categories` in a series")?.hint
                == "`categories` belongs on the chart itself (`charts: [{id: …, type: …, categories: …}]`)")
    }

    @Test func blockKeyOnASectionBelongsInItsBody() throws {
        let result = try fixture(Fixtures.summary("    list: [a, b]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 5, "unknown key `list` in a section")?.hint
                == "`list` is a block: it goes in a section's `body`, as in `body: [{list: …}]`")
    }

    /// `columns:` not indented under `table:` is beside it, in the block's own map.
    @Test func tableKeysBesideTableBelongInsideIt() throws {
        let result = try fixture(Fixtures.summary("""
                body:
                  - table:
                    columns: [A, B]
                    rows: [[a, b]]

            """))
        expectDiagnostic(result, line: 9, column: 9, "`table` needs a value")
        #expect(expectDiagnostic(result, line: 10, column: 9, "unknown key `columns` in the `table` block")?.hint
                == "`columns` belongs inside `table:`, indented under it: `{table: {columns: […], rows: […], caption: …}}`")
        expectDiagnostic(result, line: 11, column: 9, "unknown key `rows` in the `table` block")
    }

    @Test func meetingKeysAtTheTopBelongUnderMeeting() throws {
        let result = try fixture(Fixtures.summary("location: Vientiane\n"))
        #expect(expectDiagnostic(result, line: 8, column: 1, "unknown key `location` in the summary")?.hint
                == "`location` belongs under `meeting:`, with `start`, `end` and `chairs`")
    }

    @Test func participantColourBelongsOnItsDelegation() throws {
        let result = try fixture(Fixtures.summary("participants: [{id: ana, name: Ana, color: \"#C8102E\"}]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 37, "unknown key `color` in a participant")?.hint?
                .hasPrefix("`color` belongs on the participant's delegation") == true)
    }

    @Test func actionPartiesAreForDecisions() throws {
        let result = try fixture(Fixtures.summary("actions: [{text: A, parties: [vn]}]\n"))
        #expect(expectDiagnostic(result, line: 8, column: 21, "unknown key `parties` in an action")?.hint
                == "only decisions have `parties`; an action has one `owner: ID`")
    }

    /// A key one slip from a key of its own map still gets the nearest key.
    @Test func misspeltKeyStillNamesTheNearest() throws {
        let result = try fixture(Fixtures.summary("chart: []\n"))
        #expect(expectDiagnostic(result, line: 8, column: 1, "unknown key `chart` in the summary")?.hint
                == "did you mean `charts`?")
    }
}
