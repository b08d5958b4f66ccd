@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingText
import Foundation
import Testing

/// A second blind tester's findings, each asserted on the drawn geometry or text.
@Suite("Value labels: bare numbers, apart")
struct ValueLabelSpacingTests {
    /// The Japanese PM2.5 chart the tester saw with "13.8µg/m³" all but touching "9.1µg/m³".
    static let pm25 = ChartFixtures.chart(.column, categories: ["北京", "上海", "ソウル", "東京"],
                                          series: [[80.6, 53.0, 23.0, 13.8], [30.5, 27.0, 17.8, 9.1]],
                                          names: ["2015", "2024"], unit: "µg/m³")

    @Test("The unit shows once, in the axis caption; value labels are bare numbers at least a gap apart",
          arguments: [460.0, 300, 220, 160])
    func unitOnceLabelsApart(width: Double) throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(Self.pm25, engine: engine, language: "ja", width: width)
        let boxes = frame.runBoxes(engine: engine, language: "ja")
        #expect(boxes.filter { $0.text.contains("µg") }.count == 1, "\(width): \(boxes.map(\.text))")
        let expected = ["80.6", "53.0", "23.0", "13.8", "30.5", "27.0", "17.8", "9.1"]
        let values = boxes.filter { expected.contains($0.text) }
        #expect(values.isEmpty || values.count == expected.count, "\(width): all value labels or none, \(values.map(\.text))")
        for (index, box) in values.enumerated() {
            for other in values[(index + 1)...] {
                let a = box.bounds, b = other.bounds
                guard a.y < b.maxY && b.y < a.maxY else { continue }
                let apart = max(b.x - a.maxX, a.x - b.maxX)
                #expect(apart >= ChartContext.gap - 0.01, "\(width): “\(box.text)” and “\(other.text)” \(apart) pt apart")
            }
        }
    }

    @Test("Bar charts label their bars with bare numbers too, the unit in the caption")
    func barsBare() throws {
        let engine = try ChartFixtures.engine()
        var chart = Self.pm25
        chart.type = .bar
        let frame = ChartFixtures.render(chart, engine: engine, language: "ja", height: 300)
        let texts = frame.runBoxes(engine: engine, language: "ja").map(\.text)
        #expect(texts.contains("13.8") && texts.contains("9.1"), "\(texts)")
        #expect(texts.filter { $0.contains("µg") }.count == 1, "\(texts)")
    }
}

@Suite("Native digits in charts")
struct NativeDigitChartTests {
    private func render(_ chart: Chart, language: String, engine: TextEngine) -> [String] {
        var options = ChartOptions(style: ChartFixtures.style, language: language)
        options.nativeDigits = true
        let frame = ChartRenderer.frame(for: chart, size: (460, 220), style: ChartFixtures.style, options: options, text: engine)
        return frame.texts(engine: engine, language: language)
    }

    @Test("Persian native digits are the extended Arabic-Indic ones, with Persian's separators")
    func persianSeparators() {
        let format = ChartNumberFormat(language: "fa", nativeDigits: true)
        #expect(format.number(12_500.5, fractionDigits: 1) == "12\u{66C}500\u{66B}5")
        #expect(ChartNumberFormat.numberingSystem(language: "fa") == "arabext")
        #expect(ChartNumberFormat.numberingSystem(language: "ar") == "arab")
    }

    @Test("Arabic native digits take the Arabic decimal and thousands separators")
    func arabicSeparators() throws {
        let format = ChartNumberFormat(language: "ar", nativeDigits: true)
        #expect(format.number(12_500.5, fractionDigits: 1) == "12\u{66C}500\u{66B}5")
        #expect(ChartNumberFormat(language: "ar").number(12_500.5, fractionDigits: 1) == "12,500.5")
        let engine = try ChartFixtures.engine()
        for values in [[1250.0, 2500], [1.5, 2.25]] {
            let chart = ChartFixtures.chart(.column, categories: ["أ", "ب"], series: [values])
            let texts = render(chart, language: "ar", engine: engine)
            #expect(texts.contains(values[0] > 1000 ? "١٬٢٥٠" : "٢٫٢٥"), "\(texts)")
            #expect(!texts.contains { $0.contains(".") || $0.contains(",") }, "\(texts)")
        }
    }

