import BriefingFrame
import BriefingModel
import BriefingText
import Foundation

/// Pie and donut charts: slices clockwise from twelve o'clock in category order, a legend of
/// the categories, each slice's share inside it or, when the slice is too thin, outside with
/// a leader line; a donut shows the total in its hole.
struct PieChart {
    let context: ChartContext

    /// Room between the circle and an outside label, for the leader line.
    static let leaderRoom = 14.0
    /// A donut's hole, as a share of its radius.
    static let hole = 0.58
    /// A slice whose outer edge is shorter than this is a sliver, drawn again on top.
    static let sliver = 4.0
    static let sliverOutline = 0.6

    private struct Slice {
        var category: Int
        var start: Double
        var end: Double
        var text: String
        var label: Label
        var middle: Double { (start + end) / 2 }
    }

    func draw(into canvas: inout ChartCanvas) {
        let chart = context.chart, gap = ChartContext.gap
        let count = chart.categories.count
        let raw = chart.series.first?.values ?? []
        let values = (0..<count).map { index in index < raw.count ? max(0, raw[index] ?? 0) : 0 }
        let looks = context.looks(names: chart.categories,
                                  colors: Array(repeating: nil, count: count))
        let total = values.reduce(0, +)
        var slices: [Slice] = []
        var angle = -Double.pi / 2
        let shares = Self.shares(values)
        for (category, value) in values.enumerated() where value > 0 {
            let sweep = 2 * .pi * value / total
            let text = percent(shares.percents[category], fractionDigits: shares.fractionDigits)
            slices.append(Slice(category: category, start: angle, end: angle + sweep, text: text, label: context.label(text)))
            angle += sweep
        }
        // Every slice's share shows: beside the pie, or, for a slice whose label finds no room
        // there, after its name in the legend. The legend's height decides the pie's room,
        // which decides the labels that find none: settle it, the legend taking more shares
        // each round until no label is missing from both (at most one round per slice).
        var inLegend = Set<Int>()
        var drawn = canvas
        var pie: (centre: Point, radius: Double, outside: Set<Int>, placed: [OutsideLabel], leftOut: [Slice])?
        for _ in 0...slices.count {
            drawn = canvas
            var top = 0.0
            if count > 0 {
                top = Legend(entries: Array(zip(chart.categories, looks)), swatch: .box,
                             details: details(values, shares: slices.filter { inLegend.contains($0.category) }))
                    .draw(into: &drawn, context: context, top: 0)
                top += 2 * gap
            }
            guard total > 0 else { break }
            let region = Rect(x: 0, y: top, width: context.width, height: max(0, context.height - top))
            let found = layout(slices, in: region)
            pie = found
            let missing = Set(found.leftOut.map(\.category)).subtracting(inLegend)
            if missing.isEmpty { break }
            inLegend.formUnion(missing)
        }
        canvas = drawn
        guard let (centre, radius, outside, placed, leftOut) = pie else { return }
        let inner = context.chart.type == .donut ? radius * Self.hole : 0

        func wedge(_ slice: Slice) -> [PathElement] {
            PathGeometry.wedge(center: centre, inner: inner, outer: radius, from: slice.start, to: slice.end)
        }
        for slice in slices {
            canvas.fill(wedge(slice), look: looks[slice.category])
            if !context.options.printSafe && slices.count > 1 { canvas.stroke(wedge(slice), color: .white, width: 1) }
        }
        // Slivers again on top, so that neither the white gaps between slices nor their
        // neighbours' outlines swallow them; in print, with a dark outline of their own.
        for slice in slices where slices.count > 1 && (slice.end - slice.start) * radius < Self.sliver {
            var look = looks[slice.category]
            look.outline = nil
            canvas.fill(wedge(slice), look: look)
            if context.options.printSafe { canvas.stroke(wedge(slice), color: .black, width: Self.sliverOutline) }
        }
        for slice in slices where !outside.contains(slice.category) {
            let look = looks[slice.category]
            let box = insideBox(slice, centre: centre, radius: radius, inner: inner)
            if context.options.printSafe {
                let backing = Rect(x: box.x - 1, y: box.y, width: box.width + 2, height: box.height)
                canvas.fill(PathElement.rectangle(backing), color: .white)
            }
            canvas.place(slice.label, at: Point(x: box.x, y: box.y), alignment: .center,
                         color: context.options.printSafe ? .black : look.textColor)
        }
        for label in placed {
            canvas.stroke([.move(label.leader[0])] + label.leader.dropFirst().map { .line($0) }, color: context.mutedColor, width: 0.5)
            canvas.place(label.slice.label, at: Point(x: label.box.x, y: label.box.y), alignment: label.right ? .start : .end,
                         color: context.textColor)
        }
        context.warnings.leftOut("share label", leftOut.map { slice in
            ChartWarnings.quote(slice.text) + " (" + context.resolve(context.chart.categories[slice.category]).value + ")"
        }, reason: "no room beside the pie; given in the legend")
        if inner > 0 { placeTotal(total, centre: centre, inner: inner, into: &canvas) }
    }

