@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingNative
import BriefingStyle
import BriefingText
import Foundation

/// Charts, a text engine on the project's font set, and geometry read back from frames.
enum ChartFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Font sets are built one at a time: tests run in parallel, and fontconfig writing one
    /// cache folder from several threads at once has given font sets that shape nothing.
    private static let building = NSLock()

    /// One engine per test: Pango font maps must not be shared between threads.
    static func engine() throws -> TextEngine {
        building.lock()
        defer { building.unlock() }
        let fonts = try FontSystem(
            configurationFiles: ["fonts.conf", "cjk.conf"].map { repository.appendingPathComponent("Fonts/\($0)") },
            directories: [repository.appendingPathComponent("Fonts")],
            cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-fontcache"))
        return TextEngine(fonts: fonts)
    }

    static let style = Style.base

    static func chart(_ type: ChartType, categories: [String], series: [[Double?]], names: [String]? = nil,
                      unit: String? = nil, scale: ChartScale = .one) -> Chart {
        let list = series.enumerated().map { index, values in
            ChartSeries(name: names.map { Text($0[index]) }, values: values)
        }
        return Chart(id: "test", type: type, title: Text("Test"), unit: unit.map { Text($0) }, scale: scale,
                     categories: categories.map { Text($0) }, series: list)
    }

    static func render(_ chart: Chart, engine: TextEngine, language: String = "en", width: Double = 460, height: Double = 220,
                       printSafe: Bool = false) -> Frame {
        var options = ChartOptions(style: style, language: language)
        options.printSafe = printSafe
        return ChartRenderer.frame(for: chart, size: (width, height), style: style, options: options, text: engine)
    }

    /// Every kind of chart, with awkward data: negative, zero, tiny and huge values, one
    /// category, a gap, long names; in Latin, Lao, Arabic and Japanese.
    static func gallery(language: String) -> [Chart] {
        let names: [String] = switch language {
        case "lo": ["ການຄ້າສອງຝ່າຍ", "ການລົງທຶນໂດຍກົງຈາກຕ່າງປະເທດ", "ການທ່ອງທ່ຽວ", "ພະລັງງານໄຟຟ້າ"]
        case "ar": ["التجارة الثنائية", "الاستثمار الأجنبي المباشر", "السياحة", "الطاقة الكهربائية"]
        case "ja": ["二国間貿易", "海外直接投資の総額", "観光", "電力"]
        default: ["Bilateral trade", "Foreign direct investment in the northern provinces", "Tourism", "Electricity"]
        }
        var charts: [Chart] = []
        for type in [ChartType.column, .bar, .stackedColumn, .stackedBar, .line, .area] {
            charts.append(chart(type, categories: names, series: [[5, 10, -2.5, 0], [3, nil, 4, 1.25]],
                                names: ["2024", "2025"], unit: "USD", scale: .billion))
            charts.append(chart(type, categories: [names[1]], series: [[1e12]], unit: "t"))
            charts.append(chart(type, categories: names, series: [[1e-6, 3e-6, 2.5e-6, 0]]))
        }
        charts.append(chart(.line, categories: (2001...2040).map(String.init), series: [(0..<40).map { $0 % 9 == 4 ? nil : Double($0 * $0) }]))
        charts.append(chart(.column, categories: (1...24).map { names[$0 % 4] + " \($0)" }, series: [(1...24).map(Double.init)]))
        charts.append(chart(.bar, categories: (1...40).map { names[$0 % 4] + " \($0)" }, series: [(1...40).map { Double($0 % 7) - 2 }]))
        charts.append(chart(.column, categories: names, series: [[nil, nil, nil, nil], [0, 0, 0, 0]], names: ["a", "b"]))
        charts.append(chart(.stackedBar, categories: names, series: [[-1, -2, -3, -4], [-0.5, -1, nil, -2]], names: ["a", "b"]))
        charts.append(chart(.column, categories: names, series: (1...8).map { index in names.indices.map { Double(index * $0) } },
                            names: (1...8).map { names[$0 % 4] + " \($0)" }, unit: "%"))
        for type in [ChartType.pie, .donut] {
            charts.append(chart(type, categories: names, series: [[70, 0.5, 25, 4.5]], unit: "USD", scale: .million))
            charts.append(chart(type, categories: [names[0]], series: [[3]]))
            charts.append(chart(type, categories: names + names.map { $0 + " 2" }, series: [[60, 1, 1, 1, 1, 1, 1, 0.2]]))
        }
        let days = ["2024-01-15", "2024-03-02", "2024-03-20", "2024-09-30", "2025-06-01", "2025-12-02"]
        charts.append(Chart(id: "timeline", type: .timeline, title: Text("T"),
                            events: days.enumerated().map { ChartEvent(date: Day($1)!, label: Text(names[$0 % 4])) }))
        charts.append(Chart(id: "crowded", type: .timeline, title: Text("T"),
                            events: (0..<14).map { ChartEvent(date: Day(year: 2025, month: 1 + $0 % 12, day: 1 + $0)!, label: Text(names[$0 % 4])) }))
        charts.append(Chart(id: "centuries", type: .timeline, title: Text("T"),
                            events: ["1353-01-01", "1893-10-03", "1975-12-02"].map { ChartEvent(date: Day($0)!, label: Text(names[0])) }))
        charts.append(Chart(id: "many", type: .progress, title: Text("P"),
                            items: (1...30).map { ProgressItem(label: Text(names[$0 % 4]), value: Double($0), target: 20) }))
        charts.append(Chart(id: "one-event", type: .timeline, title: Text("T"),
                            events: [ChartEvent(date: Day("2025-12-02")!, label: Text(names[1]))]))
        charts.append(Chart(id: "progress", type: .progress, title: Text("P"), unit: Text("USD"), scale: .billion,
                            items: [ProgressItem(label: Text(names[0]), value: 4, target: 5),
                                    ProgressItem(label: Text(names[1]), value: 12, target: 10),
                                    ProgressItem(label: Text(names[2]), value: -1, target: 3),
                                    ProgressItem(label: Text(names[3]), value: 0, target: 1e-6)]))
        return charts
    }
}

