import BriefingFrame
import BriefingModel

/// A series drawn as a line through its points (and, for area charts, filled down to the
/// baseline). A missing value breaks the line; a point alone between gaps keeps its marker.
///
/// Area charts with several series overlap rather than stack (the format has no stacked
/// area; a series' top edge reads its own value on the axis, as on a line chart). Their
/// fills are opaque tints, drawn largest series first so that a smaller one stands in front
/// of a larger one, and every line goes on top of every fill: no two fills mix into a
/// colour the legend does not show.
enum LineSeries {
    static let lineWidth = 1.6
    static let markerSize = 4.5
    /// How much lighter than its line an area's fill is (colour), or than its grey (print).
    static let areaTint = 0.6
    static let printAreaTint = 0.5

    /// Points as runs between gaps.
    private static func runs(_ points: [Point?]) -> [[Point]] {
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
        return runs
    }

    /// How an area's fill looks: an opaque tint of the series' colour, or a lighter grey with
    /// the series' hatching in print; no outline (the series' line is its edge).
    static func areaLook(_ look: SeriesLook, printSafe: Bool) -> SeriesLook {
        var fill = look
        fill.fill = look.fill.lighter(printSafe ? printAreaTint : areaTint)
        fill.outline = nil
        return fill
    }

    /// The area under each run of two or more points, down to `baseline`.
    static func fill(points: [Point?], baseline: Double, look: SeriesLook, into canvas: inout ChartCanvas) {
        for run in runs(points) where run.count > 1 {
            guard let first = run.first, let last = run.last else { continue }
            var shape: [PathElement] = [.move(Point(x: first.x, y: baseline))]
            shape += run.map { .line($0) }
            shape += [.line(Point(x: last.x, y: baseline)), .close]
            canvas.fill(shape, look: look)
        }
    }

    /// - Parameters:
    ///   - points: one per category, nil for a gap.
    ///   - markers: mark every point (when points are far enough apart); isolated points are
    ///     always marked.
    static func draw(points: [Point?], look: SeriesLook, markers: Bool, into canvas: inout ChartCanvas) {
        let runs = runs(points)
        for run in runs where run.count > 1 {
            canvas.stroke([.move(run[0])] + run.dropFirst().map { .line($0) }, color: look.line, width: lineWidth, dash: look.dash)
        }
        for run in runs where markers || run.count == 1 {
            for point in run { marker(look, at: point, into: &canvas) }
        }
    }

    /// The series' marker at `point`: filled, or hollow for half the series in print.
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