    /// "42 %", or "<0.1 %" for a sliver that rounds to nothing.
    private func percent(_ value: Double, fractionDigits: Int) -> String {
        if value <= 0 { return "<" + context.format.percent(pow(10, Double(-fractionDigits)), fractionDigits: fractionDigits) }
        return context.format.percent(value, fractionDigits: fractionDigits)
    }

    /// Each value's share in percent, rounded by the largest-remainder method so that the
    /// shares add up to exactly 100: whole percents, or tenths when whole percents would round
    /// a slice to nothing. Every share gets the same number of decimals.
    static func shares(_ values: [Double]) -> (percents: [Double], fractionDigits: Int) {
        let total = values.filter { $0 > 0 }.reduce(0, +)
        guard total > 0 else { return (values.map { _ in 0 }, 0) }
        func rounded(_ digits: Int) -> [Double] {
            let units = 100 * pow(10, Double(digits))
            let exact = values.map { max(0, $0) / total * units }
            var whole = exact.map { $0.rounded(.down) }
            var left = Int((units - whole.reduce(0, +)).rounded())
            let order = exact.indices.sorted { a, b in
                let ra = exact[a] - whole[a], rb = exact[b] - whole[b]
                return ra != rb ? ra > rb : exact[a] != exact[b] ? exact[a] > exact[b] : a < b
            }
            for index in order where left > 0 && exact[index] > 0 {
                whole[index] += 1
                left -= 1
            }
            return whole.map { $0 / pow(10, Double(digits)) }
        }
        let percents = rounded(0)
        if zip(values, percents).allSatisfy({ $0.0 <= 0 || $0.1 > 0 }) { return (percents, 0) }
        return (rounded(1), 1)
    }

    /// What follows the legend's names, in brackets: the amounts, in the chart's unit and one
    /// magnitude for all ("USD 34.5 million"), so that the unit and scale show (none when the
    /// unit is "%"), and the share of each slice in `shares`, whose label found no room beside
    /// the pie ("USD 5 million · 0.1%").
    private func details(_ values: [Double], shares: [Slice]) -> [String?] {
        let unit = context.unit
        let percent = ChartNumberFormat.isPercent(unit)
        var texts: [[String]] = values.map { _ in [] }
        if !percent {
            let factor = context.chart.scale.factor, format = context.format
            let magnitude = format.magnitude(largest: (values.max() ?? 0) * factor, preferred: context.chart.scale)
            let shown = values.map { $0 * factor / magnitude.factor }
            let digits = ChartNumberFormat.sharedFractionDigits(showing: shown)
            texts = shown.map { amount in
                let number = format.number(amount, fractionDigits: ChartNumberFormat.fractionDigits(digits, for: amount))
                return [format.quantity(number, magnitude: magnitude, unit: unit)]
            }
        }
        for slice in shares { texts[slice.category].append(slice.text) }
        let wide: Set<Script> = [.japanese, .hanSimplified, .hanTraditional]
        let (open, close) = wide.contains(Script.of(language: context.options.language)) ? ("（", "）") : ("(", ")")
        return texts.map { $0.isEmpty ? nil : open + $0.joined(separator: "\u{A0}· ") + close }
    }

