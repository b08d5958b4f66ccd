@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import Foundation
import Testing

@Suite("Pie and donut charts")
struct PieChartTests {
    /// Each filled slice's swept angle along its outer edge, and the direction the edge leaves
    /// its first point in. A Bézier arc turns by as much as the tangents at its two ends differ.
    private func slices(_ frame: Frame) -> [(sweep: Double, heading: Double)] {
        frame.items.compactMap { item in
            guard case .path(let elements, let paint) = item, paint.fill != nil, paint.fill != .white,
                  case .move(var previous) = elements.first else { return nil }
            var sweep = 0.0
            var heading: Double?
            for element in elements.dropFirst() {
                guard case .cubic(let c1, let c2, let end) = element else { break }
                let a = atan2(c1.y - previous.y, c1.x - previous.x), b = atan2(end.y - c2.y, end.x - c2.x)
                var delta = b - a
                while delta <= -.pi { delta += 2 * .pi }
                while delta > .pi { delta -= 2 * .pi }
                sweep += delta
                heading = heading ?? a
                previous = end
            }
            return heading.map { (sweep, $0) }
        }
    }

    @Test("Slice angles sum to a full turn, each in proportion to its value")
    func fullTurn() throws {
        let engine = try ChartFixtures.engine()
        let values = [50.0, 30, 15, 5]
        let frame = ChartFixtures.render(ChartFixtures.chart(.pie, categories: ["A", "B", "C", "D"], series: [values]), engine: engine)
        let found = slices(frame)
        try #require(found.count == 4)
        let total: Double = found.map(\.sweep).reduce(0, +)
        #expect(abs(total - 2 * Double.pi) < 1e-9)
        for (slice, value) in zip(found, values) {
            #expect(abs(slice.sweep / (2 * .pi) - value / 100) < 1e-9)
        }
        #expect(abs(found[0].heading) < 1e-9, "the first slice starts at twelve o'clock, heading right")
        #expect(found.allSatisfy { $0.sweep > 0 }, "clockwise")
    }

    @Test("Right to left, slices turn the other way")
    func mirrored() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.pie, categories: ["أ", "ب"], series: [[75, 25]]), engine: engine,
                                         language: "ar")
        let found = slices(frame)
        try #require(found.count == 2)
        #expect(abs(found[0].sweep + 1.5 * .pi) < 1e-9)
        #expect(abs(abs(found[0].heading) - .pi) < 1e-9, "from twelve o'clock, heading left")
    }

    @Test("Thin slices get their share outside, on a leader line; big ones inside")
    func outsideLabels() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.pie, categories: ["A", "B", "C", "D"], series: [[90, 1, 1, 8]])
        let frame = ChartFixtures.render(chart, engine: engine)
        let leaders = PieLeaderTests.leaders(frame)
        #expect(leaders.count >= 2)
        let texts = frame.runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("90%"))
        #expect(texts.filter { $0 == "1%" }.count == 2)
    }

    @Test("A donut shows its total in the hole and zero slices take no room")
    func donut() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.donut, categories: ["A", "B", "C"], series: [[3, 0, 2]], unit: "USD", scale: .billion)
        let frame = ChartFixtures.render(chart, engine: engine)
        let found = slices(frame)
        #expect(found.count == 2)
        let total: Double = found.map(\.sweep).reduce(0, +)
        #expect(abs(total - 2 * Double.pi) < 1e-9)
        #expect(frame.runBoxes(engine: engine, language: "en").contains { $0.text.contains("5") && $0.text.contains("billion") })
    }
}

/// Leader lines of outside share labels, read back from frames.
@Suite("Pie and donut leader lines")
struct PieLeaderTests {
    /// Leader lines: thin strokes of three or four points (the slice's edge, the end of the
    /// stub, the knee when the stub does not end level with the label, the label).
    static func leaders(_ frame: Frame) -> [[Point]] {
        frame.strokes.compactMap { stroke -> [Point]? in
            guard stroke.paint.lineWidth == 0.5, (3...4).contains(stroke.elements.count) else { return nil }
            let points = stroke.elements.compactMap { element -> Point? in
                switch element {
                case .move(let point), .line(let point): point
                default: nil
                }
            }
            return points.count == stroke.elements.count ? points : nil
        }
    }

