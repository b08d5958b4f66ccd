@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing

/// An independent QA pass's findings on charts, each asserted on the drawn geometry or text.
enum QAFixtures {
    /// Fourteen agencies, long names and short (`many-cat-bar` of the QA's bars.yaml).
    static let agencies = [
        "Ministry of Public Works, Transport and Territorial Development", "Ministry of Agriculture and Forestry",
        "Ministry of Education and Sports", "Ministry of Health", "Ministry of Energy and Mines", "National Statistics Bureau",
        "Savannakhet Provincial Department of Industry and Commerce", "Ministry of Foreign Affairs", "Ministry of Justice",
        "Ministry of Labour and Social Welfare", "Ministry of Information, Culture and Tourism",
        "Ministry of Natural Resources and Environment", "Ministry of Technology and Communications", "Bank of the Lao PDR",
    ]
    static let grants: [[Double?]] = [
        [8450, 5120, 4380, 3960, 2210, 980, 120, 15000, 35, 0, 4400, 2500, 1999, 7777],
        [9120, 4870, 5210, 4450, 2640, 1275, -300, 16250, 42, 10, 4000, 2600, 2100, 8000],
    ]

    static func options(_ language: String = "en", printSafe: Bool = false) -> ChartOptions {
        var options = ChartOptions(style: ChartFixtures.style, language: language)
        options.printSafe = printSafe
        return options
    }

    /// The chart drawn at the height the renderer asks for, with a page's room of `maximum`.
    static func drawTall(_ chart: Chart, engine: TextEngine, language: String = "en", width: Double = 460,
                         maximum: Double = 640) -> (drawing: ChartDrawing, height: Double) {
        let options = options(language)
        let height = ChartRenderer.height(for: chart, width: width, standard: 200, maximum: maximum, style: ChartFixtures.style,
                                          options: options, text: engine)
        return (ChartRenderer.draw(chart, size: (width, height), style: ChartFixtures.style, options: options, text: engine),
                height)
    }
}

@Suite("Horizontal bars and progress bars grow with their rows")
struct GrowingChartTests {
    @Test("Fourteen bar categories: the chart grows until every name has its row", arguments: ["en", "fr", "th", "ar", "ja"])
    func everyBarNamed(language: String) throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.bar, categories: QAFixtures.agencies, series: QAFixtures.grants, names: ["2023", "2024"],
                                        unit: "EUR", scale: .thousand)
        let (drawing, height) = QAFixtures.drawTall(chart, engine: engine, language: language)
        #expect(height > 200 && height <= 640, "\(height)")
        #expect(!drawing.warnings.contains { $0.contains("left out") }, "\(drawing.warnings)")
        // Every name shows, at least its start, and the bars' rows are a line of text apart.
        let boxes = drawing.frame.runBoxes(engine: engine, language: language)
        let names = boxes.filter { box in QAFixtures.agencies.contains { $0.hasPrefix(box.text.replacingOccurrences(of: "…", with: "")) } }
        #expect(language != "en" || names.count >= QAFixtures.agencies.count, "\(boxes.map(\.text))")
        let bars = drawing.frame.filledRectangles.filter { $0.fill == Style.base.colors.charts[0] && $0.rect.height < 30 }
            .map(\.rect.y).sorted()
        let pitch = zip(bars, bars.dropFirst()).map { $1 - $0 }.min() ?? 0
        let line = LabelMaker(engine: engine, families: ChartFixtures.style.fonts[.sans]?.families ?? [:],
                              size: QAFixtures.options(language).fontSize).lineHeight(language: language)
        #expect(pitch >= line + 1, "rows \(pitch) pt apart for lines \(line) pt high")
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.intersects(other) {
                Issue.record("“\(box.text)” overlaps “\(other.text)”")
            }
        }
    }

    @Test("A few categories keep the style's height; a page too small for a row each gets every n-th name")
    func growsOnlyWhenNeeded() throws {
        let engine = try ChartFixtures.engine()
        let few = ChartFixtures.chart(.bar, categories: Array(QAFixtures.agencies.prefix(4)),
                                      series: QAFixtures.grants.map { Array($0.prefix(4)) }, names: ["2023", "2024"])
        #expect(QAFixtures.drawTall(few, engine: engine).height == 200)
        // The gallery's six agencies show whole at the style's height: it stays.
        let grants = try #require(try GalleryReviewTests.gallery()["agency-grants"])
        for language in GalleryReviewTests.languages {
            #expect(QAFixtures.drawTall(grants, engine: engine, language: language).height == 200, "\(language)")
        }
        let many = ChartFixtures.chart(.bar, categories: (1...60).map { "Province \($0)" }, series: [(1...60).map(Double.init)])
        let (drawing, height) = QAFixtures.drawTall(many, engine: engine, maximum: 500)
        #expect(height == 500)
        #expect(drawing.warnings.contains { $0.contains("category labels left out") }, "\(drawing.warnings)")
    }

    @Test("Long names get the lines they need when the page has room for them")
    func wholeNames() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.stackedBar, categories: QAFixtures.agencies, series: QAFixtures.grants,
                                        names: ["2023", "2024"])
        let (drawing, _) = QAFixtures.drawTall(chart, engine: engine)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        let (tight, height) = QAFixtures.drawTall(chart, engine: engine, maximum: 300)
        #expect(height > 200 && height <= 300)
        #expect(!tight.warnings.contains { $0.contains("left out") }, "one line each still fits: \(tight.warnings)")
        #expect(tight.warnings.contains { $0.contains("shortened") }, "\(tight.warnings)")
    }

    @Test("Thirty progress items get a row each")
    func progressRows() throws {
        let engine = try ChartFixtures.engine()
        let chart = Chart(id: "p", type: .progress, title: Text("P"),
                          items: (1...30).map { ProgressItem(label: Text("Item \($0)"), value: Double($0), target: 30) })
        let (drawing, height) = QAFixtures.drawTall(chart, engine: engine)
        #expect(height > 200)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        let texts = drawing.frame.runBoxes(engine: engine, language: "en").map(\.text)
        #expect((1...30).allSatisfy { texts.contains("Item \($0)") }, "\(texts)")
    }
}