    /// The largest radius up to `limit` that leaves room for the labels that cannot go inside
    /// their slice, and which labels those are.
    private func fit(_ slices: [Slice], in region: Rect, centre: Point, limit: Double = .infinity) -> (radius: Double, outside: Set<Int>) {
        let gap = ChartContext.gap
        var radius = max(1, min(limit, min(region.width, region.height) / 2 - gap))
        var outside = Set<Int>()
        for _ in 0..<4 {
            let inner = context.chart.type == .donut ? radius * Self.hole : 0
            outside = Set(slices.filter { !fitsInside($0, centre: centre, radius: radius, inner: inner) }.map(\.category))
            let widest = slices.filter { outside.contains($0.category) }.map(\.label.width).max() ?? 0
            // Leader lines bend out past the circle, above and below it too.
            let room = min(region.height / 2 - gap - Self.leaderRoom * 0.4,
                           (region.width - 2 * (widest + Self.leaderRoom + gap)) / 2)
            if outside.isEmpty || room >= radius - 0.01 { break }
            radius = max(1, room)
        }
        return (radius, outside)
    }

    private func insideBox(_ slice: Slice, centre: Point, radius: Double, inner: Double) -> Rect {
        let distance = inner > 0 ? (inner + radius) / 2 : radius * 0.62
        let middle = isWhole(slice) ? Point(x: centre.x, y: centre.y + (inner > 0 ? -distance : 0))
            : PathGeometry.point(centre, distance, slice.middle)
        return Rect(x: middle.x - slice.label.width / 2, y: middle.y - slice.label.height / 2,
                    width: slice.label.width, height: slice.label.height)
    }

    private func isWhole(_ slice: Slice) -> Bool { slice.end - slice.start >= 2 * .pi - 1e-9 }

    /// Whether the share fits inside its slice: every corner of its box inside the wedge.
    private func fitsInside(_ slice: Slice, centre: Point, radius: Double, inner: Double) -> Bool {
        let box = insideBox(slice, centre: centre, radius: radius, inner: inner)
        let corners = [Point(x: box.x, y: box.y), Point(x: box.maxX, y: box.y), Point(x: box.x, y: box.maxY), Point(x: box.maxX, y: box.maxY)]
        return corners.allSatisfy { corner in
            let dx = corner.x - centre.x, dy = corner.y - centre.y
            let distance = (dx * dx + dy * dy).squareRoot()
            guard distance <= radius - 1 && distance >= inner + 1 else { return false }
            if isWhole(slice) { return true }
            let margin = 1 / max(distance, 1)
            let angle = slice.start + fmod(atan2(dy, dx) - slice.start + 4 * .pi, 2 * .pi)
            return angle >= slice.start + margin && angle <= slice.end - margin
        }
    }

    /// An outside share label: its box, and the leader line from its slice's outer edge out
    /// to the elbow and on to the label.
    private struct OutsideLabel {
        var slice: Slice
        var box: Rect
        var leader: [Point]
        var right: Bool
    }

    /// How far the pie may shrink, in steps of a share of its largest radius, to give every
    /// outside label a leader that crosses nothing (thin slices near twelve or six o'clock
    /// need room above or below the pie for theirs).
    static let shrinkStep = 0.02
    static let shrinkSteps = 20
    /// How far a column of outside labels first moves away from the pie when its leaders need
    /// a flatter run to reach it; each further move is twice the one before, up to the edge.
    static let columnStep = 4.0

    /// Where the pie goes and how large it is, the slices labelled outside, where their labels
    /// and leaders go, and which labels had no room: the largest radius (down to
    /// `shrinkSteps` steps smaller) at which every outside label has a place, the pie in the
    /// middle of the region or, when it has shrunk, moved down or up to make room above or
    /// below it; else the layout that leaves out the fewest labels.
    private func layout(_ slices: [Slice], in region: Rect)
        -> (centre: Point, radius: Double, outside: Set<Int>, placed: [OutsideLabel], leftOut: [Slice]) {
        let middle = Point(x: region.x + region.width / 2, y: region.y + region.height / 2)
        let largest = fit(slices, in: region, centre: middle).radius
        var best: (centre: Point, radius: Double, outside: Set<Int>, placed: [OutsideLabel], leftOut: [Slice])?
        for step in 0...Self.shrinkSteps {
            let limit = largest * (1 - Self.shrinkStep * Double(step))
            let (radius, outside) = fit(slices, in: region, centre: middle, limit: limit)
            // How far the pie, with its leaders' elbows, may move up or down.
            let slack = max(0, region.height / 2 - ChartContext.gap - Self.leaderRoom * 0.4 - radius)
            for shift in slack > 0.5 ? [0, slack, -slack] : [0] {
                let centre = Point(x: middle.x, y: middle.y + shift)
                var placed: [OutsideLabel] = [], leftOut: [Slice] = []
                for right in [true, false] {
                    // Right of the vertical through the centre (twelve to six o'clock), or left.
                    let side = slices.filter { outside.contains($0.category) && (cos($0.middle) >= 0) == right }
                    let result = arrangeSide(side, right: right, centre: centre, radius: radius, region: region)
                    placed += result.placed
                    leftOut += result.leftOut
                }
                if leftOut.isEmpty { return (centre, radius, outside, placed, []) }
                if best == nil || leftOut.count < best!.leftOut.count { best = (centre, radius, outside, placed, leftOut) }
            }
        }
        return best!
    }