    /// Whether segments ab and cd meet (touching counts) or come closer than `clearance`.
    static func meet(_ a: Point, _ b: Point, _ c: Point, _ d: Point, clearance: Double = 0.5) -> Bool {
        func cross(_ o: Point, _ p: Point, _ q: Point) -> Double { (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x) }
        let d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        func distance(_ p: Point, _ s: Point, _ e: Point) -> Double {
            let dx = e.x - s.x, dy = e.y - s.y, length = dx * dx + dy * dy
            let t = length > 0 ? max(0, min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / length)) : 0
            return hypot(p.x - (s.x + t * dx), p.y - (s.y + t * dy))
        }
        return min(distance(a, c, d), distance(b, c, d), distance(c, a, b), distance(d, a, b)) < clearance
    }

    /// Pies and donuts with runs of thin neighbouring slices all round the clock, the Thai
    /// donut the reviewer found (0.5 % beside 4.5 %) among them.
    static let cases: [[Double]] = [
        [70, 0.5, 25, 4.5],
        [60, 0.5, 4.5, 1, 0.8, 30, 0.3, 2, 0.9],
        [0.5, 4.5, 1, 0.8, 60, 1.2, 0.3, 2, 29.7],
        [30, 0.4, 0.6, 1.5, 0.7, 0.9, 66],
        [2, 1, 0.5, 90, 0.5, 1, 2, 3],
        [45, 1, 1, 1, 1, 1, 1, 1, 48],
        [20, 3, 2, 1, 0.5, 40, 0.5, 1, 2, 3, 27],
    ]

    @Test("No two leader lines cross or touch, and none runs over a label",
          arguments: ["th", "en", "ar", "ja"], [ChartType.pie, .donut])
    func noCrossing(language: String, type: ChartType) throws {
        let engine = try ChartFixtures.engine()
        for values in Self.cases {
            for (width, height) in [(460.0, 220.0), (300, 260), (240, 160)] {
                let categories = values.indices.map { "S\($0 + 1)" }
                let chart = ChartFixtures.chart(type, categories: categories, series: [values])
                let frame = ChartFixtures.render(chart, engine: engine, language: language, width: width, height: height)
                let name = "\(type.rawValue) \(values) \(language) \(width)×\(height)"
                let leaders = Self.leaders(frame)
                if values.filter({ $0 < 3 }).count >= 3 { #expect(leaders.count >= 3, "\(name)") }
                for (index, leader) in leaders.enumerated() {
                    for other in leaders[(index + 1)...] {
                        for (a, b) in zip(leader, leader.dropFirst()) {
                            for (c, d) in zip(other, other.dropFirst()) where Self.meet(a, b, c, d) {
                                Issue.record("\(name): leaders \(leader) and \(other) cross")
                            }
                        }
                    }
                }
                // On each side, labels come in the order of their slices' elbows, top to bottom.
                for right in [true, false] {
                    let side = leaders.filter { ($0.last!.x > $0[1].x) == right }.sorted { $0[1].y < $1[1].y }
                    #expect(zip(side, side.dropFirst()).allSatisfy { $0.last!.y < $1.last!.y }, "\(name): labels out of order")
                }
                // Share labels (the "%" runs outside the legend) stay clear of every leader.
                let boxes = frame.runBoxes(engine: engine, language: language).filter { $0.text.hasSuffix("%") }
                for leader in leaders {
                    for (a, b) in zip(leader, leader.dropFirst()) {
                        let segment = RunBox(text: "", corners: [a, b, b, a])
                        for box in boxes where box.intersects(segment, tolerance: 0.01) {
                            Issue.record("\(name): leader \(leader) runs over “\(box.text)”")
                        }
                    }
                }
            }
        }
    }

    @Test("Stacking keeps the labels' order, spacing and bounds, or says it cannot")
    func stacking() {
        let open = [(low: 0.0, high: 100.0), (low: 0.0, high: 100.0), (low: 0.0, high: 100.0)]
        #expect(PieChart.stack(wanted: [10, 11, 12], heights: [10, 10, 10], bounds: open, spacing: 1) == [10, 21, 32])
        var bounds = open
        bounds[2].high = 25
        #expect(PieChart.stack(wanted: [10, 11, 12], heights: [10, 10, 10], bounds: bounds, spacing: 1) == [3, 14, 25])
        bounds = open
        bounds[1].low = 50
        #expect(PieChart.stack(wanted: [10, 11, 12], heights: [10, 10, 10], bounds: bounds, spacing: 1) == [10, 50, 61])
        bounds = open
        bounds[2].high = 15
        #expect(PieChart.stack(wanted: [10, 11, 12], heights: [10, 10, 10], bounds: bounds, spacing: 1) == nil)
        #expect(PieChart.stack(wanted: [5], heights: [10], bounds: [(low: 8, high: 7)], spacing: 1) == nil)
    }
}

/// The reviewer's twelve-slice pie (`pie12` of the blind charts: several slices under 1 %,
/// four slivers together at eleven o'clock): every share labelled on the chart itself.
@Suite("Pie labels all on the chart")
struct PieLabelsOnChartTests {
    static let names = ["China", "Thailand", "Viet Nam", "Japan", "Korea", "Singapore", "USA", "France", "Australia",
                        "India", "Malaysia", "Other"]
    static let values = [4500.0, 2600, 1200, 560, 400, 300, 150, 40, 25, 12, 8, 5]

