import BriefingFrame
import BriefingModel

/// A series drawn as a line through its points (and, for area charts, filled down to the
/// baseline). A missing value breaks the line; a point alone between gaps keeps its marker.
enum LineSeries {
    static let lineWidth = 1.6
    static let markerSize = 4.5
    /// Areas are translucent so that series behind stay visible.
    static let areaOpacity = 0.28

    /// - Parameters:
    ///   - points: one per category, nil for a gap.
    ///   - baseline: y of the value areas fill down to.
    ///   - markers: mark every point (when points are far enough apart); isolated points are
    ///     always marked.
    static func draw(points: [Point?], baseline: Double, look: SeriesLook, area: Bool, markers: Bool,
                     into canvas: inout ChartCanvas) {
        var runs: [[Point]] = []
        var current: [Point] = []
        for point in points {
            if let point {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        for run in runs where run.count > 1 {
            if area, let first = run.first, let last = run.last {
                var shape: [PathElement] = [.move(Point(x: first.x, y: baseline))]
                shape += run.map { .line($0) }
                shape += [.line(Point(x: last.x, y: baseline)), .close]
                var fill = look
                fill.outline = nil
                canvas.fill(shape, look: fill, opacity: areaOpacity)
            }
            canvas.stroke([.move(run[0])] + run.dropFirst().map { .line($0) }, color: look.line, width: lineWidth, dash: look.dash)
        }
        for run in runs where markers || run.count == 1 {
            for point in run { marker(look, at: point, into: &canvas) }
        }
    }

    /// The series' marker at `point`: filled, or hollow for every other series in print.
    static func marker(_ look: SeriesLook, at point: Point, into canvas: inout ChartCanvas) {
        let shape = look.marker.path(at: point, size: markerSize)
        if look.hollow {
            canvas.fill(shape, color: .white)
            canvas.stroke(shape, color: look.line, width: 0.8)
        } else {
            canvas.fill(shape, color: look.line)
            canvas.stroke(shape, color: .white, width: 0.5)
        }
    }
}