    @Test("Thai, Lao, Khmer, Burmese, Arabic, Persian and Hindi: no Latin digit in any generated label",
          arguments: ["th", "lo", "km", "my", "ar", "fa", "hi"])
    func everywhere(language: String) throws {
        let engine = try ChartFixtures.engine()
        let zero = try #require(Script.zeroDigit(language: language))
        let charts = [
            ChartFixtures.chart(.column, categories: ["a", "b"], series: [[1250.5, 2.5e-6]], unit: "USD"),
            ChartFixtures.chart(.bar, categories: ["a", "b"], series: [[3, 7]], unit: "USD", scale: .billion),
            ChartFixtures.chart(.stackedColumn, categories: ["a", "b"], series: [[3, 7], [2, 4]], names: ["x", "y"]),
            ChartFixtures.chart(.line, categories: ["a", "b", "c"], series: [[3, 7, 5]]),
            ChartFixtures.chart(.donut, categories: ["a", "b", "c"], series: [[70, 25, 5]], unit: "USD", scale: .million),
            Chart(id: "t", type: .timeline, title: Text("T"),
                  events: [ChartEvent(date: Day("2024-03-02")!, label: Text("x")), ChartEvent(date: Day("2025-12-02")!, label: Text("y"))]),
            Chart(id: "p", type: .progress, title: Text("P"), unit: Text("%"),
                  items: [ProgressItem(label: Text("x"), value: 45, target: 100)]),
        ]
        for chart in charts {
            let texts = render(chart, language: language, engine: engine)
            let latin = texts.filter { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }
            #expect(latin.isEmpty, "\(chart.type.rawValue) \(language): \(latin)")
            #expect(texts.contains { $0.unicodeScalars.contains { $0.value >= zero.value && $0.value <= zero.value + 9 } },
                    "\(chart.type.rawValue) \(language): \(texts)")
        }
    }
}

@Suite("Timelines: every label while there is room")
struct TimelineRoomTests {
    private func timeline(_ events: [(String, String)]) -> Chart {
        Chart(id: "t", type: .timeline, title: Text("T"),
              events: events.map { ChartEvent(date: Day($0.0)!, label: Text($0.1)) })
    }

    /// The tester's "decades" timeline: three events within three weeks of 1997 and two on
    /// consecutive days of 2025, thirty years apart.
    static let decades = [("1995-07-28", "ASEAN entry (VN)"), ("1997-07-23", "ASEAN entry (LA)"), ("1997-08-01", "Treaty signed"),
                          ("1997-08-15", "Treaty ratified"), ("2007-01-11", "WTO (VN)"), ("2013-02-02", "WTO (LA)"),
                          ("2021-12-03", "Railway opens"), ("2025-12-01", "Summit"), ("2025-12-02", "Joint statement")]

    /// Stems: the thin vertical strokes from the axis to the blocks.
    private func stems(_ frame: Frame) -> [(x: Double, top: Double, bottom: Double)] {
        frame.strokes.compactMap { stroke in
            guard stroke.paint.lineWidth == 0.5, stroke.elements.count == 2,
                  case .move(let a) = stroke.elements[0], case .line(let b) = stroke.elements[1], abs(a.x - b.x) < 1e-9 else { return nil }
            return (a.x, min(a.y, b.y), max(a.y, b.y))
        }
    }

