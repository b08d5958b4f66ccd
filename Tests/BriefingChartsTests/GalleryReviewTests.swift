@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing

/// The defects a reviewer found in Examples/chart-gallery.yaml (in English, Lao, Arabic and
/// Japanese), each pinned down by geometry read back from the frames.
@Suite("Chart gallery review")
struct GalleryReviewTests {
    static let languages = ["en", "lo", "ar", "ja"]
    /// The chart size of a figure on A4 in the formal style.
    static let size = (width: 460.0, height: 200.0)

    static func gallery() throws -> [String: Chart] {
        let file = ChartFixtures.repository.appendingPathComponent("Examples/chart-gallery.yaml")
        let briefing = try #require(SummaryLoader.load(contentsOf: file, displayPath: "chart-gallery.yaml").briefing)
        return Dictionary(uniqueKeysWithValues: briefing.charts.map { ($0.id, $0) })
    }

    static func draw(_ chart: Chart, engine: TextEngine, language: String = "en", printSafe: Bool = false,
                     width: Double = size.width, height: Double = size.height) -> ChartDrawing {
        var options = ChartOptions(style: ChartFixtures.style, language: language)
        options.printSafe = printSafe
        return ChartRenderer.draw(chart, size: (width, height), style: ChartFixtures.style, options: options, text: engine)
    }

    // MARK: 1. Omissions are reported