@Suite("Turned column names")
struct TurnedNameTests {
    /// `c14` of the QA's cols.yaml: fourteen names, five of them starting "Ministry of".
    static let names = ["Ministry of Public Works and Transport", "Ministry of Agriculture and Forestry",
                        "Ministry of Education and Sports", "Ministry of Health", "Ministry of Energy and Mines",
                        "National Statistics Bureau", "Savannakhet Provincial Department", "Ministry of Foreign Affairs",
                        "Ministry of Justice", "Ministry of Labour", "Ministry of Information", "Ministry of Natural Resources",
                        "Ministry of Technology", "Bank of the Lao PDR"]

    @Test("Names cut short read apart: the end kept where their starts are alike", arguments: [460.0, 380])
    func apart(width: Double) throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: Self.names, series: [(1...14).map { Double($0 * 500) }], unit: "USD")
        let drawing = GalleryReviewTests.draw(chart, engine: engine, width: width)
        let boxes = drawing.frame.runBoxes(engine: engine, language: "en").filter { box in
            Self.names.contains(box.text) || box.text.contains("…")
        }
        let cut = boxes.filter { $0.text.contains("…") }.map(\.text)
        #expect(!cut.isEmpty, "the test needs names cut short")
        #expect(Set(cut).count == cut.count, "names alike: \(cut)")
        // Each cut name is the start and end of one name, in order.
        for text in cut {
            let parts = text.components(separatedBy: "…")
            #expect(Self.names.contains { $0.hasPrefix(parts[0]) && $0.hasSuffix(parts[1]) }, "\(text)")
        }
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.intersects(other) { Issue.record("“\(box.text)” overlaps “\(other.text)”") }
            #expect(box.bounds.x >= -0.01 && box.bounds.maxY <= 200.01, "“\(box.text)” outside the chart")
        }
    }

    @Test("With room across the slots, a long turned name takes two lines rather than be cut")
    func twoLines() throws {
        let engine = try ChartFixtures.engine()
        let names = ["Ministry of Health", "Ministry of Justice", "Ministry of Agriculture and Forestry",
                     "Ministry of Education and Sports", "Ministry of Public Works and Transport", "National Statistics Bureau",
                     "Savannakhet Provincial Department", "Ministry of Foreign Affairs", "Bank of the Lao PDR"]
        let chart = ChartFixtures.chart(.column, categories: names, series: [(1...9).map { Double($0) }])
        let drawing = GalleryReviewTests.draw(chart, engine: engine)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        let boxes = drawing.frame.runBoxes(engine: engine, language: "en").filter { $0.text.contains(where: \.isLetter) }
        #expect(!boxes.contains { $0.text.contains("…") }, "\(boxes.map(\.text))")
        #expect(boxes.count > names.count, "some names in two lines: \(boxes.map(\.text))")
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.intersects(other) { Issue.record("“\(box.text)” overlaps “\(other.text)”") }
        }
    }

    @Test("A middle cut keeps a name's start and end, at spaces")
    func middleCut() throws {
        let engine = try ChartFixtures.engine()
        let maker = LabelMaker(engine: engine, families: ChartFixtures.style.fonts[.sans]?.families ?? [:], size: 8.5)
        let name = "Ministry of Public Works and Transport"
        let end = maker.fitted(name, language: "en", width: 70)
        let middle = maker.fitted(name, language: "en", width: 80, cut: .middle)
        let start = maker.fitted(name, language: "en", width: 70, cut: .start)
        #expect(end.text.hasSuffix("…") && end.shortened)
        #expect(middle.text.hasPrefix("Ministry") && middle.text.hasSuffix("Transport") && middle.text.contains("…"), "\(middle.text)")
        #expect(start.text.hasPrefix("…") && start.text.hasSuffix("and Transport"), "\(start.text)")
        #expect(end.width <= 70.01 && middle.width <= 80.01 && start.width <= 70.01)
    }
}

