import BriefingFrame
import Foundation

/// Outside share labels: the labels of slices too thin to hold their share, in a column on
/// either side of the pie, each joined to its slice by a leader.
///
/// A leader leaves the rim at the middle of its slice, outwards (a stub: along the slice's
/// middle, fanned out from its neighbours' where slivers bunch), then runs across to a knee
/// level with its label and on, level, to the label's text edge. The stub goes on out until
/// it is level with its label where its direction allows, so that most leaders are a stub
/// and one level line: slivers bunched at twelve o'clock then fan out upwards into a stack
/// of level lines instead of running sideways over each other's elbows.
///
/// Labels keep the order of their slices round the rim, top to bottom in each column (for
/// the usual split at twelve and six o'clock, the order of their anchors' heights), and
/// every knee of a column is at the same distance from the pie, which keeps leaders from
/// crossing; the fewer the crossings to check, the sooner an arrangement is found.
///
/// Every arrangement is checked before it is used (`isClear`): no leader meets another,
/// enters the pie or runs over a label, and everything stays inside the pie's region.
extension PieChart {
    /// The circle outside labels are arranged around, and the box they must keep to.
    struct Disc {
        var centre: Point
        var radius: Double
        var region: Rect
        /// Where a stub ends at the shortest: far enough out that the bend reads as one.
        var ring: Double { radius + PieChart.leaderRoom * 0.4 }
    }

    /// An outside share label: its box, and its leader's points (rim, stub's end, knee when
    /// the stub does not end level with the label, and the end beside the label).
    struct OutsideLabel {
        var slice: Slice
        var box: Rect
        var leader: [Point]
        var right: Bool
    }

    /// The level stretch of a leader before its label, so that every leader ends the same
    /// way however its run slopes.
    static let tail = 4.0
    /// White between a leader's end and its label's text.
    static let labelGap = 1.0
    /// How much further out than its nearest place a column of labels may go.
    static let columnReach = 2 * leaderRoom
    /// White between neighbouring labels of a column.
    static let labelSpacing = 1.0
    /// How far from twelve or six o'clock a slice may be and still have its label in the
    /// other side's column: slivers bunched there share the room above (or below) the pie
    /// between both columns.
    static let crossing = Double.pi / 4

    /// `slices` (the outside ones, clockwise from twelve o'clock) labelled in two columns, if
    /// they fit: split at twelve and six o'clock first, else with the slices nearest those
    /// moved to the other column, the fewest moves first.
    func arrange(_ slices: [Slice], around disc: Disc) -> [OutsideLabel]? {
        for split in Self.splits(slices) {
            // Each column is clear in itself; the two together too, unless the stubs either
            // side of twelve or six o'clock meet.
            guard let right = arrangeColumn(split.right, right: true, around: disc),
                  let left = arrangeColumn(split.left, right: false, around: disc),
                  Self.isClear(right + left, around: disc) else { continue }
            return right + left
        }
        return nil
    }

    /// As many of `slices` as fit, split at twelve and six o'clock, the thinnest left out
    /// first: the last resort, when no arrangement takes them all.
    func arrangeMost(_ slices: [Slice], around disc: Disc) -> (placed: [OutsideLabel], leftOut: [Slice]) {
        let split = Self.splits(slices)[0]
        var placed: [OutsideLabel] = [], leftOut: [Slice] = []
        for (column, right) in [(split.right, true), (split.left, false)] {
            var side = column
            while !side.isEmpty {
                if let labels = arrangeColumn(side, right: right, around: disc) {
                    placed += labels
                    break
                }
                leftOut.append(side.remove(at: Self.thinnest(side)))
            }
        }
        return (placed, leftOut)
    }

    /// The index of the thinnest of `slices` (the first of equals).
    private static func thinnest(_ slices: [Slice]) -> Int {
        slices.indices.min { slices[$0].end - slices[$0].start < slices[$1].end - slices[$1].start } ?? 0
    }

