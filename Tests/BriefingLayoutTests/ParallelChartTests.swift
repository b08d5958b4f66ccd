import BriefingFrame
import BriefingLayout
import Testing

@Suite("Charts in parallel editions")
struct ParallelChartTests {
    static let months = ["มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน"]

    static let yaml = """
        briefing: 1
        id: charts
        languages: [th, en]
        title: {th: ระดับน้ำ, en: Water levels}
        date: 2025-12-02
        sections:
          - title: {th: ข้อมูล, en: Data}
            body:
              - chart: levels
              - chart: small
        charts:
          - id: levels
            type: line
            title: {th: ระดับน้ำเฉลี่ยรายเดือน, en: Mean monthly water level}
            unit: m
            categories: [\(zip(months, ["June", "July", "August", "September", "October", "November"])
                .map { "{th: \($0), en: \($1)}" }.joined(separator: ", "))]
            series:
              - {name: {th: ปี 2566, en: "2023"}, values: [2.1, 3.4, 4.8, 5.9, 6.2, 4.0]}
              - {name: {th: ปี 2567, en: "2024"}, values: [2.4, 3.9, 5.6, 7.1, 7.8, null]}
              - {name: {th: ระดับเตือนภัย, en: Alert level}, values: [6.5, 6.5, 6.5, 6.5, 6.5, 6.5]}
          - id: small
            type: column
            title: {th: เป้าหมาย, en: Targets}
            categories: [A, B]
            series: [{values: [5, 10]}]
        """

    @Test("A chart whose labels a column cannot hold is set across the page, every label shown; one that fits stays beside its pair")
    func crowdedChartGoesWide() throws {
        let document = try LayoutFixtures.parallel(Self.yaml, languages: ("th", "en"))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
        let runs = document.pages.flatMap(\.frame.glyphRuns)
        for month in Self.months {
            #expect(runs.contains { $0.text.contains(month) }, "'\(month)' is left out")
        }
        let page = try #require(document.pages.first)
        let half = page.textBlock.x + page.textBlock.width / 2
        let wide = try #require(runs.first { $0.text.contains("ระดับน้ำเฉลี่ย") })
        let wideEnglish = try #require(runs.first { $0.text.contains("Mean monthly") })
        #expect(wideEnglish.origin.y > wide.origin.y + 50 || wideEnglish.origin.y < wide.origin.y - 50,
                "the crowded chart's two languages stand side by side")
        #expect(wideEnglish.origin.x < half, "the English chart is not set across the page")
        let small = try #require(runs.first { $0.text.contains("เป้าหมาย") })
        let smallEnglish = try #require(runs.first { $0.text.contains("Targets") })
        #expect(abs(small.origin.y - smallEnglish.origin.y) < 4 && smallEnglish.origin.x > half,
                "a chart that fits its column is not set beside its pair")
    }
}