@Suite("Pies of many slivers")
struct GatheredSliceTests {
    /// `pie-thin` of the QA's lines-pies.yaml: one slice of 98.8 % and twelve of 0.1 %.
    static let names = ["Dominant sector with a rather long name", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot",
                        "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima"]
    static let values = [98.8] + Array(repeating: 0.1, count: 12)

    /// The pie's radius: half the height of the largest slice's fill, which spans the circle.
    static func radius(_ frame: Frame, fill: Color) -> Double {
        var ys: [Double] = []
        for item in frame.items {
            guard case .path(let elements, let paint) = item, paint.fill == fill, elements.count > 5 else { continue }
            for element in elements {
                switch element {
                case .move(let point), .line(let point), .cubic(_, _, let point): ys.append(point.y)
                case .close: break
                }
            }
        }
        return ((ys.max() ?? 0) - (ys.min() ?? 0)) / 2
    }

    @Test("The thinnest slices are gathered as 'Other': every entry in the legend, every share on a pie kept large",
          arguments: ["en", "ar"], [false, true])
    func gathered(language: String, printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        var options = QAFixtures.options(language, printSafe: printSafe)
        options.otherSlices = language == "ar" ? "أخرى" : "Other"
        let chart = ChartFixtures.chart(.pie, categories: Self.names, series: [Self.values], unit: "USD", scale: .billion)
        let drawing = ChartRenderer.draw(chart, size: (460, 200), style: ChartFixtures.style, options: options, text: engine)
        let gathered = try #require(drawing.warnings.first { $0.contains("shown together as '\(options.otherSlices)'") },
                                    "\(drawing.warnings)")
        #expect(drawing.warnings.count == 1, "nothing left out of the legend, no share in it: \(drawing.warnings)")
        let texts = drawing.frame.texts(engine: engine, language: language)
        #expect(texts.contains(options.otherSlices), "\(texts)")
        // The legend names every category not gathered.
        let count = try #require(Int(gathered.prefix { $0.isNumber }))
        #expect(Self.names.prefix(Self.names.count - count).allSatisfy { name in texts.contains { $0.hasPrefix(name.prefix(8)) } },
                "\(texts)")
        // Each share once: the dominant slice's, each remaining sliver's and Other's, apart from each other.
        let shares = texts.filter { $0.hasSuffix("%") }
        #expect(shares.count == Self.names.count - count + 1, "\(shares)")
        #expect(shares.contains { $0.hasPrefix(String(format: "%.1f", Double(count) * 0.1)) }, "\(shares)")
        let boxes = drawing.frame.runBoxes(engine: engine, language: language)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.intersects(other) { Issue.record("“\(box.text)” overlaps “\(other.text)”") }
        }
        if printSafe {
            // "Other" looks like no slice left, though thirteen print looks repeat one.
            let looks = SeriesLook.printSafe(count: Self.names.count)
            let wedges = PieChart.Wedges(names: Self.names.map { Text($0) }, values: Self.values, looks: looks)
                .gathering(Array((Self.names.count - count..<Self.names.count).reversed()), name: Text("Other"), printSafe: true)
            let patterns = wedges.looks.map { "\($0.fill) \(String(describing: $0.hatch))" }
            #expect(Set(patterns).count == patterns.count, "\(patterns)")
        } else {
            // "Other" in a colour of its own.
            let wedges = drawing.frame.items.compactMap { item -> Color? in
                guard case .path(let elements, let paint) = item, elements.contains(where: { if case .cubic = $0 { true } else { false } })
                else { return nil }
                return paint.fill
            }
            #expect(Set(wedges).count == Self.names.count - count + 1, "\(wedges)")
            // The old layout shrank the pie to 30 % of its room (under the legend) and still
            // had no room for seven shares.
            #expect(Self.radius(drawing.frame, fill: Style.base.colors.charts[0]) >= 0.3 * 200, "a pie kept large")
        }
    }

    @Test("A pie whose shares all fit is never gathered; a slice thicker than 5 % never is")
    func notGathered() throws {
        let engine = try ChartFixtures.engine()
        let pie12 = ChartFixtures.chart(.pie, categories: PieLabelsOnChartTests.names, series: [PieLabelsOnChartTests.values])
        #expect(GalleryReviewTests.draw(pie12, engine: engine).warnings.isEmpty)
        let thick = ChartFixtures.chart(.pie, categories: ["A", "B", "C"], series: [[60, 39.9, 0.1]])
        let drawing = GalleryReviewTests.draw(thick, engine: engine, width: 900, height: 50)
        #expect(!drawing.warnings.contains { $0.contains("together") }, "\(drawing.warnings)")
    }

    @Test("A slice whose legend entry found no room is named beside it")
    func namedBeside() throws {
        let engine = try ChartFixtures.engine()
        let names = ["Transport and logistics", "Energy and mines", "Agriculture and forestry", "Education and sports",
                     "Public health", "Tourism", "Digital economy", "Water supply"]
        let chart = ChartFixtures.chart(.pie, categories: names, series: [[30, 22, 16, 12, 9, 6, 3, 2]], unit: "USD")
        let drawing = GalleryReviewTests.draw(chart, engine: engine, width: 460, height: 100)
        #expect(drawing.warnings == ["legend entry 'Water supply' left out: no room"], "\(drawing.warnings)")
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(texts.contains("Water supply 2%"), "\(texts)")
    }
}