    /// Ways to share `slices` (clockwise from twelve o'clock) between the columns, each
    /// column from top to bottom: the right one clockwise, the left one anticlockwise, so
    /// that labels keep the order of their slices round the rim. First the split at twelve
    /// and six o'clock (a slice's side is that of its middle), then splits with up to all of
    /// the slices within `crossing` of twelve or six o'clock moved across, fewest first.
    static func splits(_ slices: [Slice]) -> [(right: [Slice], left: [Slice])] {
        let count = slices.count
        let rightCount = slices.prefix { cos($0.middle) >= 0 }.count
        // Slices near twelve o'clock (top) or six (bottom), on the right (from the first of
        // the list) or on the left (from the last), that may change sides.
        func near(_ range: Range<Int>, _ angle: Double, reversed: Bool) -> Int {
            let indices = reversed ? Array(range.reversed()) : Array(range)
            return indices.prefix { abs(slices[$0].middle - angle) <= crossing }.count
        }
        let topRight = near(0..<rightCount, -.pi / 2, reversed: false)
        let topLeft = near(rightCount..<count, 3 * .pi / 2, reversed: true)
        let bottomRight = near(0..<rightCount, .pi / 2, reversed: true)
        let bottomLeft = near(rightCount..<count, .pi / 2, reversed: false)
        // top > 0: that many from the left move right at twelve o'clock; top < 0: right to
        // left. Likewise bottom at six o'clock (bottom > 0: left to right).
        var moves: [(top: Int, bottom: Int)] = []
        for top in -topRight...topLeft {
            for bottom in -bottomRight...bottomLeft where max(0, -top) + max(0, -bottom) <= rightCount
                && max(0, top) + max(0, bottom) <= count - rightCount {
                moves.append((top, bottom))
            }
        }
        moves.sort { a, b in
            (abs(a.top) + abs(a.bottom), abs(a.top), a.top, a.bottom) < (abs(b.top) + abs(b.bottom), abs(b.top), b.top, b.bottom)
        }
        return moves.map { move in
            // The right column runs clockwise from its first slice (it may start before
            // twelve o'clock) to its last; the left column is the rest of the circle.
            let first = (count - max(0, move.top) + max(0, -move.top)) % max(count, 1)
            let length = rightCount + move.top + move.bottom
            let right = (0..<length).map { slices[(first + $0) % count] }
            let left = (length..<count).map { slices[(first + $0) % count] }.reversed()
            return (right, Array(left))
        }
    }

    /// `slices` (from top to bottom) labelled in a column on one side, as close to the pie
    /// as leaves every leader clear, moving out in growing steps up to `columnReach` further
    /// (a label far from its slice is hard to match to it: a smaller pie does better) or the
    /// region's edge.
    private func arrangeColumn(_ slices: [Slice], right: Bool, around disc: Disc) -> [OutsideLabel]? {
        guard !slices.isEmpty else { return [] }
        let widest = slices.map(\.label.width).max() ?? 0
        let nearest = disc.radius + Self.leaderRoom
        let centre = disc.centre, region = disc.region
        let edge = right ? region.maxX - widest - centre.x : centre.x - region.x - widest
        let farthest = max(nearest, min(nearest + Self.columnReach, edge))
        var step = 0.0
        while true {
            let distance = min(farthest, nearest + step)
            if let labels = column(slices, right: right, distance: distance, around: disc), Self.isClear(labels, around: disc) {
                return labels
            }
            if distance >= farthest { return nil }
            step = max(Self.columnStep, step * 2)
        }
    }