/// A label's glyph run as the page shows it: a box from the font's ascent to its descent,
/// turned with its group.
struct RunBox {
    var text: String
    var corners: [Point]

    /// Separating-axis test for two convex quadrilaterals; touching edges do not count.
    func intersects(_ other: RunBox, tolerance: Double = 0.05) -> Bool {
        for shape in [corners, other.corners] {
            for index in 0..<4 {
                let a = shape[index], b = shape[(index + 1) % 4]
                let axis = Point(x: b.y - a.y, y: a.x - b.x)
                func project(_ points: [Point]) -> (Double, Double) {
                    let values = points.map { $0.x * axis.x + $0.y * axis.y }
                    return (values.min()!, values.max()!)
                }
                let length = (axis.x * axis.x + axis.y * axis.y).squareRoot()
                let (minA, maxA) = project(corners), (minB, maxB) = project(other.corners)
                if maxA <= minB + tolerance * length || maxB <= minA + tolerance * length { return false }
            }
        }
        return true
    }

    var bounds: Rect {
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

extension Frame {
    /// Every glyph run's box, using each run's own font metrics.
    func runBoxes(engine: TextEngine, language: String) -> [RunBox] {
        var boxes: [RunBox] = []
        walk { item, transform in
            guard case .glyphs(let run) = item else { return }
            let font = FontSpec(families: run.font.family, size: run.font.size, bold: run.font.isBold)
            // Bare numbers may be set as Latin text (see `ChartContext.latinNumbers`), and
            // measured as such.
            let bare = !run.text.unicodeScalars.contains { $0.properties.isAlphabetic }
            let metrics = engine.metrics(of: font, language: bare ? "en" : language)
            let local = [Point(x: run.origin.x, y: run.origin.y - metrics.ascent),
                         Point(x: run.origin.x + run.width, y: run.origin.y - metrics.ascent),
                         Point(x: run.origin.x + run.width, y: run.origin.y + metrics.descent),
                         Point(x: run.origin.x, y: run.origin.y + metrics.descent)]
            boxes.append(RunBox(text: run.text, corners: local.map(transform)))
        }
        return boxes
    }

    /// The text of every glyph run, a minus sign joined to the number it goes with: the sign
    /// comes from a fallback face (Noto Sans has none), in a run of its own.
    func texts(engine: TextEngine, language: String) -> [String] {
        var texts: [String] = []
        for box in runBoxes(engine: engine, language: language) {
            let sign = box.text.hasSuffix("\u{2212}") && box.text.count <= 2
            if let last = texts.last, last.hasSuffix("\u{2212}") || (sign && last.hasSuffix("\u{A0}")) {
                texts[texts.count - 1] = last + box.text
            } else {
                texts.append(box.text)
            }
        }
        return texts
    }

    /// Every point a path passes through (curves sampled), on the page.
    var pathPoints: [Point] {
        var points: [Point] = []
        walk { item, transform in
            guard case .path(let elements, _) = item else { return }
            var current = Point(x: 0, y: 0)
            for element in elements {
                switch element {
                case .move(let point), .line(let point):
                    points.append(transform(point))
                    current = point
                case .cubic(let a, let b, let c):
                    for step in 1...8 {
                        let t = Double(step) / 8, u = 1 - t
                        points.append(transform(Point(
                            x: u * u * u * current.x + 3 * u * u * t * a.x + 3 * u * t * t * b.x + t * t * t * c.x,
                            y: u * u * u * current.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * c.y)))
                    }
                    current = c
                case .close:
                    break
                }
            }
        }
        return points
    }

    /// Filled rectangles (bars, tracks, legend swatches) with their fill colour.
    var filledRectangles: [(rect: Rect, fill: Color)] {
        items.compactMap { item in
            guard case .path(let elements, let paint) = item, let fill = paint.fill, elements.count == 5,
                  case .move(let a) = elements[0], case .line(let b) = elements[1], case .line(let c) = elements[2],
                  case .line(let d) = elements[3], a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x
            else { return nil }
            return (Rect(x: min(a.x, c.x), y: min(a.y, c.y), width: abs(c.x - a.x), height: abs(c.y - a.y)), fill)
        }
    }

    /// Stroked paths with their paint.
    var strokes: [(elements: [PathElement], paint: Paint)] {
        items.compactMap { item in
            guard case .path(let elements, let paint) = item, paint.stroke != nil, paint.fill == nil else { return nil }
            return (elements, paint)
        }
    }

    /// Visits every item, with the transform from its coordinates to the page's.
    func walk(_ visit: (FrameItem, (Point) -> Point) -> Void) {
        walk(transform: { $0 }, visit)
    }

    private func walk(transform: @escaping (Point) -> Point, _ visit: (FrameItem, (Point) -> Point) -> Void) {
        for item in items {
            if case .group(let frame, let translate, let rotate, _) = item {
                let inner: (Point) -> Point = { point in
                    transform(Point(x: translate.x + point.x * cos(rotate) - point.y * sin(rotate),
                                    y: translate.y + point.x * sin(rotate) + point.y * cos(rotate)))
                }
                frame.walk(transform: inner, visit)
            } else {
                visit(item, transform)
            }
        }
    }
}