@Suite("Print-safe lines")
struct PrintSafeMarkerTests {
    @Test("Eight series in print have eight different markers, and twelve twelve different marker and dash pairs")
    func distinctMarkers() throws {
        let eight = SeriesLook.printSafe(count: 8).map { "\($0.marker) \($0.hollow)" }
        #expect(Set(eight).count == 8, "\(eight)")
        let twelve = SeriesLook.printSafe(count: 12).map { "\($0.marker) \($0.hollow) \($0.dash)" }
        #expect(Set(twelve).count == 12, "\(twelve)")
        // As drawn: on each line, the marker at the first category (shape and fill read back).
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.line, categories: ["A", "B", "C"], series: (0..<8).map { [Double($0 * 10), 5, 3] },
                                        names: (1...8).map { "S\($0)" })
        let frame = ChartFixtures.render(chart, engine: engine, height: 300, printSafe: true)
        var drawn: [String] = []
        for item in frame.items {
            guard case .path(let elements, let paint) = item, let fill = paint.fill, elements.count >= 4 else { continue }
            let points: [Point] = elements.compactMap { element -> Point? in
                switch element {
                case .move(let point), .line(let point), .cubic(_, _, let point): point
                case .close: nil
                }
            }
            let xs: [Double] = points.map { $0.x }, ys: [Double] = points.map { $0.y }
            let width = (xs.max() ?? 0) - (xs.min() ?? 0), height = (ys.max() ?? 0) - (ys.min() ?? 0)
            guard width > 2 && width < 8 && height < 8 else { continue }
            let axisAligned = zip(points, points.dropFirst()).allSatisfy { pair in
                abs(pair.0.x - pair.1.x) < 1e-6 || abs(pair.0.y - pair.1.y) < 1e-6
            }
            drawn.append("\(elements.count) \(axisAligned) \(fill == .white ? "hollow" : "filled")")
        }
        // Each series' markers (three a line, one in the legend) share a signature; eight kinds in all.
        #expect(Set(drawn).count == 8, "\(Set(drawn))")
    }
}

