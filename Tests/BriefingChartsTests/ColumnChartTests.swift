@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import Foundation
import Testing

@Suite("Column, bar, line and area charts")
struct ColumnChartTests {
    static let blue = Style.base.colors.charts[0]

    private func bars(_ frame: Frame, color: Color = blue) -> [Rect] {
        frame.filledRectangles.filter { $0.fill == color }.map(\.rect)
    }

    /// The thick horizontal (or vertical) stroke the bars stand on.
    private func zeroLine(_ frame: Frame) -> [PathElement]? {
        frame.strokes.first { $0.paint.lineWidth == 0.8 }?.elements
    }

    @Test("Column heights are proportional to the values and stand on the zero line")
    func proportional() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["A", "B", "C"], series: [[5, 10, 2.5]]), engine: engine)
        let columns = bars(frame).sorted { $0.x < $1.x }
        try #require(columns.count == 3)
        #expect(abs(columns[1].height / columns[0].height - 2) < 1e-9)
        #expect(abs(columns[2].height / columns[0].height - 0.5) < 1e-9)
        let zero = try #require(zeroLine(frame))
        guard case .move(let start) = zero[0] else { Issue.record("zero line"); return }
        for column in columns { #expect(abs(column.maxY - start.y) < 1e-9) }
        #expect(Set(columns.map(\.width)).count == 1)
    }

    @Test("Negative values hang below a visible zero line, to scale with positive ones")
    func negative() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["A", "B"], series: [[-3, 6]]), engine: engine)
        let columns = bars(frame).sorted { $0.x < $1.x }
        try #require(columns.count == 2)
        let zero = try #require(zeroLine(frame))
        guard case .move(let start) = zero[0], case .line(let end) = zero[1] else { Issue.record("zero line"); return }
        #expect(start.y == end.y)
        #expect(abs(columns[0].y - start.y) < 1e-9, "the negative column starts at zero")
        #expect(abs(columns[1].maxY - start.y) < 1e-9, "the positive column ends at zero")
        #expect(abs(columns[1].height / columns[0].height - 2) < 1e-9)
        // Its value label sits below it, and says it is negative.
        let boxes = frame.runBoxes(engine: engine, language: "en")
        let sign = try #require(boxes.indices.dropLast().first { boxes[$0].text.hasSuffix("\u{2212}") && boxes[$0 + 1].text.hasPrefix("3") })
        let label = boxes[sign]
        #expect(label.bounds.y >= columns[0].maxY)
    }

    @Test("Gridlines are evenly spaced round ticks that reach past the tallest bar")
    func gridlines() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["A", "B"], series: [[7.3, 2]]), engine: engine)
        let ys = frame.strokes.filter { $0.paint.lineWidth == 0.4 }.compactMap { stroke -> Double? in
            if case .move(let point) = stroke.elements[0] { return point.y }
            return nil
        }.sorted()
        try #require(ys.count >= 3)
        let spacing = ys[1] - ys[0]
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(abs(b - a - spacing) < 1e-6) }
        let tallest = try #require(bars(frame).map(\.y).min())
        #expect(ys[0] <= tallest)
        let texts = Set(frame.runBoxes(engine: engine, language: "en").map(\.text))
        #expect(texts.isSuperset(of: ["0", "2", "4", "6", "8"]))
    }

    @Test("Bars run across from the zero line, lengths proportional, names beside them")
    func horizontal() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.bar, categories: ["North", "South", "East"], series: [[4, 8, -2]]),
                                         engine: engine)
        let rows = bars(frame).sorted { $0.y < $1.y }
        try #require(rows.count == 3)
        #expect(abs(rows[1].width / rows[0].width - 2) < 1e-9)
        #expect(abs(rows[2].width / rows[0].width - 0.5) < 1e-9)
        #expect(abs(rows[0].x - rows[2].maxX) < 1e-9, "positive bars start where the negative one ends")
        let north = try #require(frame.runBoxes(engine: engine, language: "en").first { $0.text == "North" })
        #expect(north.bounds.maxX <= rows.map(\.x).min()!)
    }

    @Test("Stacked columns pile their series, the total on top")
    func stacked() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.stackedColumn, categories: ["A", "B"], series: [[3, 1], [2, 4]], names: ["x", "y"])
        let frame = ChartFixtures.render(chart, engine: engine)
        let first = bars(frame).filter { $0.width > 20 }.sorted { $0.x < $1.x }
        let second = bars(frame, color: Style.base.colors.charts[1]).filter { $0.width > 20 }.sorted { $0.x < $1.x }
        try #require(first.count == 2 && second.count == 2)
        #expect(abs(second[0].maxY - first[0].y) < 1e-9, "the second series sits on the first")
        #expect(abs((first[0].height + second[0].height) / (first[1].height + second[1].height) - 1) < 1e-9)
        #expect(frame.runBoxes(engine: engine, language: "en").contains { $0.text == "5" })
    }

    @Test("A null value breaks the line; the point alone between gaps keeps its marker")
    func nullGap() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.line, categories: ["1", "2", "3", "4", "5", "6"], series: [[1, 2, nil, 4, nil, 5]])
        let frame = ChartFixtures.render(chart, engine: engine)
        let lines = frame.strokes.filter { $0.paint.lineWidth == LineSeries.lineWidth }
        #expect(lines.count == 1)
        #expect(lines.first?.elements.count == 2, "only 1 → 2 is joined")
        let markers = frame.items.filter { item in
            if case .path(let elements, let paint) = item { return paint.fill == Self.blue && elements.contains { if case .cubic = $0 { true } else { false } } }
            return false
        }
        #expect(markers.count == 4)
    }

    @Test("Area charts fill down to zero and break at gaps")
    func area() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.area, categories: ["1", "2", "3", "4"], series: [[1, 3, nil, 2]])
        let frame = ChartFixtures.render(chart, engine: engine)
        let fills = frame.items.compactMap { item -> [PathElement]? in
            if case .path(let elements, let paint) = item, paint.fill == Self.blue.lighter(LineSeries.areaTint) { return elements }
            return nil
        }
        #expect(fills.count == 1)
        let zero = try #require(zeroLine(frame))
        guard case .move(let start) = zero[0], case .move(let base) = fills.first?.first else { Issue.record("paths"); return }
        #expect(abs(base.y - start.y) < 1e-9)
    }

    @Test("One category gives one bar of sensible width, centred")
    func singleCategory() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["Only"], series: [[7]]), engine: engine)
        let column = try #require(bars(frame).first)
        #expect(column.width <= BarBands.maximumThickness)
        let label = try #require(frame.runBoxes(engine: engine, language: "en").first { $0.text == "Only" })
        #expect(abs(label.bounds.x + label.bounds.width / 2 - (column.x + column.width / 2)) < 0.5)
    }

    @Test("Tiny and huge values: labels read 3 × 10⁻⁶ and 1 trillion")
    func extremes() throws {
        let engine = try ChartFixtures.engine()
        let tiny = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["A", "B"], series: [[1e-6, 3e-6]]), engine: engine)
        let small = tiny.runBoxes(engine: engine, language: "en").map(\.text)
        #expect(small.contains("3"), "value label, bare")
        #expect(small.contains("×\u{A0}10⁻⁶"), "axis caption")
        #expect(small.contains("3.0"), "top tick")
        let huge = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["A"], series: [[1e12]], unit: "t"), engine: engine)
        let texts = huge.runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("1"), "value label, bare")
        #expect(texts.contains("trillion\u{A0}t"), "axis caption")
        #expect(texts.contains("1.0"), "top tick")
    }

    @Test("French value labels carry the French scale word")
    func frenchLabels() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: ["Objectif 1", "Objectif 2"], series: [[5, 10]], unit: "USD", scale: .billion)
        let texts = ChartFixtures.render(chart, engine: engine, language: "fr").runBoxes(engine: engine, language: "fr").map(\.text)
        #expect(texts.contains { $0.contains("Md") })
        #expect(texts.contains("Objectif 1"))
    }

    @Test("Many long names turn rather than overlap")
    func turnedLabels() throws {
        let engine = try ChartFixtures.engine()
        let names = (1...16).map { "Province number \($0) of the north" }
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: names, series: [(1...16).map(Double.init)]),
                                         engine: engine)
        let turned = frame.items.filter { if case .group(_, _, let angle, _) = $0 { angle != 0 } else { false } }
        #expect(turned.count == 16)
        let boxes = frame.runBoxes(engine: engine, language: "en")
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] { #expect(!box.intersects(other), "\(box.text) / \(other.text)") }
        }
    }

    @Test("Right to left: categories run from the right, the value axis on the right")
    func rightToLeft() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(ChartFixtures.chart(.column, categories: ["أ", "ب", "ج"], series: [[1.5, 2.5, 3.5]]),
                                         engine: engine, language: "ar")
        let columns = bars(frame).sorted { $0.x > $1.x }
        try #require(columns.count == 3)
        #expect(columns[0].height < columns[1].height && columns[1].height < columns[2].height)
        let ticks = frame.runBoxes(engine: engine, language: "ar").filter { ["0.0", "1.0", "2.0", "3.0"].contains($0.text) }
        #expect(ticks.count == 4)
        let leftmostTick = try #require(ticks.map(\.bounds.x).min())
        #expect(leftmostTick > columns.map(\.maxX).max()!)
    }

    @Test("Print-safe series differ by grey and hatching, the hatching inside its bars")
    func printSafe() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: ["A", "B"], series: [[3, 4], [2, 5]], names: ["x", "y"])
        let frame = ChartFixtures.render(chart, engine: engine, printSafe: true)
        let fills = frame.items.compactMap { item -> Color? in
            if case .path(_, let paint) = item { return paint.fill }
            return nil
        }
        #expect(fills.allSatisfy { $0.red == $0.green && $0.green == $0.blue }, "no hue")
        let rects = frame.filledRectangles.map(\.rect)
        let hatching = frame.strokes.filter { $0.paint.lineWidth == 0.5 && $0.elements.count > 4 }
        #expect(!hatching.isEmpty)
        for stroke in hatching {
            for case .line(let point) in stroke.elements {
                #expect(rects.contains { point.x >= $0.x - 1e-6 && point.x <= $0.maxX + 1e-6 && point.y >= $0.y - 1e-6 && point.y <= $0.maxY + 1e-6 })
            }
        }
    }
}
