import BriefingFrame
import BriefingModel
import Foundation

/// Parallel lines that fill a shape, so that series stay apart in black-and-white print.
///
/// The lines are clipped to the shape here, as plain path segments, so that every renderer
/// draws them without pattern support. Lines sit on a grid anchored at the chart's origin:
/// neighbouring bars of one series line up.
struct Hatch: Hashable {
    /// Direction of the lines, radians clockwise from the x axis.
    var angle: Double
    /// Distance between lines.
    var spacing: Double = 3
    var lineWidth: Double = 0.5
    var color: Color
    /// Adds a second set of lines at right angles.
    var crossed = false

    /// Segments (move, line pairs) of the hatching inside a closed path, by the even-odd rule.
    func lines(inside elements: [PathElement]) -> [PathElement] {
        let rings = PathGeometry.polygons(of: elements)
        var segments = Self.segments(in: rings, angle: angle, spacing: spacing)
        if crossed { segments += Self.segments(in: rings, angle: angle + .pi / 2, spacing: spacing) }
        return segments
    }

    private static func segments(in rings: [[Point]], angle: Double, spacing: Double) -> [PathElement] {
        // Along-line coordinate s and across-line coordinate t: hatch lines are t = k × spacing.
        let direction = Point(x: cos(angle), y: sin(angle)), normal = Point(x: -sin(angle), y: cos(angle))
        func s(_ p: Point) -> Double { p.x * direction.x + p.y * direction.y }
        func t(_ p: Point) -> Double { p.x * normal.x + p.y * normal.y }
        let across = rings.flatMap { $0.map(t) }
        guard let low = across.min(), let high = across.max() else { return [] }
        var result: [PathElement] = []
        var k = Int(floor(low / spacing))
        while Double(k) * spacing <= high {
            let line = Double(k) * spacing
            var crossings: [Double] = []
            for ring in rings {
                for (index, a) in ring.enumerated() {
                    let b = ring[(index + 1) % ring.count]
                    let ta = t(a), tb = t(b)
                    guard (ta <= line) != (tb <= line) else { continue }
                    let fraction = (line - ta) / (tb - ta)
                    crossings.append(s(a) + (s(b) - s(a)) * fraction)
                }
            }
            crossings.sort()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                func at(_ along: Double) -> Point {
                    Point(x: along * direction.x + line * normal.x, y: along * direction.y + line * normal.y)
                }
                result += [.move(at(crossings[pair])), .line(at(crossings[pair + 1]))]
            }
            k += 1
        }
        return result
    }
}