    /// `slices` (from top to bottom) labelled in a column whose text edge is `distance` from
    /// the centre: each label as near the height of its slice's middle as the labels above
    /// and below it and the region allow (see `stack`), and no lower (or, below the centre,
    /// higher) than lets its leader run away from the pie; nil when they cannot all fit.
    private func column(_ slices: [Slice], right: Bool, distance: Double, around disc: Disc) -> [OutsideLabel]? {
        guard let directions = Self.fan(slices, right: right) else { return nil }
        let direction = right ? 1.0 : -1.0
        let edge = disc.centre.x + direction * distance
        let end = edge - direction * Self.labelGap, knee = end - direction * Self.tail
        let anchors = slices.map { PathGeometry.point(disc.centre, disc.radius, $0.middle) }
        let heights = slices.map(\.label.height)
        let wanted = slices.map { disc.centre.y + (disc.radius + Self.leaderRoom / 2) * sin($0.middle) }
        let bounds = slices.indices.map { index in
            Self.bounds(height: heights[index], from: anchors[index], heading: directions[index], kneeX: knee, around: disc)
        }
        guard let middles = Self.stack(wanted: wanted, heights: heights, bounds: bounds, spacing: Self.labelSpacing) else {
            return nil
        }
        return slices.indices.map { index in
            let slice = slices[index], width = slice.label.width, middle = middles[index]
            let stub = Self.stubEnd(from: anchors[index], heading: directions[index], level: middle, around: disc)
            var leader = [anchors[index], stub]
            if abs(stub.y - middle) > 1e-9 { leader.append(Point(x: knee, y: middle)) }
            leader.append(Point(x: end, y: middle))
            return OutsideLabel(slice: slice, box: Rect(x: right ? edge : edge - width, y: middle - heights[index] / 2,
                                                        width: width, height: heights[index]),
                                leader: leader, right: right)
        }
    }

    /// The least angle between neighbouring stubs, and the most a stub may lean away from
    /// its slice's middle.
    static let fanSpacing = 6 * Double.pi / 180
    static let fanLean = 35 * Double.pi / 180

    /// The directions of the stubs of `slices` (a column, from top to bottom): each along its
    /// slice's middle, but fanned out at least `fanSpacing` apart, so that the stubs of
    /// slivers side by side, which start a fraction of a point apart, draw apart at once
    /// instead of running out as one thick line. No stub leans past twelve or six o'clock
    /// towards the other column's stubs. Nil if the fan would lean too far.
    private static func fan(_ slices: [Slice], right: Bool) -> [Double]? {
        // The middles as turns round the column's way (clockwise on the right, the other way
        // on the left), growing from top to bottom: three o'clock is turn 0, nine o'clock
        // turn −π, and the column's twelve and six o'clock a quarter turn either side.
        let base = right ? 0.0 : -Double.pi
        var turns: [Double] = []
        for slice in slices {
            var turn = right ? slice.middle : -slice.middle
            let near = turns.last ?? base
            while turn - near > .pi { turn -= 2 * .pi }
            while turn - near <= -.pi { turn += 2 * .pi }
            turns.append(turn)
        }
        let bounds = turns.map { turn in
            (low: max(turn - fanLean, min(turn, base - .pi / 2)), high: min(turn + fanLean, max(turn, base + .pi / 2)))
        }
        let fanned = stack(wanted: turns, heights: turns.map { _ in 0 }, bounds: bounds, spacing: fanSpacing)
        return fanned.map { $0.map { right ? $0 : -$0 } }
    }

    /// The heights a label's middle may take: inside the region, and such that the run from
    /// the shortest stub's end to the knee at `kneeX` moves away from the centre from its
    /// start, (knee − stub) · (stub − centre) ≥ 0, so it never bends back over the pie.
    private static func bounds(height: Double, from anchor: Point, heading: Double, kneeX: Double,
                               around disc: Disc) -> (low: Double, high: Double) {
        let shortest = disc.ring - disc.radius
        let stub = Point(x: anchor.x + shortest * cos(heading), y: anchor.y + shortest * sin(heading))
        var low = disc.region.y + height / 2, high = disc.region.maxY - height / 2
        let out = Point(x: stub.x - disc.centre.x, y: stub.y - disc.centre.y)
        let across = (kneeX - stub.x) * out.x, sine = out.y
        if sine < -1e-12 {
            high = min(high, stub.y + across / -sine)
        } else if sine > 1e-12 {
            low = max(low, stub.y - across / sine)
        } else if across < 0 {
            return (.infinity, -.infinity)
        }
        return (low, high)
    }