    @Test("Every share of pie12 beside or inside its slice, none in the legend, labels apart, leaders uncrossed, all inside",
          arguments: ["en", "th", "ja"], [ChartType.pie, .donut])
    func pie12(language: String, type: ChartType) throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(type, categories: Self.names, series: [Self.values], unit: "USD", scale: .million)
        let shares = PieChart.shares(Self.values)
        let format = ChartNumberFormat(language: language)
        let expected = shares.percents.map { format.percent($0, fractionDigits: shares.fractionDigits) }
        for (width, height) in [(460.0, 220.0), (400, 240), (460, 300)] {
            let name = "\(type.rawValue) \(language) \(width)×\(height)"
            let drawing = GalleryReviewTests.draw(chart, engine: engine, language: language, width: width, height: height)
            #expect(drawing.warnings.isEmpty, "\(name): \(drawing.warnings)")
            let boxes = drawing.frame.runBoxes(engine: engine, language: language)
            // Each share is a label of its own (in the legend it would follow an amount).
            let labels = boxes.filter { expected.contains($0.text) }
            #expect(labels.map(\.text).sorted() == expected.sorted(), "\(name): \(boxes.map(\.text))")
            #expect(!boxes.contains { $0.text.contains("%") && !expected.contains($0.text) }, "\(name): a share in the legend")
            for (index, box) in boxes.enumerated() {
                for other in boxes[(index + 1)...] where box.intersects(other) {
                    Issue.record("\(name): “\(box.text)” overlaps “\(other.text)”")
                }
                let b = box.bounds
                #expect(b.x >= -0.01 && b.maxX <= width + 0.01 && b.y >= -0.01 && b.maxY <= height + 0.01, "\(name): “\(box.text)”")
            }
            #expect(drawing.frame.pathPoints.allSatisfy { $0.x >= -0.01 && $0.x <= width + 0.01 && $0.y >= -0.01 && $0.y <= height + 0.01 },
                    "\(name): a path outside the box")
            let leaders = PieLeaderTests.leaders(drawing.frame)
            #expect(leaders.count >= 6, "\(name)")
            Self.expectUncrossed(leaders, labels: labels, name: name)
        }
    }

    /// No leader crosses another, and past their stubs (which start as close together as
    /// the slivers they leave) none comes near another or runs over a share label.
    static func expectUncrossed(_ leaders: [[Point]], labels: [RunBox], name: String) {
        for (index, leader) in leaders.enumerated() {
            let segments = Array(zip(leader, leader.dropFirst()))
            for other in leaders[(index + 1)...] {
                for (s, (a, b)) in segments.enumerated() {
                    for (t, (c, d)) in zip(other, other.dropFirst()).enumerated()
                        where PieLeaderTests.meet(a, b, c, d, clearance: s == 0 && t == 0 ? 0 : 0.5) {
                        Issue.record("\(name): leaders \(leader) and \(other) meet")
                    }
                }
            }
            for (a, b) in segments {
                for box in labels where box.intersects(RunBox(text: "", corners: [a, b, b, a]), tolerance: 0.01) {
                    Issue.record("\(name): leader \(leader) runs over “\(box.text)”")
                }
            }
        }
    }
}

@Suite("Pie shares in the legend only as a last resort")
struct PieLegendFallbackTests {
    @Test("With no room beside even the smallest pie and nothing to gather, a share goes after its name in the legend, with a warning")
    func lastResort() throws {
        let engine = try ChartFixtures.engine()
        let values = [70.0, 29, 1]
        let chart = ChartFixtures.chart(.pie, categories: ["China", "Thailand", "Viet Nam"], series: [values], unit: "USD", scale: .million)
        let drawing = GalleryReviewTests.draw(chart, engine: engine, width: 900, height: 50)
        #expect(drawing.warnings.contains { $0.contains("given in the legend: no room beside the pie") }, "\(drawing.warnings)")
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(texts.contains { $0.hasSuffix("million\u{A0}· 1%)") }, "\(texts)")
        // Each share still shows once, on the chart or in the legend.
        let shares = PieChart.shares(values)
        let expected = shares.percents.map { ChartNumberFormat(language: "en").percent($0, fractionDigits: shares.fractionDigits) }
        let tokens = texts.flatMap { $0.components(separatedBy: CharacterSet(charactersIn: " ()·\u{A0}")) }
        for share in Set(expected) {
            #expect(tokens.filter { $0 == share }.count == expected.filter { $0 == share }.count, "\(share) in \(tokens)")
        }
    }
}