    /// The labels of thin slices on one side of the pie, in a column beside it, each joined to
    /// its slice by a leader line: out from the slice's edge to an elbow on a ring just
    /// outside the pie, then straight to the label's middle. Labels keep the order of their
    /// slices from top to bottom, moved apart vertically where they would touch, and each
    /// stays where its leader reaches it from the elbow without turning back across the ring.
    ///
    /// That makes crossings impossible: the radial stubs lie inside the ring and never meet;
    /// the straight runs lie outside it, each joining the ring's arc to the label column, in
    /// the same top-to-bottom order at both ends, so no two of them (straight, they would meet
    /// at most once) can cross. None runs over the pie either.
    ///
    /// The column sits as close to the pie as that allows, further out when a flatter run is
    /// needed; when no column takes every label, the thinnest slices' labels are left out
    /// (their categories are still in the legend).
    private func arrangeSide(_ slices: [Slice], right: Bool, centre: Point, radius: Double, region: Rect)
        -> (placed: [OutsideLabel], leftOut: [Slice]) {
        // From the top of the pie to the bottom, sin(angle) grows on either side.
        var side = slices.sorted { sin($0.middle) < sin($1.middle) }
        var leftOut: [Slice] = []
        // No more than the column holds, however it is arranged.
        func tooMany() -> Bool { side.map { $0.label.height + 1 }.reduce(0, +) > region.height + 1 }
        while !side.isEmpty && tooMany() { leftOut.append(side.remove(at: Self.thinnest(side))) }
        while !side.isEmpty {
            let widest = side.map(\.label.width).max() ?? 0
            // How far the column's inner edge is from the centre: from just past the leader
            // room to the edge of the chart.
            let nearest = radius + Self.leaderRoom
            let farthest = max(nearest, right ? region.maxX - widest - centre.x : centre.x - region.x - widest)
            var step = 0.0
            while true {
                let distance = min(farthest, nearest + step)
                if let placed = column(side, right: right, distance: distance, centre: centre, radius: radius, region: region) {
                    return (placed, leftOut)
                }
                if distance >= farthest { break }
                step = max(Self.columnStep, step * 2)
            }
            leftOut.append(side.remove(at: Self.thinnest(side)))
        }
        return ([], leftOut)
    }

    /// The index of the thinnest of `slices` (the first of equals).
    private static func thinnest(_ slices: [Slice]) -> Int {
        slices.indices.min { slices[$0].end - slices[$0].start < slices[$1].end - slices[$1].start } ?? 0
    }