    @Test("Events on one day or a few days apart stack on a shared stem: no label left out, no stem through text",
          arguments: ["en", "fr", "ja", "th"])
    func stacked(language: String) throws {
        let engine = try ChartFixtures.engine()
        for events in [Self.decades, [("2025-12-02", "Opening"), ("2025-12-02", "Signing"), ("2025-12-02", "Closing")]] {
            let drawing = GalleryReviewTests.draw(timeline(events), engine: engine, language: language)
            #expect(!drawing.warnings.contains { $0.contains("left out") }, "\(language): \(drawing.warnings)")
            let boxes = drawing.frame.runBoxes(engine: engine, language: language)
            let texts = boxes.map(\.text).joined(separator: " ")
            for (_, label) in events { #expect(texts.contains(label), "\(language): \(label) in \(texts)") }
            for stem in stems(drawing.frame) {
                for box in boxes {
                    let bounds = box.bounds
                    if stem.x > bounds.x + 0.5 && stem.x < bounds.maxX - 0.5 && stem.top < bounds.maxY - 0.5 && stem.bottom > bounds.y + 0.5 {
                        Issue.record("\(language): the stem at \(stem.x) runs through “\(box.text)”")
                    }
                }
            }
        }
    }

    @Test("A week's timeline is ticked day by day, not with one month label")
    func dayTicks() throws {
        let engine = try ChartFixtures.engine()
        let week = timeline([("2025-11-28", "Arrival"), ("2025-11-29", "Talks"), ("2025-11-30", "Site visit"),
                             ("2025-12-02", "Signing"), ("2025-12-04", "Departure")])
        let texts = ChartFixtures.render(week, engine: engine).runBoxes(engine: engine, language: "en").map(\.text)
        #expect(!texts.contains("Dec 2025") && !texts.contains("Dec"), "\(texts)")
        #expect(texts.contains("Nov 29") && texts.contains("Dec 1") && texts.contains("Dec 3"), "\(texts)")
        let one = ChartFixtures.render(timeline([("2025-12-02", "Meeting")]), engine: engine).runBoxes(engine: engine, language: "en")
        #expect(one.filter { $0.text.hasPrefix("Dec ") && !$0.text.contains(",") }.count >= 3, "\(one.map(\.text))")
    }
}

@Suite("Pie shares: every slice labelled")
struct PieShareEverywhereTests {
    /// The tester's twelve-slice pie: Australia 0.3 %, India, Malaysia and "Other" 0.1 % each,
    /// all four slivers at eleven o'clock, where they had no label at all.
    static let pie12 = [4500.0, 2600, 1200, 560, 400, 300, 150, 40, 25, 12, 8, 5]

    @Test("Each share shows once: in or beside its slice, else after its name in the legend",
          arguments: ["en", "th", "ja"], [ChartType.pie, .donut])
    func everyShare(language: String, type: ChartType) throws {
        let engine = try ChartFixtures.engine()
        let names = ["China", "Thailand", "Viet Nam", "Japan", "Korea", "Singapore", "USA", "France", "Australia", "India",
                     "Malaysia", "Other"]
        for unit in ["USD", "%"] {
            // Sizes whose legend holds every name (a legend too small for them all leaves some out).
            for (width, height) in [(460.0, 220.0), (400, 240), (460, 300)] {
                let chart = ChartFixtures.chart(type, categories: names, series: [Self.pie12], unit: unit, scale: .million)
                let frame = ChartFixtures.render(chart, engine: engine, language: language, width: width, height: height)
                let shares = PieChart.shares(Self.pie12)
                let format = ChartNumberFormat(language: language)
                let expected = shares.percents.map { format.percent($0, fractionDigits: shares.fractionDigits) }
                let separators = CharacterSet(charactersIn: " ()（）·\u{A0}")
                let tokens = frame.texts(engine: engine, language: language)
                    .flatMap { $0.components(separatedBy: separators) }
                for share in Set(expected) {
                    #expect(tokens.filter { $0 == share }.count == expected.filter { $0 == share }.count,
                            "\(type.rawValue) \(language) \(unit) \(width)×\(height): \(share) in \(tokens)")
                }
            }
        }
    }
}