    /// Where a leader's stub ends: out from its anchor on the rim, `heading`, until level with
    /// the label at `level` when it points that way, as far as the ring at the least, and
    /// never so far sideways that it reaches the nearest place a column's knee can be.
    private static func stubEnd(from anchor: Point, heading: Double, level: Double, around disc: Disc) -> Point {
        let shortest = disc.ring - disc.radius
        let sine = sin(heading), cosine = cos(heading)
        let sideways = disc.radius + leaderRoom - labelGap - tail - leaderClearance
        let offset = anchor.x - disc.centre.x
        let longest = abs(cosine) > 1e-12 ? max(shortest, ((cosine > 0 ? sideways - offset : sideways + offset)) / abs(cosine))
            : .infinity
        var length = shortest
        if abs(sine) > 1e-12 {
            let reach = (level - anchor.y) / sine
            if reach > shortest { length = min(reach, longest) }
        }
        return Point(x: anchor.x + length * cosine, y: anchor.y + length * sine)
    }

    /// Whether `labels` read cleanly: every leader and label inside the region, no leader
    /// past a stub entering the pie, over another label, or within `leaderClearance` of
    /// another leader. Two stubs need only not cross: slivers' stubs start as close as the
    /// slivers are, and fan out from there.
    static func isClear(_ labels: [OutsideLabel], around disc: Disc) -> Bool {
        let region = disc.region
        func inside(_ point: Point) -> Bool {
            point.x >= region.x - 0.01 && point.x <= region.maxX + 0.01 && point.y >= region.y - 0.01 && point.y <= region.maxY + 0.01
        }
        for (index, label) in labels.enumerated() {
            let box = label.box
            guard label.leader.allSatisfy(inside), inside(Point(x: box.x, y: box.y)), inside(Point(x: box.maxX, y: box.maxY))
            else { return false }
            let runs = Array(zip(label.leader, label.leader.dropFirst()).dropFirst())
            if runs.contains(where: { distance(disc.centre, $0.0, $0.1) < disc.radius + leaderClearance }) { return false }
            for (other, neighbour) in labels.enumerated() where other != index {
                if zip(label.leader, label.leader.dropFirst()).contains(where: { crosses($0.0, $0.1, neighbour.box) }) { return false }
                guard other > index else { continue }
                for (a, b) in runs {
                    for (c, d) in zip(neighbour.leader, neighbour.leader.dropFirst()) where meet(a, b, c, d, clearance: leaderClearance) {
                        return false
                    }
                }
                let stub = (label.leader[0], label.leader[1])
                for (index, (c, d)) in zip(neighbour.leader, neighbour.leader.dropFirst()).enumerated()
                    where meet(stub.0, stub.1, c, d, clearance: index == 0 ? 0 : leaderClearance) {
                    return false
                }
            }
        }
        return true
    }

    /// Whether segments ab and cd cross or come within `clearance` of each other.
    private static func meet(_ a: Point, _ b: Point, _ c: Point, _ d: Point, clearance: Double) -> Bool {
        func turn(_ o: Point, _ p: Point, _ q: Point) -> Double { (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x) }
        let d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d)
        if d1 * d2 < 0 && d3 * d4 < 0 { return true }
        return min(distance(a, c, d), distance(b, c, d), distance(c, a, b), distance(d, a, b)) < clearance
    }

    /// The distance from `point` to the segment from `start` to `end`.
    private static func distance(_ point: Point, _ start: Point, _ end: Point) -> Double {
        let dx = end.x - start.x, dy = end.y - start.y, length = dx * dx + dy * dy
        let t = length > 0 ? max(0, min(1, ((point.x - start.x) * dx + (point.y - start.y) * dy) / length)) : 0
        return hypot(point.x - (start.x + t * dx), point.y - (start.y + t * dy))
    }

    /// Whether the segment from `a` to `b` passes through `box` (Liang and Barsky's clipping:
    /// what is left of the segment inside the box's four edges).
    private static func crosses(_ a: Point, _ b: Point, _ box: Rect) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var enter = 0.0, leave = 1.0
        for (p, q) in [(-dx, a.x - box.x), (dx, box.maxX - a.x), (-dy, a.y - box.y), (dy, box.maxY - a.y)] {
            if abs(p) < 1e-12 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
            }
        }
        return enter < leave
    }
}