    /// `slices` (ordered from top to bottom) labelled in a column whose inner edge is
    /// `distance` from the centre, if every leader can reach its label (see `arrangeSide`).
    private func column(_ slices: [Slice], right: Bool, distance: Double, centre: Point, radius: Double, region: Rect)
        -> [OutsideLabel]? {
        let ring = radius + Self.leaderRoom * 0.4
        let endX = right ? centre.x + distance - 1 : centre.x - distance + 1
        let elbows = slices.map { PathGeometry.point(centre, ring, $0.middle) }
        let heights = slices.map(\.label.height)
        let wanted = slices.map { centre.y + (radius + Self.leaderRoom / 2) * sin($0.middle) }
        // Bounds on each label's middle, so that its run (elbow to label) leaves the elbow
        // outwards, or along the ring at worst: (end − elbow) · (cos, sin) ≥ 0.
        var bounds = zip(slices, elbows).map { slice, elbow -> (low: Double, high: Double) in
            let height = slice.label.height
            var low = region.y + height / 2, high = region.maxY - height / 2
            let across = (endX - elbow.x) * cos(slice.middle), sine = sin(slice.middle)
            if sine < -1e-12 { high = min(high, elbow.y + across / -sine) }
            if sine > 1e-12 { low = max(low, elbow.y - across / sine) }
            return (low, high)
        }
        // Runs cannot cross, but one could pass a hair's breadth from another slice's elbow
        // (near twelve and six o'clock, where the ring is flat), which reads as touching: a
        // run passes above the elbows of the slices below its own, and below those above, by
        // `leaderClearance` at least. Seen with the run going rightwards (the left side
        // mirrored), that bounds the angle it may rise or fall at, so its label's middle.
        let direction = right ? 1.0 : -1.0
        for (index, elbow) in elbows.enumerated() {
            let run = abs(endX - elbow.x)
            for (other, point) in elbows.enumerated() where other != index {
                let dx = (point.x - elbow.x) * direction, dy = point.y - elbow.y
                let length = hypot(dx, dy)
                // An elbow behind the run's start, beyond its end, or too close to its own
                // elbow for any run to keep clear of it (slices that thin touch anyway).
                guard dx > 0, dx < run, length > Self.leaderClearance else { continue }
                let towards = atan2(dy, dx), margin = asin(Self.leaderClearance / length)
                if other > index {
                    let steepest = towards - margin
                    bounds[index].high = min(bounds[index].high,
                                             steepest <= -.pi / 2 ? -.infinity : elbow.y + run * tan(steepest))
                } else {
                    let steepest = towards + margin
                    bounds[index].low = max(bounds[index].low,
                                            steepest >= .pi / 2 ? .infinity : elbow.y + run * tan(steepest))
                }
            }
        }
        guard let middles = Self.stack(wanted: wanted, heights: heights, bounds: bounds, spacing: 1) else { return nil }
        return slices.indices.map { index in
            let slice = slices[index], width = slice.label.width, height = heights[index]
            let x = right ? centre.x + distance : centre.x - distance - width
            return OutsideLabel(slice: slice, box: Rect(x: x, y: middles[index] - height / 2, width: width, height: height),
                                leader: [PathGeometry.point(centre, radius, slice.middle), elbows[index],
                                         Point(x: endX, y: middles[index])],
                                right: right)
        }
    }

    /// How far a leader's run keeps from other leaders' elbows, centre to centre: half a
    /// point of white between the lines.
    static let leaderClearance = 0.75

    /// Middles for boxes `heights` tall, in order from top to bottom and at least `spacing`
    /// apart, each within its `bounds` and as near its `wanted` middle as its neighbours allow;
    /// nil when no such arrangement exists.
    ///
    /// Pushed down from the wanted middles, then pulled up from the bottom: each middle ends
    /// at or below the highest arrangement there is (by induction, from the last box up), so
    /// the result keeps every bound whenever any arrangement does.
    static func stack(wanted: [Double], heights: [Double], bounds: [(low: Double, high: Double)], spacing: Double) -> [Double]? {
        let count = wanted.count
        guard count > 0 else { return [] }
        func need(_ index: Int) -> Double { (heights[index - 1] + heights[index]) / 2 + spacing }
        // The highest arrangement: each box as high as its bound and the one above allow.
        var highest = bounds[0].low
        guard highest <= bounds[0].high else { return nil }
        for index in 1..<count {
            highest = max(bounds[index].low, highest + need(index))
            if highest > bounds[index].high { return nil }
        }
        var middles = wanted.indices.map { min(max(wanted[$0], bounds[$0].low), bounds[$0].high) }
        for index in 1..<count { middles[index] = max(middles[index], middles[index - 1] + need(index)) }
        middles[count - 1] = min(middles[count - 1], bounds[count - 1].high)
        for index in (0..<count - 1).reversed() {
            middles[index] = min(middles[index], bounds[index].high, middles[index + 1] - need(index + 1))
        }
        return middles
    }

    /// The donut's total in its hole, if it fits there.
    private func placeTotal(_ total: Double, centre: Point, inner: Double, into canvas: inout ChartCanvas) {
        let text = context.format.format(total, scale: context.chart.scale, unit: context.unit)
        let label = context.label(text, bold: true)
        let halfWidth = label.width / 2, halfHeight = label.height / 2
        guard (halfWidth * halfWidth + halfHeight * halfHeight).squareRoot() <= inner - 2 else {
            context.warnings.leftOut("donut total", [ChartWarnings.quote(text)], reason: "the hole is too small")
            return
        }
        canvas.place(label, at: Point(x: centre.x - halfWidth, y: centre.y - halfHeight), alignment: .center,
                     color: context.textColor)
    }
}
