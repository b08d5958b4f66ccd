import BriefingFrame
import Foundation

/// Arcs, wedges and markers as Bézier paths, and paths back to polygons.
///
/// Arcs are cubic Béziers rather than `.arc` elements because `.arc` only turns clockwise:
/// a donut's inner edge runs backwards, and a mirrored pie turns the other way.
enum PathGeometry {
    static func point(_ center: Point, _ radius: Double, _ angle: Double) -> Point {
        Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
    }

    /// Cubic segments (at most a quarter turn each) along a circle from angle `start` to `end`,
    /// clockwise on the page when `end > start`; the path must already be at the start point.
    static func arc(center: Point, radius: Double, from start: Double, to end: Double) -> [PathElement] {
        let pieces = max(1, Int(ceil(abs(end - start) / (.pi / 2) - 1e-9)))
        let sweep = (end - start) / Double(pieces)
        let handle = 4.0 / 3.0 * tan(sweep / 4) * radius
        return (0..<pieces).map { index in
            let a = start + sweep * Double(index), b = a + sweep
            let p0 = point(center, radius, a), p3 = point(center, radius, b)
            return .cubic(Point(x: p0.x - handle * sin(a), y: p0.y + handle * cos(a)),
                          Point(x: p3.x + handle * sin(b), y: p3.y - handle * cos(b)), p3)
        }
    }

    /// A pie slice (`inner` 0) or a ring segment between two angles; a full turn is a disc or
    /// a ring without a seam.
    static func wedge(center: Point, inner: Double, outer: Double, from start: Double, to end: Double) -> [PathElement] {
        let full = abs(end - start) >= 2 * .pi - 1e-9
        var path: [PathElement] = [.move(point(center, outer, start))]
        path += arc(center: center, radius: outer, from: start, to: end)
        if inner > 0 {
            if full {
                path += [.close, .move(point(center, inner, end))]
            } else {
                path.append(.line(point(center, inner, end)))
            }
            path += arc(center: center, radius: inner, from: end, to: start)
        } else if !full {
            path.append(.line(center))
        }
        path.append(.close)
        return path
    }

    static func circle(center: Point, radius: Double) -> [PathElement] {
        wedge(center: center, inner: 0, outer: radius, from: 0, to: 2 * .pi)
    }

    /// The closed polygons a path outlines, curves flattened to short chords.
    static func polygons(of elements: [PathElement]) -> [[Point]] {
        var rings: [[Point]] = []
        var ring: [Point] = []
        func finish() {
            if ring.count > 2 { rings.append(ring) }
            ring = []
        }
        for element in elements {
            switch element {
            case .move(let point):
                finish()
                ring = [point]
            case .line(let point):
                ring.append(point)
            case .cubic(let c1, let c2, let end):
                guard let start = ring.last else { ring = [end]; continue }
                for step in 1...8 {
                    let t = Double(step) / 8, u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    ring.append(Point(x: a * start.x + b * c1.x + c * c2.x + d * end.x,
                                      y: a * start.y + b * c1.y + c * c2.y + d * end.y))
                }
            case .close:
                finish()
            }
        }
        finish()
        return rings
    }
}
