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
        let looks = context.looks(names: chart.categories.map { context.resolve($0).value },
                                  colors: Array(repeating: nil, count: count))
        var top = 0.0
        if count > 0 {
            top = Legend(entries: Array(zip(chart.categories, looks)), swatch: .box, details: amounts(values))
                .draw(into: &canvas, context: context, top: 0)
            top += 2 * gap
        }
        let total = values.reduce(0, +)
        guard total > 0 else { return }
        let region = Rect(x: 0, y: top, width: context.width, height: max(0, context.height - top))
        var slices: [Slice] = []
        var angle = -Double.pi / 2
        let shares = Self.shares(values)
        for (category, value) in values.enumerated() where value > 0 {
            let sweep = 2 * .pi * value / total
            let text = percent(shares.percents[category], fractionDigits: shares.fractionDigits)
            slices.append(Slice(category: category, start: angle, end: angle + sweep, text: text, label: context.label(text)))
            angle += sweep
        }
        let centre = Point(x: region.x + region.width / 2, y: region.y + region.height / 2)
        let (radius, outside) = fit(slices, in: region, centre: centre)
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
        placeOutside(slices.filter { outside.contains($0.category) }, centre: centre, radius: radius, region: region, into: &canvas)
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

    /// The amounts after the legend's names, in the chart's unit and one magnitude for all
    /// ("USD 34.5 million"), so that the unit and scale show; none when the unit is "%".
    private func amounts(_ values: [Double]) -> [String?] {
        let unit = context.unit
        guard !ChartNumberFormat.isPercent(unit) else { return [] }
        let factor = context.chart.scale.factor, format = context.format
        let magnitude = format.magnitude(largest: (values.max() ?? 0) * factor, preferred: context.chart.scale)
        let shown = values.map { $0 * factor / magnitude.factor }
        let digits = ChartNumberFormat.fractionDigits(showing: shown, significant: 3)
        let wide: Set<Script> = [.japanese, .hanSimplified, .hanTraditional]
        let (open, close) = wide.contains(Script.of(language: context.options.language)) ? ("（", "）") : ("(", ")")
        return shown.map { open + format.quantity(format.number($0, fractionDigits: digits), magnitude: magnitude, unit: unit) + close }
    }

    /// The largest radius that leaves room for the labels that cannot go inside their slice,
    /// and which labels those are.
    private func fit(_ slices: [Slice], in region: Rect, centre: Point) -> (radius: Double, outside: Set<Int>) {
        let gap = ChartContext.gap
        var radius = max(1, min(region.width, region.height) / 2 - gap)
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

    /// Labels of thin slices in a column on each side of the pie, moved apart vertically where
    /// they would touch, joined to their slice by a leader line; a label that cannot be placed
    /// without touching another is left out (its category is still in the legend).
    private func placeOutside(_ slices: [Slice], centre: Point, radius: Double, region: Rect, into canvas: inout ChartCanvas) {
        for right in [true, false] {
            var side = slices.filter { (cos($0.middle) >= 0) == right }
            var boxes: [Rect] = []
            while !side.isEmpty {
                let wanted = side.map { centre.y + (radius + Self.leaderRoom / 2) * sin($0.middle) - $0.label.height / 2 }
                let order = side.indices.sorted { wanted[$0] < wanted[$1] }
                var tops = order.map { max(region.y, wanted[$0]) }
                for index in tops.indices.dropFirst() {
                    tops[index] = max(tops[index], tops[index - 1] + side[order[index - 1]].label.height + 1)
                }
                if let last = tops.indices.last {
                    tops[last] = min(tops[last], region.maxY - side[order[last]].label.height)
                    for index in tops.indices.reversed().dropFirst() {
                        tops[index] = min(tops[index], tops[index + 1] - side[order[index]].label.height - 1)
                    }
                }
                if let first = tops.first, first >= region.y {
                    side = order.map { side[$0] }
                    boxes = zip(side, tops).map { slice, top in
                        let x = right ? centre.x + radius + Self.leaderRoom : centre.x - radius - Self.leaderRoom - slice.label.width
                        return Rect(x: x, y: top, width: slice.label.width, height: slice.label.height)
                    }
                    break
                }
                // Too many to stack: leave out the thinnest.
                if let thinnest = side.indices.min(by: { side[$0].end - side[$0].start < side[$1].end - side[$1].start }) {
                    let slice = side.remove(at: thinnest)
                    context.warnings.leftOut("share label", [ChartWarnings.quote(slice.text) + " ("
                        + context.resolve(context.chart.categories[slice.category]).value + ")"], reason: "no room")
                }
            }
            for (slice, box) in zip(side, boxes) {
                let edge = PathGeometry.point(centre, radius, slice.middle)
                let elbow = PathGeometry.point(centre, radius + Self.leaderRoom * 0.4, slice.middle)
                let end = Point(x: right ? box.x - 1 : box.maxX + 1, y: box.y + box.height / 2)
                canvas.stroke([.move(edge), .line(elbow), .line(end)], color: context.mutedColor, width: 0.5)
                canvas.place(slice.label, at: Point(x: box.x, y: box.y), alignment: right ? .start : .end, color: context.textColor)
            }
        }
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
