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
        let leaders = frame.strokes.filter { $0.paint.lineWidth == 0.5 && $0.elements.count == 3 }
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
