@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import Foundation
import Testing

/// Every chart type, with awkward data, in several scripts, in colour and in print: nothing
/// leaves the chart's box, no two labels touch, and no label lies over a bar.
@Suite("Every chart stays clean")
struct ChartBoundsTests {
    @Test("Inside the box, labels apart and off the bars", arguments: ["en", "fr", "lo", "ar", "ja"], [false, true])
    func clean(language: String, printSafe: Bool) throws {
        let engine = try ChartFixtures.engine()
        for (width, height) in [(460.0, 220.0), (240, 160), (150, 100)] {
            for chart in ChartFixtures.gallery(language: language) {
                let frame = ChartFixtures.render(chart, engine: engine, language: language, width: width, height: height,
                                                 printSafe: printSafe)
                let name = "\(chart.type.rawValue) \(chart.categories.count) \(width)×\(height)"
                for point in frame.pathPoints {
                    #expect(point.x >= -0.01 && point.x <= width + 0.01 && point.y >= -0.01 && point.y <= height + 0.01,
                            "\(name): path at \(point.x), \(point.y)")
                }
                let boxes = frame.runBoxes(engine: engine, language: language)
                for box in boxes {
                    let bounds = box.bounds
                    #expect(bounds.x >= -0.01 && bounds.maxX <= width + 0.01 && bounds.y >= -0.01 && bounds.maxY <= height + 0.01,
                            "\(name): “\(box.text)” at \(bounds)")
                }
                for (index, box) in boxes.enumerated() {
                    for other in boxes[(index + 1)...] where box.intersects(other) {
                        Issue.record("\(name): “\(box.text)” overlaps “\(other.text)”")
                    }
                }
                for (rect, _) in frame.filledRectangles {
                    let corners = [Point(x: rect.x, y: rect.y), Point(x: rect.maxX, y: rect.y),
                                   Point(x: rect.maxX, y: rect.maxY), Point(x: rect.x, y: rect.maxY)]
                    let shape = RunBox(text: "", corners: corners)
                    for box in boxes where box.intersects(shape) {
                        let inside = box.bounds.x >= rect.x - 0.01 && box.bounds.maxX <= rect.maxX + 0.01
                            && box.bounds.y >= rect.y - 0.01 && box.bounds.maxY <= rect.maxY + 0.01
                        #expect(inside, "\(name): “\(box.text)” lies across a bar at \(rect)")
                    }
                }
            }
        }
    }
}