@Suite("Axes for a small overhang")
struct AxisOverhangTests {
    @Test("A tiny negative value takes the axis only a fifth of a step below zero, the ticks from zero up")
    func tinyNegative() {
        let anything: (ValueAxis) -> Bool = { _ in true }
        // `many-cat-bar` of the QA's bars.yaml: −0.3 beside 16.25 (EUR million) ran the axis to −5.
        let axis = ValueAxis.choose(covering: -0.3, 16.25, fits: anything)
        #expect(axis.ticks.first == 0 && axis.upper >= 16.25, "\(axis.ticks)")
        #expect(axis.lower <= -0.3 && axis.lower >= -axis.step / 5 - 1e-9, "\(axis.lower), step \(axis.step)")
        // A tiny positive value beside negative ones, likewise.
        let mirrored = ValueAxis.choose(covering: -16.25, 0.3, fits: anything)
        #expect(mirrored.ticks.last == 0 && mirrored.upper >= 0.3 && mirrored.upper <= mirrored.step / 5 + 1e-9)
        // A value using half its interval or more keeps its tick.
        let half = ValueAxis.choose(covering: -3, 16.25, fits: anything)
        #expect(half.ticks.first == half.lower && half.lower < 0, "\(half.ticks)")
        // Zero stays a tick, and every value is inside the axis.
        for axis in [axis, mirrored, half] { #expect(axis.ticks.contains(0)) }
    }

    @Test("Drawn: the bar chart's first tick is zero and its plot reaches just past the −0.3 bar")
    func drawn() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.bar, categories: ["A", "B", "C"], series: [[8.45, -0.3, 16.25]])
        let drawing = GalleryReviewTests.draw(chart, engine: engine)
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(!texts.contains { $0.hasPrefix("\u{2212}") && !$0.contains(".") }, "no negative tick: \(texts)")
        let grid = GalleryReviewTests.gridlines(drawing.frame).sorted()
        let bars = drawing.frame.filledRectangles.filter { $0.fill == Style.base.colors.charts[0] }.map(\.rect)
        let negative = try #require(bars.min { $0.x < $1.x })
        let zero = try #require(grid.first)
        #expect(abs(negative.maxX - zero) < 0.01, "the negative bar hangs from the first gridline, zero")
        let step = grid[1] - grid[0]
        #expect(zero - negative.x < step / 5 + 0.01 && zero - negative.x > 0)
    }
}

@Suite("Totals of negative stacks")
struct NegativeTotalTests {
    @Test("An all-negative stack's total stands inside the plot, clear of the category names", arguments: ["en", "ar"])
    func insidePlot(language: String) throws {
        let engine = try ChartFixtures.engine()
        // `allneg-stack-bar` of the QA's bars.yaml.
        let chart = ChartFixtures.chart(.stackedBar, categories: ["X", "Y"], series: [[-1500, -250], [-2500, -50]], names: ["A", "B"],
                                        unit: "USD", scale: .thousand)
        let drawing = GalleryReviewTests.draw(chart, engine: engine, language: language)
        let boxes = drawing.frame.runBoxes(engine: engine, language: language)
        let total = try #require(boxes.first { $0.text.contains("4.00") }, "\(boxes.map(\.text))")
        let name = try #require(boxes.first { $0.text == "X" })
        let grid = GalleryReviewTests.gridlines(drawing.frame).sorted()
        let bars = drawing.frame.filledRectangles.filter { $0.rect.height > 20 && $0.fill != .white }.map(\.rect)
        let stack = try #require(bars.min { $0.width > $1.width })
        if language == "ar" {
            // Mirrored: the names on the right, the plot's negative end beside them.
            #expect(total.bounds.x >= stack.maxX && total.bounds.maxX <= (grid.last ?? 0) + 0.01, "\(total.bounds) \(grid)")
            #expect(name.bounds.x - total.bounds.maxX >= 3 * ChartContext.gap)
        } else {
            #expect(total.bounds.maxX <= stack.x && total.bounds.x >= (grid.first ?? .infinity) - 0.01, "\(total.bounds) \(grid)")
            #expect(total.bounds.x - name.bounds.maxX >= 3 * ChartContext.gap)
        }
    }
}
