@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing

@Suite("Timeline and progress charts")
struct TimelineAndProgressTests {
    private func timeline(_ days: [String]) -> Chart {
        Chart(id: "t", type: .timeline, title: Text("T"),
              events: days.enumerated().map { ChartEvent(date: Day($1)!, label: Text("Event \($0 + 1)")) })
    }

    @Test("Month names come in the rendered language", arguments: [
        ("fr", "févr."), ("en", "Feb"), ("vi", "thg 2"), ("ja", "2月"), ("lo", "ກ.ພ."),
    ])
    func monthNames(language: String, february: String) throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(timeline(["2025-01-10", "2025-05-20"]), engine: engine, language: language)
        let texts = frame.runBoxes(engine: engine, language: language).map(\.text).joined()
        #expect(texts.contains(february), "\(texts)")
    }

    @Test("A month alone is abbreviated as it is beside a year: German 'März', never 'Mär' next to 'März 2025'")
    func oneFormOfMonth() {
        let names = DateNames(language: "de")
        #expect(names.string(year: 2025, month: 3, template: "MMM") == "März")
        #expect(names.string(year: 2025, month: 3, template: "MMMy") == "März 2025")
        #expect(names.string(year: 2025, month: 2, template: "MMM") == "Feb.")
    }

    @Test("A Russian month alone is in the nominative, as beside a year: 'июль', not the genitive 'июля'")
    func russianStandAlone() {
        let names = DateNames(language: "ru")
        #expect(names.string(year: 2025, month: 7, template: "MMM") == "июль")
        #expect(names.string(year: 2025, month: 4, template: "MMMy").hasPrefix("апр."))
    }

    @Test("Events sit on the axis in proportion to their dates, with the date above the label")
    func proportional() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(timeline(["2024-01-01", "2024-01-31", "2024-04-01"]), engine: engine)
        let dots = frame.items.compactMap { item -> Double? in
            guard case .path(let elements, let paint) = item, paint.fill == Style.base.colors.charts[0] else { return nil }
            let xs = elements.compactMap { element -> Double? in
                if case .cubic(_, _, let end) = element { return end.x }
                return nil
            }
            return (xs.min()! + xs.max()!) / 2
        }
        try #require(dots.count == 3)
        let days = [0.0, 30, 91]
        #expect(abs((dots[1] - dots[0]) / (dots[2] - dots[0]) - days[1] / days[2]) < 1e-6)
        let texts = frame.runBoxes(engine: engine, language: "en")
        let date = try #require(texts.first { $0.text.contains("Jan 31, 2024") })
        let label = try #require(texts.first { $0.text == "Event 2" })
        #expect(date.bounds.maxY <= label.bounds.y + 0.01)
    }

    @Test("Date arithmetic matches the Gregorian calendar")
    func dayNumbers() {
        #expect(DateAxis.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(DateAxis.dayNumber(year: 2000, month: 3, day: 1) - DateAxis.dayNumber(year: 2000, month: 2, day: 28) == 2)
        #expect(DateAxis.dayNumber(year: 2025, month: 12, day: 2) == 20424)
        let quarters = DateAxis.ticks(.months(3), from: Double(DateAxis.dayNumber(year: 2024, month: 2, day: 1)),
                                      to: Double(DateAxis.dayNumber(year: 2024, month: 12, day: 31)))
        #expect(quarters.map(\.month) == [4, 7, 10])
    }

    @Test("Progress bars fill their target's track in proportion; the percentage follows")
    func progress() throws {
        let engine = try ChartFixtures.engine()
        let chart = Chart(id: "p", type: .progress, title: Text("P"),
                          items: [ProgressItem(label: Text("Trade"), value: 4, target: 5),
                                  ProgressItem(label: Text("Roads"), value: 12, target: 10)])
        let frame = ChartFixtures.render(chart, engine: engine)
        let blue = Style.base.colors.charts[0]
        let filled = frame.filledRectangles.filter { $0.fill == blue }.map(\.rect).sorted { $0.y < $1.y }
        let tracks = frame.filledRectangles.filter { $0.fill == blue.lighter(0.8) }.map(\.rect).sorted { $0.y < $1.y }
        try #require(filled.count == 2 && tracks.count == 2)
        #expect(abs(filled[0].width / tracks[0].width - 0.8) < 1e-9)
        #expect(abs(filled[1].width / tracks[1].width - 1.2) < 1e-9)
        let texts = frame.runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("80%") && texts.contains("120%"))
        #expect(texts.contains { $0.contains("4 / 5") || $0.contains("4\u{A0}/\u{A0}5") })
    }
}

@Suite("Progress percentages")
struct ProgressPercentTests {
    private func texts(_ items: [(String, Double, Double)], engine: TextEngine, language: String = "en") -> [String] {
        let chart = Chart(id: "p", type: .progress, title: Text("P"),
                          items: items.map { ProgressItem(label: Text($0.0), value: $0.1, target: $0.2) })
        return ChartFixtures.render(chart, engine: engine, language: language).runBoxes(engine: engine, language: language).map(\.text)
    }

    @Test("Whole percents from 10 % up, zero reads 0%")
    func wholePercents() throws {
        let engine = try ChartFixtures.engine()
        let texts = texts([("Trade", 85, 100), ("Roads", 4, 10), ("Power", 12, 10), ("Ports", 0, 3)], engine: engine)
        for percent in ["85%", "40%", "120%", "0%"] { #expect(texts.contains(percent), "\(percent) in \(texts)") }
        #expect(!texts.contains { $0.hasSuffix("%") && $0.contains(".") }, "\(texts)")
        let french = self.texts([("Commerce", 85, 100), ("Routes", 0, 3)], engine: engine, language: "fr")
        #expect(french.contains("85\u{202F}%") && french.contains("0\u{202F}%"), "\(french)")
    }

    @Test("Each row rounds on its own: a decimal under 10 %, '<0.1%' for a sliver, never decimals for the others")
    func ownPrecision() throws {
        let engine = try ChartFixtures.engine()
        // `prog` of the QA's tl-prog.yaml, which read "250,000 %" and "0,000 %".
        let items = [("Roads completed", 250.0, 100.0), ("Bridges", 0, 12), ("Electrified lines", 0.00042, 1000),
                     ("Exact", 12.5, 12.5), ("Almost", 99.96, 100), ("Started", 0.3, 100), ("Power", -1, 3), ("Some", 4.5, 100)]
        let texts = texts(items, engine: engine)
        // The minus sign comes from a fallback face, in a run of its own.
        let joined = texts.joined(separator: " ").replacingOccurrences(of: "\u{2212} ", with: "\u{2212}")
        for percent in ["250%", "0%", "<0.1%", "100%", "99.96%", "0.3%", "\u{2212}33%", "4.5%"] {
            #expect(joined.split(separator: " ").contains { $0 == percent }, "\(percent) in \(texts)")
        }
        let french = self.texts(items, engine: engine, language: "fr")
        for percent in ["250\u{202F}%", "<0,1\u{202F}%", "99,96\u{202F}%", "4,5\u{202F}%"] {
            #expect(french.contains(percent), "\(percent) in \(french)")
        }
        #expect(ProgressChart.percentDigits(85) == 0 && ProgressChart.percentDigits(0) == 0)
        #expect(ProgressChart.percentDigits(4) == 0, "4.0% reads 4%")
        #expect(ProgressChart.percentDigits(0.5) == 1)
        #expect(ProgressChart.percentDigits(0.02) == nil)
        #expect(ProgressChart.percentDigits(100.04) == 2, "past the target never reads 100%")
    }
}
