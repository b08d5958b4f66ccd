@testable import BriefingCharts
import BriefingFrame
import Foundation
import Testing

@Suite struct DebugDump {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["CHART_DEBUG"] != nil else { return }
        let engine = try ChartFixtures.engine()
        for language in ["en", "lo"] {
            var render = 0.0, boxes = 0.0, points = 0.0
            for chart in ChartFixtures.gallery(language: language) {
                var t = Date()
                let frame = ChartFixtures.render(chart, engine: engine, language: language)
                render += Date().timeIntervalSince(t); t = Date()
                let b = frame.runBoxes(engine: engine, language: language)
                for (i, x) in b.enumerated() { for y in b[(i+1)...] { _ = x.intersects(y) } }
                boxes += Date().timeIntervalSince(t); t = Date()
                _ = frame.pathPoints
                points += Date().timeIntervalSince(t)
            }
            print("TIME", language, render, boxes, points)
        }
    }
}
