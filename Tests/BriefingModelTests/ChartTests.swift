import BriefingModel
import Testing
import TestSupport

/// Section 5: charts. Each fixture places chart `c` so that no "never placed" warning
/// gets in the way; the chart's own lines start at line 10.
struct ChartTests {
    private func chart(_ yaml: String) throws -> LoadResult {
        try fixture(Fixtures.summary("    body: [{chart: c}]\ncharts:\n" + yaml))
    }

    @Test(arguments: ChartType.allCases.filter(\.usesCategories))
    func categoryTypesLoad(_ type: ChartType) throws {
        let briefing = try expectClean(try chart("  - {id: c, type: \(type.rawValue), title: T, categories: [a, b], "
                                                 + "series: [{values: [1, 2]}]}\n"))
        #expect(briefing.chart(id: "c")?.type == type)
    }

    @Test func chartNeedsIDTypeAndTitle() throws {
        let result = try chart("  - {note: N}\n")
        for key in ["id", "type", "title"] {
            expectDiagnostic(result, line: 10, column: 5, "a chart needs `\(key)`")
        }
    }

    @Test func typeIsOneOfTen() throws {
        let result = try chart("  - {id: c, type: histogram, title: T}\n")
        let diagnostic = expectDiagnostic(result, line: 10, column: 19, "`type` must be one of `column`, `bar`")
        #expect(diagnostic?.message.contains("`timeline`, `progress`") == true)
    }

    @Test func scaleIsChecked() throws {
        let result = try chart("  - {id: c, type: bar, title: T, scale: trillion, categories: [a], series: [{values: [1]}]}\n")
        expectDiagnostic(result, line: 10, column: 41, "`scale` must be one of `one`, `thousand`, `million`, `billion`")
    }

