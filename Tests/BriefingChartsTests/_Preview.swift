// TEMPORARY visual check, deleted before hand-off.
@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingNative
import Foundation
import Testing

@Suite struct Preview {
    @Test func sheets() throws {
        guard let out = ProcessInfo.processInfo.environment["CHART_PREVIEW"] else { return }
        let engine = try ChartFixtures.engine()
        for language in ["en", "fr", "lo", "ar", "ja"] {
            for printSafe in [false, true] {
                let charts = ChartFixtures.gallery(language: language)
                let w = 460.0, h = 220.0, cols = 3
                let rows = (charts.count + cols - 1) / cols
                let canvas = try Canvas(format: .png, file: nil, width: Double(cols) * (w + 20), height: Double(rows) * (h + 20), scale: 1.5)
                for (i, chart) in charts.enumerated() {
                    let frame = ChartFixtures.render(chart, engine: engine, language: language, width: w, height: h, printSafe: printSafe)
                    canvas.save()
                    canvas.translate(x: Double(i % cols) * (w + 20) + 10, y: Double(i / cols) * (h + 20) + 10)
                    canvas.setColor(red: 1, green: 0.8, blue: 0.8)
                    canvas.setLineWidth(0.3)
                    canvas.rectangle(x: 0, y: 0, width: w, height: h)
                    canvas.stroke()
                    draw(frame, canvas)
                    canvas.restore()
                }
                try canvas.writePNG(to: URL(fileURLWithPath: "\(out)/\(language)\(printSafe ? "-print" : "").png"))
                for (i, chart) in charts.enumerated() {
                    let one = try Canvas(format: .png, file: nil, width: w + 20, height: h + 20, scale: 2)
                    one.translate(x: 10, y: 10)
                    one.setColor(red: 1, green: 0.8, blue: 0.8); one.setLineWidth(0.3); one.rectangle(x: 0, y: 0, width: w, height: h); one.stroke()
                    draw(ChartFixtures.render(chart, engine: engine, language: language, width: w, height: h, printSafe: printSafe), one)
                    try one.writePNG(to: URL(fileURLWithPath: "\(out)/\(language)\(printSafe ? "-print" : "")-\(i).png"))
                }
            }
        }
    }

    func draw(_ frame: Frame, _ canvas: Canvas) {
        for item in frame.items {
            switch item {
            case .glyphs(let run):
                canvas.setColor(red: run.color.red, green: run.color.green, blue: run.color.blue)
                canvas.showGlyphs(run.glyphs.map { PlacedGlyph(id: $0.id, x: run.origin.x + $0.x, y: run.origin.y + $0.y) },
                                  font: run.font, text: run.text, clusters: run.clusters, backward: run.backward)
            case .path(let elements, let paint):
                canvas.newPath()
                for e in elements {
                    switch e {
                    case .move(let p): canvas.moveTo(x: p.x, y: p.y)
                    case .line(let p): canvas.lineTo(x: p.x, y: p.y)
                    case .cubic(let a, let b, let c): canvas.curveTo(x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: c.x, y: c.y)
                    case .arc(let c, let r, let s, let t): canvas.arc(centerX: c.x, centerY: c.y, radius: r, start: s, end: t)
                    case .close: canvas.closePath()
                    }
                }
                if let f = paint.fill { canvas.setColor(red: f.red, green: f.green, blue: f.blue, alpha: paint.opacity); canvas.fill(preserve: paint.stroke != nil) }
                if let s = paint.stroke { canvas.setColor(red: s.red, green: s.green, blue: s.blue, alpha: paint.opacity); canvas.setLineWidth(paint.lineWidth); canvas.setDash(paint.dash); canvas.stroke() }
                canvas.newPath()
            case .group(let inner, let t, let r, _):
                canvas.save(); canvas.translate(x: t.x, y: t.y); canvas.rotate(radians: r); draw(inner, canvas); canvas.restore()
            default: break
            }
        }
    }
}
