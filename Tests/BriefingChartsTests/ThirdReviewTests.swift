import BriefingCharts
import BriefingFrame
import BriefingModel
import Testing

/// What the third outside review of the charts found.
@Suite("Third chart review")
struct ThirdReviewTests {
    @Test("A negative value reaching a fifth of a step past zero gets a tick to be read against",
          arguments: [ChartType.line, .area, .stackedColumn, .stackedBar, .column])
    func negativeTicks(type: ChartType) throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(type, categories: ["A", "B", "C"], series: [[30000, -2000, 12000], [1000, 2000, 3000]],
                                        names: ["S", "T"], unit: "t")
        let texts = GalleryReviewTests.draw(chart, engine: engine).frame.texts(engine: engine, language: "en")
        #expect(texts.contains { $0.hasPrefix("\u{2212}") && $0.hasSuffix(",000") }, "\(type): no negative tick in \(texts)")
    }

    @Test("A pie of more slices than colours gathers the thinnest as 'Other', and no two slices look alike",
          arguments: [false, true])
    func manySlices(printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        let names = (0..<18).map { "Province \(Character(Unicode.Scalar(65 + $0)!))" }
        let values: [Double?] = (0..<18).map { Double(200 - 10 * $0) }
        let chart = ChartFixtures.chart(.pie, categories: names, series: [values])
        let drawing = GalleryReviewTests.draw(chart, engine: engine, printSafe: printSafe)
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(texts.contains { $0.hasPrefix("Other") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Province A") })
        #expect(!texts.contains { $0.hasPrefix("Province R") }, "the thinnest slice is gathered")
        #expect(drawing.warnings.count == 1, "\(drawing.warnings)")
        if !printSafe {
            // As many fills as slices (each drawn, and again in the legend): none alike.
            let slices = texts.filter { $0.hasPrefix("Province") || $0.hasPrefix("Other") }.count
            let fills = Set(drawing.frame.items.compactMap { item -> Color? in
                if case .path(_, let paint) = item { return paint.fill }
                return nil
            })
            #expect(fills.count >= slices, "\(slices) slices in \(fills.count) colours")
        }
    }

    @Test("Spanish and Polish group digits from five up, as CLDR has it; English from four")
    func minimumGrouping() {
        #expect(ChartNumberFormat(language: "es").number(2660.5, fractionDigits: 1) == "2660,5")
        #expect(ChartNumberFormat(language: "es").number(12345, fractionDigits: 0) == "12.345")
        #expect(ChartNumberFormat(language: "pl").number(3000, fractionDigits: 0) == "3000")
        #expect(ChartNumberFormat(language: "en").number(1234, fractionDigits: 0) == "1,234")
    }

    @Test("Amounts of one or more never share three decimals, which read as thousands")
    func noThreeDecimals() {
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [1.5, 2.5005, 0.99999]) == 2)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [999.5, 1000]) == 1)
    }

    @Test("Zero reads 0 among values with decimals")
    func zero() {
        #expect(ChartNumberFormat.fractionDigits(2, for: 0) == 0)
        #expect(ChartNumberFormat.fractionDigits(2, for: 12.5) == 2)
    }
}

@Suite("Third chart review: words and days")
struct ThirdReviewWordsTests {
    @Test("Events of one day share their date, their labels under it, none left out")
    func sameDay() throws {
        let engine = try ChartFixtures.engine()
        var chart = ChartFixtures.chart(.timeline, categories: [], series: [])
        chart.events = [("1995-07-28", "ASEAN membership"), ("2025-12-02", "Summit opening"), ("2025-12-02", "Bilateral talks"),
                        ("2025-12-02", "Signing ceremony"), ("2025-12-02", "State banquet")].map { date, label in
            ChartEvent(date: Day(date)!, label: Text(label))
        }
        let drawing = GalleryReviewTests.draw(chart, engine: engine, height: 200)
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(texts.filter { $0 == "Dec 2, 2025" }.count == 1, "\(texts)")
        for label in ["Summit opening", "Bilateral talks", "Signing ceremony", "State banquet"] {
            #expect(texts.contains(label), "\(label) in \(texts)")
        }
    }

    @Test("Japanese pie legends write each amount under the shared myriad in its own: 500万, never 0.05億")
    func ownMyriad() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.pie, categories: ["China", "Malaysia"], series: [[5e9, 5e6]], unit: "USD")
        let texts = GalleryReviewTests.draw(chart, engine: engine, language: "ja").frame.texts(engine: engine, language: "ja")
        #expect(texts.contains { $0.contains("500万") }, "\(texts)")
        #expect(!texts.contains { $0.contains("0.05億") || $0.contains("0.005億") }, "\(texts)")
    }
}