    @Test("Everything shown: no warnings, and frame(for:) is draw(…).frame")
    func noWarnings() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: ["A", "B"], series: [[3, 4]])
        let drawing = Self.draw(chart, engine: engine)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        let frame = ChartRenderer.frame(for: chart, size: Self.size, style: ChartFixtures.style,
                                        options: ChartOptions(style: ChartFixtures.style, language: "en"), text: engine)
        #expect(frame.items.count == drawing.frame.items.count)
    }

    @Test("A timeline label left out is reported with its date")
    func timelineLeftOut() throws {
        let engine = try ChartFixtures.engine()
        let chart = Chart(id: "t", type: .timeline, title: Text("T"),
                          events: (1...12).map { ChartEvent(date: Day(year: 2025, month: $0, day: 8)!,
                                                            label: Text("Joint statement on power trade \($0)")) })
        let drawing = Self.draw(chart, engine: engine, width: 150, height: 100)
        let stems = Self.stems(drawing.frame)
        #expect(stems < 12)
        let reported = drawing.warnings.joined(separator: "\n")
        #expect(reported.contains("timeline label"), "\(drawing.warnings)")
        #expect(reported.contains("left out"))
        #expect(reported.contains("(2025-"))
        // One message names every label left out.
        let single = Chart(id: "t", type: .timeline, title: Text("T"),
                           events: [ChartEvent(date: Day("2025-10-08")!, label: Text("Joint statement on power trade"))])
        let alone = Self.draw(single, engine: engine, width: 40, height: 20)
        #expect(alone.warnings == ["timeline label 'Joint statement on power trade' (2025-10-08) left out: no room"])
    }

    @Test("Shortened category names are reported; figures dropped from thin columns are not")
    func shortenedAndDropped() throws {
        let engine = try ChartFixtures.engine()
        let long = "The Provincial Department of Industry and Commerce of Savannakhet and its district offices"
        let bars = ChartFixtures.chart(.bar, categories: [long, "Health"], series: [[4, 2]])
        let drawing = Self.draw(bars, engine: engine, width: 240, height: 60)
        #expect(drawing.warnings.contains("category label '\(long)' shortened to fit"), "\(drawing.warnings)")
        let columns = ChartFixtures.chart(.column, categories: (1...40).map { "\($0)" }, series: [(1...40).map { Double($0) * 1111 }])
        let thin = Self.draw(columns, engine: engine)
        #expect(!thin.warnings.contains { $0.contains("value label") }, "\(thin.warnings)")
    }

    @Test("The gallery in four languages: nothing shortened, no author's label left out", arguments: languages)
    func galleryComplete(language: String) throws {
        let engine = try ChartFixtures.engine()
        for chart in try Self.gallery().values {
            let drawing = Self.draw(chart, engine: engine, language: language)
            // Numbers in segments and beside thin bars may go silently; names may not.
            #expect(drawing.warnings.isEmpty, "\(chart.id) (\(language)): \(drawing.warnings)")
        }
    }

    @Test("The gallery stays clean: inside the box, labels apart, off the bars", arguments: languages, [false, true])
    func galleryClean(language: String, printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        for chart in try Self.gallery().values {
            let frame = Self.draw(chart, engine: engine, language: language, printSafe: printSafe).frame
            let boxes = frame.runBoxes(engine: engine, language: language)
            for box in boxes {
                let b = box.bounds
                #expect(b.x >= -0.01 && b.maxX <= Self.size.width + 0.01 && b.y >= -0.01 && b.maxY <= Self.size.height + 0.01,
                        "\(chart.id): “\(box.text)” at \(b)")
            }
            for (index, box) in boxes.enumerated() {
                for other in boxes[(index + 1)...] where box.intersects(other) {
                    Issue.record("\(chart.id) (\(language)): “\(box.text)” overlaps “\(other.text)”")
                }
            }
        }
    }

    // MARK: 2–3. Timeline

    /// Stems: thin vertical strokes from the axis to a label block.
    static func stems(_ frame: Frame) -> Int {
        frame.strokes.filter { stroke in
            guard stroke.paint.lineWidth == 0.5, stroke.elements.count == 2,
                  case .move(let a) = stroke.elements[0], case .line(let b) = stroke.elements[1] else { return false }
            return a.x == b.x && abs(a.y - b.y) > 3
        }.count
    }

    @Test("The milestones: all seven labels at the default size", arguments: languages)
    func milestones(language: String) throws {
        let engine = try ChartFixtures.engine()
        let chart = try #require(try Self.gallery()["milestones"])
        let drawing = Self.draw(chart, engine: engine, language: language)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(Self.stems(drawing.frame) == 7)
        // Every label is shown whole.
        if language == "en" {
            let text = drawing.frame.runBoxes(engine: engine, language: "en").map(\.text).joined(separator: " ")
            for event in chart.events {
                for word in event.label.resolve("en").value.split(separator: " ") { #expect(text.contains(word)) }
            }
        }
    }

    @Test("Two events three weeks apart both keep their labels")
    func closeEvents() throws {
        let engine = try ChartFixtures.engine()
        let chart = Chart(id: "t", type: .timeline, title: Text("T"), events: [
            ChartEvent(date: Day("2025-01-10")!, label: Text("Programme launched in the capital")),
            ChartEvent(date: Day("2025-09-15")!, label: Text("Mid-term review of the programme")),
            ChartEvent(date: Day("2025-10-08")!, label: Text("Joint statement on power trade")),
            ChartEvent(date: Day("2025-12-20")!, label: Text("Second funding cycle begins")),
        ])
        let drawing = Self.draw(chart, engine: engine, height: 150)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(Self.stems(drawing.frame) == 4)
    }

    /// Tick labels of a timeline drawn with "Event n" labels: the runs that are neither bold
    /// (dates) nor event labels, left to right.
    static func ticks(_ frame: Frame) -> [String] {
        var runs: [(x: Double, text: String)] = []
        frame.walk { item, transform in
            guard case .glyphs(let run) = item, !run.font.isBold, !run.text.hasPrefix("Event") else { return }
            runs.append((transform(run.origin).x, run.text))
        }
        return runs.sorted { $0.x < $1.x }.map(\.text)
    }

    @Test("Date ticks: the first carries the year, and so does every change of year")
    func tickYears() throws {
        let engine = try ChartFixtures.engine()
        func timeline(_ days: [String]) -> Chart {
            Chart(id: "t", type: .timeline, title: Text("T"),
                  events: days.enumerated().map { ChartEvent(date: Day($1)!, label: Text("Event \($0 + 1)")) })
        }
        let gallery = Self.draw(timeline(["2024-02-20", "2024-06-05", "2025-10-08", "2026-01-20"]), engine: engine)
        #expect(Self.ticks(gallery.frame) == ["Apr 2024", "Jul", "Oct", "Jan 2025", "Apr", "Jul", "Oct", "Jan 2026"])
        for (days, width) in [(["2024-11-20", "2025-03-05"], 460.0), (["2023-12-02", "2025-06-30"], 300),
                              (["2025-01-02", "2025-02-25"], 460), (["2024-07-01", "2025-01-15"], 200)] {
            let ticks = Self.ticks(Self.draw(timeline(days), engine: engine, width: width).frame)
            try #require(!ticks.isEmpty)
            let year = /\d{4}/
            #expect(ticks[0].contains(year), "\(days): \(ticks)")
            for tick in ticks where tick.hasPrefix("Jan") { #expect(tick.contains(year), "\(days): \(ticks)") }
        }
    }

    // MARK: 4. Long bar names

    @Test("Long bar names wrap or take up to 40 % of the width before they are cut", arguments: languages)
    func barNames(language: String) throws {
        let engine = try ChartFixtures.engine()
        let chart = try #require(try Self.gallery()["agency-grants"])
        let drawing = Self.draw(chart, engine: engine, language: language)
        #expect(!drawing.warnings.contains { $0.contains("category label") }, "\(drawing.warnings)")
        let bars = drawing.frame.filledRectangles.filter { $0.rect.height > 2 && $0.rect.width > 2 && $0.fill != .white }
            .map(\.rect).filter { $0.height < 30 && $0.y > 20 }
        let plot = try #require(language == "ar" ? bars.map(\.maxX).max() : bars.map(\.x).min())
        let column = language == "ar" ? Self.size.width - plot : plot
        #expect(column <= Self.size.width * 0.4 + 2 * ChartContext.gap + 0.01)
        #expect(!drawing.frame.runBoxes(engine: engine, language: language).contains { $0.text.contains("…") })
    }

    // MARK: 5. Value axes

    @Test("Nice steps: 4 to 7 intervals hugging the data")
    func niceSteps() {
        let anything: (ValueAxis) -> Bool = { _ in true }
        let balance = ValueAxis.choose(covering: -55.2, 241.8, fits: anything)
        #expect(balance.step == 50 && balance.lower == -100 && balance.upper == 250)
        let exports = ValueAxis.choose(covering: 0, 43_650, fits: anything)
        #expect(exports.step == 10_000 && exports.upper == 50_000)
        #expect(ValueAxis.choose(covering: 0, 7.3, fits: anything).step == 2)
        #expect(ValueAxis.choose(covering: 0, 3.7, fits: anything).step == 1)
        // Fewer intervals only when more would not fit.
        let crowded = ValueAxis.choose(covering: -55.2, 241.8) { $0.range.count - 1 <= 4 }
        #expect(crowded.step == 100)
        for (low, high) in [(0.0, 1.0), (-3, 5), (0, 999), (0, 1001), (97, 103), (-12.5, -0.2), (0, 3e-6)] {
            let axis = ValueAxis.choose(covering: low, high, fits: anything)
            #expect((4...7).contains(axis.range.count - 1), "\(low)…\(high): \(axis.step)")
            #expect(axis.lower <= low && axis.upper >= high)
        }
    }

    /// The value of each gridline's label: the y (or x) positions of the thin grid strokes.
    static func gridlines(_ frame: Frame) -> [Double] {
        frame.strokes.filter { $0.paint.lineWidth == 0.4 }.compactMap { stroke -> Double? in
            guard case .move(let a) = stroke.elements[0], case .line(let b) = stroke.elements[1] else { return nil }
            return a.y == b.y ? a.y : a.x
        }
    }

    @Test("The same data get the same axis in every language")
    func sameAxes() throws {
        let engine = try ChartFixtures.engine()
        let gallery = try Self.gallery()
        for (id, count) in [("trade-balance", 8), ("power-exports", 6), ("agency-grants", 6), ("scholarships", 6)] {
            let chart = try #require(gallery[id])
            for language in Self.languages {
                let lines = Self.gridlines(Self.draw(chart, engine: engine, language: language).frame)
                #expect(lines.count == count, "\(id) (\(language)): \(lines.count) gridlines")
            }
        }
        let texts = Self.draw(try #require(gallery["trade-balance"]), engine: engine, language: "ar").frame
            .runBoxes(engine: engine, language: "ar").map(\.text)
        #expect(texts.contains("250") && texts.contains("50") && !texts.contains("-250"))
    }

    // MARK: 6. Gridlines and value labels

    /// Glyph runs drawn straight (not turned) with their box and their place in drawing order.
    static func straightRuns(_ frame: Frame, engine: TextEngine, language: String) -> [(index: Int, box: Rect, text: String)] {
        frame.items.enumerated().compactMap { index, item in
            guard case .glyphs(let run) = item else { return nil }
            let font = FontSpec(families: run.font.family, size: run.font.size, bold: run.font.isBold)
            let bare = !run.text.unicodeScalars.contains { $0.properties.isAlphabetic }
            let metrics = engine.metrics(of: font, language: bare ? "en" : language)
            return (index, Rect(x: run.origin.x, y: run.origin.y - metrics.ascent, width: run.width,
                                height: metrics.ascent + metrics.descent), run.text)
        }
    }

    /// Every label a gridline would cross lies on a white box (or a bar) drawn after the
    /// gridline.
    static func expectGridlinesClear(_ frame: Frame, engine: TextEngine, language: String, name: String) {
        let items = Array(frame.items.enumerated())
        let grid: [(index: Int, a: Point, b: Point)] = items.compactMap { index, item in
            guard case .path(let elements, let paint) = item, paint.fill == nil, paint.lineWidth == 0.4, elements.count == 2,
                  case .move(let a) = elements[0], case .line(let b) = elements[1] else { return nil }
            return (index, a, b)
        }
        let knockouts: [(index: Int, rect: Rect)] = items.compactMap { index, item in
            guard case .path(let elements, let paint) = item, paint.fill != nil, paint.opacity == 1, elements.count == 5,
                  case .move(let a) = elements[0], case .line(let c) = elements[2] else { return nil }
            return (index, Rect(x: min(a.x, c.x), y: min(a.y, c.y), width: abs(c.x - a.x), height: abs(c.y - a.y)))
        }
        for run in straightRuns(frame, engine: engine, language: language) {
            for line in grid {
                let box = run.box
                let crosses = line.a.y == line.b.y
                    ? line.a.y > box.y + 0.5 && line.a.y < box.maxY - 0.5 && min(line.a.x, line.b.x) < box.maxX && max(line.a.x, line.b.x) > box.x
                    : line.a.x > box.x + 0.5 && line.a.x < box.maxX - 0.5 && min(line.a.y, line.b.y) < box.maxY && max(line.a.y, line.b.y) > box.y
                guard crosses else { continue }
                let covered = knockouts.contains { knockout in
                    knockout.index > line.index && knockout.index < run.index
                        && knockout.rect.x <= box.x + 0.01 && knockout.rect.maxX >= box.maxX - 0.01
                        && knockout.rect.y <= box.y + 0.01 && knockout.rect.maxY >= box.maxY - 0.01
                }
                #expect(covered, "\(name): a gridline runs through “\(run.text)”")
            }
        }
    }

    @Test("No gridline runs through a value label", arguments: languages)
    func knockouts(language: String) throws {
        let engine = try ChartFixtures.engine()
        let gallery = try Self.gallery()
        for id in ["trade-balance", "power-exports", "scholarships", "agency-grants"] {
            for printSafe in [false, true] {
                let frame = Self.draw(try #require(gallery[id]), engine: engine, language: language, printSafe: printSafe).frame
                Self.expectGridlinesClear(frame, engine: engine, language: language, name: "\(id) (\(language))")
            }
        }
        // A total that sits right on a gridline.
        let chart = ChartFixtures.chart(.stackedColumn, categories: ["A", "B"], series: [[30, 25], [19.5, 20]], names: ["x", "y"])
        let frame = Self.draw(chart, engine: engine, language: language).frame
        Self.expectGridlinesClear(frame, engine: engine, language: language, name: "stacked")
    }

    // MARK: 7. Print-safe mode

    @Test("Print-safe stacked charts keep their segment values, on white where hatched")
    func printSafeSegments() throws {
        let engine = try ChartFixtures.engine()
        let gallery = try Self.gallery()
        let exports = Self.draw(try #require(gallery["power-exports"]), engine: engine, printSafe: true).frame
        let texts = exports.runBoxes(engine: engine, language: "en").map(\.text)
        for value in ["31,200", "32,850", "35,400", "6,200"] { #expect(texts.contains(value), "\(value) in \(texts)") }
        let scholarships = Self.draw(try #require(gallery["scholarships"]), engine: engine, printSafe: true).frame
        let runs = Self.straightRuns(scholarships, engine: engine, language: "en")
        let masters = try #require(runs.first { $0.text == "240" })
        let white = scholarships.filledRectangles.filter { $0.fill == .white }.map(\.rect)
        #expect(white.contains { $0.x <= masters.box.x && $0.maxX >= masters.box.maxX && abs($0.y - masters.box.y) < 0.5 },
                "the hatched Master’s segment’s value lies on a white box")
        let bachelors = try #require(runs.first { $0.text == "620" })
        if case .glyphs(let run) = scholarships.items[bachelors.index] { #expect(run.color == .white, "white on dark grey") }
    }

    @Test("The target line shows on a dark progress bar: dark on a wider white halo", arguments: [false, true])
    func progressTarget(printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        let chart = try #require(try Self.gallery()["targets"])
        let frame = Self.draw(chart, engine: engine, printSafe: printSafe).frame
        let vertical = frame.strokes.filter { stroke in
            guard stroke.elements.count == 2, case .move(let a) = stroke.elements[0], case .line(let b) = stroke.elements[1] else { return false }
            return a.x == b.x
        }
        let halos = vertical.filter { $0.paint.stroke == .white && $0.paint.lineWidth == ProgressChart.targetHalo }
        let lines = vertical.filter { $0.paint.stroke != .white && $0.paint.lineWidth == ProgressChart.targetWidth }
        #expect(halos.count == 5 && lines.count == 5)
        #expect(ProgressChart.targetHalo >= ProgressChart.targetWidth + 1.5)
        // Each dark line comes after its halo.
        let order = frame.items.compactMap { item -> Double? in
            guard case .path(_, let paint) = item, paint.lineWidth == ProgressChart.targetHalo || paint.lineWidth == ProgressChart.targetWidth
            else { return nil }
            return paint.lineWidth
        }
        #expect(order == Array(repeating: [ProgressChart.targetHalo, ProgressChart.targetWidth], count: 5).flatMap { $0 })
    }

    @Test("Area legends show the fill under the line, in colour and in print", arguments: [false, true])
    func areaLegend(printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        let chart = try #require(try Self.gallery()["visitor-arrivals"])
        let frame = Self.draw(chart, engine: engine, printSafe: printSafe).frame
        let options = ChartOptions(style: ChartFixtures.style, language: "en")
        let looks = printSafe ? SeriesLook.printSafe(count: 2) : SeriesLook.colored(Array(Style.base.colors.charts.prefix(2)))
        let size = options.fontSize * 0.9
        let swatches = frame.filledRectangles.filter { abs($0.rect.width - size) < 0.01 && abs($0.rect.height - size) < 0.01 }
        #expect(swatches.map(\.fill) == looks.map { LineSeries.areaLook($0, printSafe: printSafe).fill })
        // The plot's fills are the same colours.
        let areas = frame.items.compactMap { item -> Color? in
            guard case .path(let elements, let paint) = item, let fill = paint.fill, elements.count > 5 else { return nil }
            return fill
        }
        for swatch in swatches { #expect(areas.contains(swatch.fill)) }
    }

    @Test("A 0.4 % donut slice stays visible: drawn again on top, outlined in print", arguments: [false, true])
    func sliver(printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        let chart = try #require(try Self.gallery()["power-capacity"])
        let frame = Self.draw(chart, engine: engine, printSafe: printSafe).frame
        let paths = frame.items.enumerated().compactMap { index, item -> (Int, [PathElement], Paint)? in
            guard case .path(let elements, let paint) = item, elements.contains(where: { if case .cubic = $0 { true } else { false } })
            else { return nil }
            return (index, elements, paint)
        }
        // The biomass slice is the last slice filled; nothing white is stroked over it after.
        let sliceFills = paths.filter { $0.2.fill != nil && $0.2.fill != .white && $0.1.count < 12 }
        let last = try #require(sliceFills.last)
        #expect(!paths.contains { $0.0 > last.0 && $0.2.stroke == .white })
        if printSafe {
            #expect(paths.contains { $0.0 > last.0 && $0.2.stroke == .black && $0.2.lineWidth >= 0.6 && $0.1 == last.1 })
        }
    }

    // MARK: 8. Areas

    @Test("Areas overlap opaquely, the larger series behind, every line on top")
    func areaOrder() throws {
        let engine = try ChartFixtures.engine()
        let blue = Style.base.colors.charts[0], orange = Style.base.colors.charts[1]
        for series in [[[1.0, 1, 2], [3, 4, 5]], [[3, 4, 5], [1, 1, 2]]] {
            let chart = ChartFixtures.chart(.area, categories: ["a", "b", "c"], series: series, names: ["x", "y"])
            let frame = Self.draw(chart, engine: engine).frame
            let tints = [blue, orange].map { $0.lighter(LineSeries.areaTint) }
            let fills = frame.items.enumerated().compactMap { index, item -> (Int, Color, Double)? in
                guard case .path(let elements, let paint) = item, let fill = paint.fill, tints.contains(fill), elements.count == 6
                else { return nil }
                return (index, fill, paint.opacity)
            }
            try #require(fills.count == 2)
            #expect(fills.allSatisfy { $0.2 == 1 }, "opaque")
            let larger = series[0][0] > series[1][0] ? blue : orange
            #expect(fills[0].1 == larger.lighter(LineSeries.areaTint), "the larger series is drawn first")
            let lines = frame.items.enumerated().filter { _, item in
                // The series' lines (the legend's swatches have two points).
                if case .path(let elements, let paint) = item {
                    return paint.lineWidth == LineSeries.lineWidth && paint.fill == nil && elements.count == 3
                }
                return false
            }.map(\.offset)
            #expect(lines.count >= 2 && lines.allSatisfy { $0 > fills[1].0 })
        }
    }

    // MARK: 9. Japanese, Chinese and Korean amounts

    @Test("Myriads as Japanese statistics write them, 百万 when no myriad gives whole numbers")
    func myriads() throws {
        let ja = ChartNumberFormat(language: "ja")
        #expect(ja.format(15.7, scale: .million, unit: "ドル") == "1,570万ドル")
        #expect(ja.format(77.5, scale: .million, unit: "USD") == "7,750万\u{A0}USD")
        #expect(ja.format(241.8, scale: .million, unit: "USD") == "242百万\u{A0}USD")
        #expect(ja.format(5, scale: .billion, unit: "USD") == "50億\u{A0}USD")
        #expect(ja.format(1.2, scale: .billion, unit: nil) == "12億")
        #expect(ja.magnitude(largest: 2.418e8).word == "百万")
        #expect(ja.magnitude(largest: 9.9e7).word == "万")
        #expect(ChartNumberFormat(language: "zh").format(241.8, scale: .million, unit: nil) == "242百万")
        #expect(ChartNumberFormat(language: "zh").format(15.7, scale: .million, unit: nil) == "1,570万")
        #expect(ChartNumberFormat(language: "ko").format(15.7, scale: .million, unit: nil) == "1,570만")
        let engine = try ChartFixtures.engine()
        // Wide enough that the value labels of side-by-side bars keep apart (see `ColumnChart`).
        let frame = Self.draw(try #require(try Self.gallery()["trade-balance"]), engine: engine, language: "ja", width: 700).frame
        let texts = frame.runBoxes(engine: engine, language: "ja").map(\.text)
        #expect(texts.contains { $0.contains("百万") })
        #expect(!texts.contains { $0.contains("億") })
        #expect(texts.contains("241.8"), "every value shows its own three digits")
    }

    // MARK: 10. Pies

    @Test("Pie shares add up to 100 by the largest remainder, equal values alike, with a uniform number of decimals")
    func shares() {
        let fund = PieChart.shares([34.5, 16.2, 13.8, 11.4, 1.6])
        #expect(fund.percents == [44, 21, 18, 15, 2] && fund.fractionDigits == 0)
        let power = PieChart.shares([10420, 1878, 612, 600, 48])
        #expect(power.fractionDigits == 1)
        #expect(abs(power.percents.reduce(0, +) - 100) < 1e-9)
        #expect(power.percents.last == 0.4)
        #expect(PieChart.shares([1, 1, 1]).percents == [33, 33, 33])
        #expect(PieChart.shares([3, 3, 3, 3, 3, 3, 582]).percents.prefix(6).allSatisfy { $0 == 0.5 })
        // Halves that cannot all round up are given in tenths, which add up.
        #expect(PieChart.shares([42.5, 22.5, 35]).percents == [42.5, 22.5, 35])
        #expect(PieChart.shares([12.5, 12.5, 37.5, 37.5]).percents == [12.5, 12.5, 37.5, 37.5])
        #expect(PieChart.shares([66.5, 33.5]).fractionDigits == 1)
        // Each share rounded as it would be alone when ties cannot all go one way.
        #expect(PieChart.shares([1, 1, 1, 1, 1, 1]).percents == [17, 17, 17, 17, 17, 17])
        #expect(PieChart.shares([10, 10, 10, 5]).percents == [29, 29, 29, 14])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Double.random(in: 0...100, using: &generator).rounded() }
            guard values.reduce(0, +) > 0 else { continue }
            let shares = PieChart.shares(values)
            // Off 100 by less than a unit for each slice that ties, each share within a unit
            // of its value, and equal values alike.
            let unit = pow(10, Double(-shares.fractionDigits))
            let sum = shares.percents.reduce(0, +)
            #expect(abs(sum - 100) < Double(values.count) * unit, "\(values) → \(shares.percents)")
            let total = values.reduce(0, +)
            for (value, share) in zip(values, shares.percents) {
                #expect(abs(value / total * 100 - share) < unit, "\(values) → \(shares.percents)")
            }
            for (a, b) in zip(values, shares.percents) {
                for (c, d) in zip(values, shares.percents) where a == c { #expect(b == d, "\(values) → \(shares.percents)") }
            }
        }
    }

    @Test("Pie legends give each slice's amount in the chart's unit and scale",
          arguments: [("en", "34.5"), ("ja", "3,450万"), ("lo", "34,5"), ("ar", "34.5")])
    func pieAmounts(language: String, transport: String) throws {
        let engine = try ChartFixtures.engine()
        let frame = Self.draw(try #require(try Self.gallery()["fund-sectors"]), engine: engine, language: language).frame
        var texts: [String] = []
        frame.walk { item, _ in if case .glyphs(let run) = item { texts.append(run.text) } }
        #expect(texts.contains { $0.contains(transport) }, "\(texts)")
        #expect(texts.contains { $0.contains("USD") }, "\(texts)")
        if language == "en" {
            #expect(texts.contains("(USD\u{A0}34.5\u{A0}million)"), "\(texts)")
            for share in ["44%", "21%", "18%", "15%", "2%"] { #expect(texts.contains(share), "\(share) in \(texts)") }
        }
        if language == "ja" { #expect(texts.contains { $0.hasPrefix("（3,450万") }, "\(texts)") }
    }
}