    @Test func unknownChartKeyNamesTheNearest() throws {
        let result = try chart("  - {id: c, type: bar, title: T, categorie: [a], categories: [a], series: [{values: [1]}]}\n")
        #expect(expectDiagnostic(result, line: 10, column: 34, "unknown key `categorie` in a chart")?.hint
                == "did you mean `categories`?")
    }

    @Test func eventsAreForTimelinesOnly() throws {
        let result = try chart("""
              - id: c
                type: column
                title: T
                categories: [a]
                series: [{values: [1]}]
                events: [{date: 2025-01-01, label: L}]

            """)
        expectDiagnostic(result, line: 15, column: 5, "a `column` chart does not use `events`; it is for `timeline` charts")
    }

    @Test func timelineRefusesCategoriesSeriesAndUnit() throws {
        let result = try chart("""
              - id: c
                type: timeline
                title: T
                unit: USD
                categories: [a]
                series: [{values: [1]}]
                events: [{date: 2025-01-01, label: L}]

            """)
        expectDiagnostic(result, line: 13, column: 5, "a `timeline` chart does not use `unit`")
        expectDiagnostic(result, line: 14, column: 5, "a `timeline` chart does not use `categories`")
        expectDiagnostic(result, line: 15, column: 5, "a `timeline` chart does not use `series`")
    }

    @Test func progressRefusesSeries() throws {
        let result = try chart("""
              - id: c
                type: progress
                title: T
                series: [{values: [1]}]
                items: [{label: L, value: 1, target: 2}]

            """)
        expectDiagnostic(result, line: 13, column: 5, "a `progress` chart does not use `series`")
    }

    @Test func itemsAreForProgressOnly() throws {
        let result = try chart("  - {id: c, type: pie, title: T, categories: [a], series: [{values: [1]}], items: []}\n")
        expectDiagnostic(result, line: 10, column: 76, "a `pie` chart does not use `items`; it is for `progress` charts")
    }

    @Test func categoryTypesNeedCategoriesAndSeries() throws {
        let result = try chart("  - {id: c, type: line, title: T}\n")
        expectDiagnostic(result, line: 10, column: 5, "a `line` chart needs `categories`")
        expectDiagnostic(result, line: 10, column: 5, "a `line` chart needs `series`")
    }

    @Test func categoriesMayNotBeEmpty() throws {
        let result = try chart("  - {id: c, type: line, title: T, categories: [], series: [{values: []}]}\n")
        expectDiagnostic(result, line: 10, column: 47, "a `line` chart needs at least one entry in `categories`")
    }

    @Test func timelineNeedsEvents() throws {
        expectDiagnostic(try chart("  - {id: c, type: timeline, title: T}\n"), line: 10, column: 5,
                         "a `timeline` chart needs `events`")
    }

    @Test func progressNeedsItems() throws {
        expectDiagnostic(try chart("  - {id: c, type: progress, title: T, items: []}\n"), line: 10, column: 46,
                         "a `progress` chart needs at least one entry in `items`")
    }

    @Test func seriesValuesMatchCategories() throws {
        let result = try chart("  - {id: c, type: bar, title: T, categories: [a, b, c], series: [{values: [1, 2]}]}\n")
        expectDiagnostic(result, line: 10, column: 75, "this series has 2 values, but the chart has 3 categories")
    }

    @Test func nullIsAGap() throws {
        let briefing = try expectClean(try chart("  - {id: c, type: line, title: T, categories: [a, b, c], "
                                                 + "series: [{values: [1, null, ~]}]}\n"))
        #expect(briefing.chart(id: "c")?.series.first?.values == [1, nil, nil])
    }

    @Test func aSeriesOfGapsOnlyIsAWarningAtItsLine() throws {
        let result = try chart("""
              - id: c
                type: line
                title: T
                categories: [a, b]
                series:
                  - {name: Full, values: [1, 2]}
                  - {name: Empty, values: [null, ~]}

            """)
        expectDiagnostic(result, .warning, line: 16, column: 9, "this series has no values (every one is `null`)")
        #expect(result.diagnostics.count == 1 && result.briefing != nil)
        // A pie of gaps only is already an error, said once.
        let pie = try chart("  - {id: c, type: pie, title: T, categories: [a, b], series: [{values: [null, null]}]}\n")
        #expect(pie.diagnostics.map(\.message) == ["the values of a `pie` chart must add up to more than zero"])
    }

    @Test(arguments: [".nan", ".inf", "-.Inf"])
    func nonFiniteValuesAreErrors(_ value: String) throws {
        let result = try chart("  - {id: c, type: bar, title: T, categories: [a, b], series: [{values: [1, \(value)]}]}\n")
        expectDiagnostic(result, line: 10, column: 76, "a series value must be a finite number; found `\(value)`")
    }

    @Test func quotedNumberIsNotAValue() throws {
        let result = try chart("  - {id: c, type: bar, title: T, categories: [a], series: [{values: [\"5\"]}]}\n")
        expectDiagnostic(result, line: 10, column: 70, "a series value must be a number; found a string (`5`)")
    }

    @Test func negativeValuesAreFineWhereTheyCanBeShown() throws {
        let briefing = try expectClean(try chart("  - {id: c, type: stacked-bar, title: T, categories: [a, b], "
                                                 + "series: [{values: [-3, 2]}, {values: [1, -1]}]}\n"))
        #expect(briefing.chart(id: "c")?.series.count == 2)
    }

    @Test func pieTakesOneSeries() throws {
        let result = try chart("  - {id: c, type: pie, title: T, categories: [a], series: [{values: [1]}, {values: [2]}]}\n")
        // At the second series, the one too many.
        expectDiagnostic(result, line: 10, column: 75, "a `pie` chart takes exactly one series; found 2")
    }

    @Test func donutRefusesNegativeValues() throws {
        let result = try chart("  - {id: c, type: donut, title: T, categories: [a, b], series: [{values: [3, -1]}]}\n")
        expectDiagnostic(result, line: 10, column: 78, "a `donut` chart cannot show negative values; found -1")
    }

    @Test func pieNeedsAPositiveSum() throws {
        let result = try chart("  - {id: c, type: pie, title: T, categories: [a, b], series: [{values: [0, null]}]}\n")
        expectDiagnostic(result, line: 10, column: 72, "the values of a `pie` chart must add up to more than zero")
    }

    @Test func seriesNeedsValuesAndTakesAColour() throws {
        let result = try chart("  - {id: c, type: bar, title: T, categories: [a], series: [{name: S, color: blue}]}\n")
        expectDiagnostic(result, line: 10, column: 60, "a series needs `values`")
        expectDiagnostic(result, line: 10, column: 77, "`color` must be a colour written \"#RRGGBB\"")
    }

    @Test func timelineEventsHaveDateAndLabel() throws {
        let result = try chart("  - {id: c, type: timeline, title: T, events: [{date: 2025-02-30, label: L}, {label: M}]}\n")
        expectDiagnostic(result, line: 10, column: 55, "`2025-02-30` is not a real date")
        expectDiagnostic(result, line: 10, column: 78, "a timeline event needs `date`")
    }

    @Test func progressItemsNeedAPositiveTarget() throws {
        let result = try chart("""
              - id: c
                type: progress
                title: T
                items:
                  - {label: A, value: 5, target: 0}
                  - {label: B, value: -1, target: 10}
                  - {label: C, value: 1}

            """)
        expectDiagnostic(result, line: 14, column: 38, "a progress `target` must be more than zero; found 0")
        expectDiagnostic(result, line: 15, column: 27, "a progress `value` cannot be negative; found -1")
        expectDiagnostic(result, line: 16, column: 9, "a progress item needs `target`")
    }

    @Test func scaleGivesTheFactor() throws {
        let briefing = try expectClean(try chart("  - {id: c, type: progress, title: T, scale: million, unit: t, "
                                                 + "items: [{label: L, value: 2.5, target: 10}]}\n"))
        let chart = try #require(briefing.chart(id: "c"))
        #expect(chart.scale.factor == 1e6)
        #expect(chart.items.first?.fraction == 0.25)
    }
}

/// A chart placed twice prints as two figures: allowed, but worth a word.
struct ChartPlacementTests {
    @Test func placedTwiceIsAWarning() throws {
        let result = try fixture(Fixtures.summary("""
                body:
                  - {chart: c}
                  - {chart: c}
            charts:
              - {id: c, type: pie, title: Parts, categories: [A, B], series: [{values: [1, 2]}]}

            """))
        expectDiagnostic(result, .warning, line: 10, column: 17, "chart `c` is already placed at line 9")
        #expect(result.errors.isEmpty)
    }
}
