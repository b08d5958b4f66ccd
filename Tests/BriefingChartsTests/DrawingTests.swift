@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import Foundation
import Testing

@Suite("Drawing primitives")
struct DrawingTests {
    @Test("Bézier arcs stay on their circle, either way round")
    func arcs() {
        let centre = Point(x: 50, y: 40)
        for (start, end) in [(0.0, 2 * Double.pi), (-Double.pi / 2, 0.3), (2.0, -1.0)] {
            var current = PathGeometry.point(centre, 30, start)
            for case .cubic(let a, let b, let c) in PathGeometry.arc(center: centre, radius: 30, from: start, to: end) {
                for t in stride(from: 0.0, through: 1, by: 0.125) {
                    let u = 1 - t
                    let x = u * u * u * current.x + 3 * u * u * t * a.x + 3 * u * t * t * b.x + t * t * t * c.x
                    let y = u * u * u * current.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * c.y
                    #expect(abs(hypot(x - centre.x, y - centre.y) - 30) < 30 * 3e-4)
                }
                current = c
            }
            #expect(abs(current.x - PathGeometry.point(centre, 30, end).x) < 1e-9)
        }
    }

    @Test("Hatching stays inside the shape it fills, holes included")
    func hatching() {
        let ring = PathGeometry.wedge(center: Point(x: 0, y: 0), inner: 10, outer: 20, from: 0, to: 2 * .pi)
        let lines = Hatch(angle: .pi / 4, color: .black).lines(inside: ring)
        #expect(lines.count > 10)
        for case .line(let end) in lines {
            let distance = hypot(end.x, end.y)
            #expect(distance >= 9.9 && distance <= 20.01)
        }
        var previous: Point?
        for element in lines {
            switch element {
            case .move(let point): previous = point
            case .line(let point):
                // The midpoint of each segment is inside the ring, not in its hole.
                let middle = hypot((previous!.x + point.x) / 2, (previous!.y + point.y) / 2)
                #expect(middle > 10 && middle < 20)
            default: Issue.record("hatching is moves and lines")
            }
        }
    }

    @Test("Mirroring reflects shapes and label boxes, never the text")
    func mirroring() throws {
        let engine = try ChartFixtures.engine()
        let maker = LabelMaker(engine: engine, families: ["latin": "Noto Sans"], size: 8)
        var canvas = ChartCanvas()
        canvas.fill(PathElement.rectangle(Rect(x: 10, y: 5, width: 20, height: 8)), color: .black)
        let label = maker.make("Label", language: "en")
        canvas.place(label, at: Point(x: 10, y: 20), color: .black)
        let frame = canvas.mirrored(width: 100).frame(width: 100, height: 50)
        #expect(frame.filledRectangles.first?.rect == Rect(x: 70, y: 5, width: 20, height: 8))
        let run = try #require(frame.runBoxes(engine: engine, language: "en").first)
        #expect(abs(run.bounds.maxX - 90) < 1e-9)
        #expect(run.text == "Label")
    }

    @Test("A series' own colour wins, then its delegation's, then the palette's for its position")
    func colours() throws {
        let engine = try ChartFixtures.engine()
        let red = Color(hex: "#CC0000")!, green = Color(hex: "#00AA00")!
        let series = [ChartSeries(name: Text("Viet Nam"), values: [1], color: red),
                      ChartSeries(name: Text("Laos"), values: [2]), ChartSeries(name: Text("Other"), values: [3])]
        let chart = Chart(id: "c", type: .column, title: Text("C"), categories: [Text("2025")], series: series)
        var options = ChartOptions(style: ChartFixtures.style, language: "en")
        options.delegationColors = [.init(name: Text("Laos"), color: green), .init(name: Text("Viet Nam"), color: .black)]
        let frame = ChartRenderer.frame(for: chart, size: (300, 150), style: ChartFixtures.style, options: options, text: engine)
        let fills = Set(frame.filledRectangles.map(\.fill)).subtracting([.white])
        #expect(fills == [red, green, Style.base.colors.charts[2]])
    }
}
