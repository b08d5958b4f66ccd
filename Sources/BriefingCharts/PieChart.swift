import BriefingFrame
import BriefingModel
import BriefingText
import Foundation

/// Pie and donut charts: slices clockwise from twelve o'clock in category order, a legend of
/// the categories, each slice's share inside it or, when the slice is too thin, beside the
/// pie with a leader line (see PieLeaders.swift); a donut shows the total in its hole.
struct PieChart {
    let context: ChartContext

    /// Room between the circle and an outside label, for the leader line.
    static let leaderRoom = 14.0
    /// A donut's hole, as a share of its radius.
    static let hole = 0.58
    /// A slice whose outer edge is shorter than this is a sliver, drawn again on top.
    static let sliver = 4.0
    static let sliverOutline = 0.6

    /// A slice with a value: its angles (clockwise on the page, from −π/2 at twelve o'clock)
    /// and its share's label.
    struct Slice {
        var category: Int
        var start: Double
        var end: Double
        var text: String
        var label: Label
        var middle: Double { (start + end) / 2 }
    }

    /// What a pie shows: the chart's categories, or the thicker of them and one last slice
    /// gathering the others ("Other").
    struct Wedges {
        var names: [Text]
        var values: [Double]
        var looks: [SeriesLook]
        /// The chart's categories drawn together as the last wedge; empty when none are.
        var gathered: [Int] = []

        /// The wedges with the chart's categories `thinnest` (two or more) gathered into a last
        /// one named `name`: in a grey no other slice has, or (in print, or when every grey is
        /// taken) in the look of the first gathered one that no slice left shares (print looks
        /// repeat after twelve).
        func gathering(_ thinnest: [Int], name: Text, printSafe: Bool) -> Wedges {
            let gathered = Set(thinnest)
            let kept = names.indices.filter { !gathered.contains($0) }
            func taken(_ look: SeriesLook) -> Bool { kept.contains { looks[$0].fill == look.fill && looks[$0].hatch == look.hatch } }
            var look = thinnest.map { looks[$0] }.first { !taken($0) } ?? looks[thinnest[0]]
            if !printSafe, let grey = PieChart.otherGreys.map(Color.init(grey:)).first(where: { grey in
                !kept.contains { looks[$0].fill == grey }
            }) {
                look.fill = grey
                look.line = grey
            }
            return Wedges(names: kept.map { names[$0] } + [name],
                          values: kept.map { values[$0] } + [thinnest.map { values[$0] }.reduce(0, +)],
                          looks: kept.map { looks[$0] } + [look], gathered: thinnest.sorted())
        }
    }

    /// The largest share a slice gathered into "Other" may have: a thicker one is no detail.
    static let gatheredShare = 0.05
    /// The greys a slice gathering others may take, in turn.
    static let otherGreys = [0.62, 0.75, 0.5]

    func draw(into canvas: inout ChartCanvas) {
        let chart = context.chart, count = chart.categories.count
        let raw = chart.series.first?.values ?? []
        let values = (0..<count).map { index in index < raw.count ? max(0, raw[index] ?? 0) : 0 }
        let looks = context.looks(names: chart.categories, colors: Array(repeating: nil, count: count))
        let (wedges, settled) = choose(Wedges(names: chart.categories, values: values, looks: looks), on: canvas)
        canvas = settled.canvas
        guard let pie = settled.pie else { return }
        let slices = settled.slices
        let inner = chart.type == .donut ? pie.radius * Self.hole : 0
        drawSlices(slices, of: pie, inner: inner, looks: wedges.looks, into: &canvas)
        drawInsideLabels(slices.filter { !pie.outside.contains($0.category) }, of: pie, inner: inner, looks: wedges.looks,
                         into: &canvas)
        for label in pie.placed {
            canvas.stroke([.move(label.leader[0])] + label.leader.dropFirst().map { .line($0) }, color: context.mutedColor, width: 0.5)
            canvas.place(label.slice.label, at: Point(x: label.box.x, y: label.box.y), alignment: label.right ? .start : .end,
                         color: context.textColor)
        }
        context.warnings.moved("share label", pie.leftOut.map { slice in
            ChartWarnings.quote(slice.text) + " (" + context.resolve(wedges.names[slice.category]).value + ")"
        }, to: "the legend", reason: "no room beside the pie")
        context.warnings.gathered("category", wedges.gathered.map { context.quoted(chart.categories[$0]) },
                                  as: context.options.otherSlices, reason: "too thin to label one by one")
        if inner > 0 { placeTotal(values.reduce(0, +), centre: pie.centre, inner: inner, into: &canvas) }
    }

    /// The slices with a value, clockwise from twelve o'clock, each with its share's label.
    private func slices(_ values: [Double]) -> [Slice] {
        let total = values.reduce(0, +), shares = Self.shares(values)
        var slices: [Slice] = []
        var angle = -Double.pi / 2
        for (category, value) in values.enumerated() where value > 0 {
            let sweep = 2 * .pi * value / total
            let text = percent(shares.percents[category], fractionDigits: shares.fractionDigits)
            slices.append(Slice(category: category, start: angle, end: angle + sweep, text: text, label: context.label(text)))
            angle += sweep
        }
        return slices
    }

    /// `slices` with the name before the share of those whose legend entry is not among
    /// `shown`: nothing else would say which slice it is.
    private func named(_ slices: [Slice], except shown: Set<Int>, names: [Text]) -> [Slice] {
        slices.map { slice in
            guard !shown.contains(slice.category) else { return slice }
            var named = slice
            let resolved = context.resolve(names[slice.category])
            named.label = context.maker.make(resolved.value + " " + context.digits(slice.text), language: resolved.language)
            return named
        }
    }

    /// A pie laid out (nil when it has no slice) with its slices and the canvas its legend is
    /// drawn on.
    typealias Settled = (pie: Layout?, slices: [Slice], canvas: ChartCanvas)

    /// How many of the thinnest slices (`bySize`, thinnest first) must be gathered into
    /// "Other" for no two slices left to look alike, when there are more slices than looks
    /// to tell them apart (the palette and its lighter round in colour, twelve patterns in
    /// print); 0 when every slice has a look of its own.
    private static func gatheredForLooks(_ all: Wedges, bySize: [Int]) -> Int {
        func alike(_ indices: ArraySlice<Int>) -> Bool {
            var seen: [Color: [Hatch?]] = [:]
            for index in indices {
                let look = all.looks[index]
                if seen[look.fill, default: []].contains(look.hatch) { return true }
                seen[look.fill, default: []].append(look.hatch)
            }
            return false
        }
        guard alike(bySize[...]) else { return 0 }
        // The gathered slice takes a look of its own (a grey, or one no slice left has).
        return (2..<bySize.count).first { !alike(bySize.dropFirst($0 - 1)) } ?? 0
    }

    /// The chart's slices when each share finds room on the chart without the pie shrinking
    /// to its smallest. Else the fewest of the thinnest slices (those labelled outside, each
    /// under `gatheredShare`) gathered into one, "Other", that let every share show with the
    /// pie at least halfway between its largest and its smallest: a dozen slivers labelled
    /// round a shrunken pie (or in the legend) say less than one slice that sums them up.
    /// Failing that, the chart's slices, the shares that find no room given in the legend.
    private func choose(_ all: Wedges, on canvas: ChartCanvas) -> (Wedges, Settled) {
        let warnings = context.warnings, before = warnings.messages
        let values = all.values, total = values.reduce(0, +)
        func thinner(_ a: Int, _ b: Int) -> Bool { values[a] != values[b] ? values[a] < values[b] : a > b }
        func gathering(_ count: Int, from thinnest: [Int]) -> Wedges {
            all.gathering(Array(thinnest.prefix(count)), name: Text(context.options.otherSlices),
                          printSafe: context.options.printSafe)
        }
        let bySize = values.indices.filter { values[$0] > 0 }.sorted(by: thinner)
        let needed = Self.gatheredForLooks(all, bySize: bySize)
        let thinnest: [Int]
        if needed == 0 {
            let plain = settle(all, legendShares: false, on: canvas)
            guard let pie = plain.pie, !pie.leftOut.isEmpty || pie.radius <= pie.smallest + 0.01 else { return (all, plain) }
            thinnest = pie.outside.filter { values[$0] < total * Self.gatheredShare }.sorted(by: thinner)
        } else {
            thinnest = Array(bySize.prefix(max(needed, bySize.prefix { values[$0] < total * Self.gatheredShare }.count)))
        }
        let fewest = max(2, needed)
        if thinnest.count >= fewest {
            for count in fewest...thinnest.count {
                warnings.restore(before)
                let wedges = gathering(count, from: thinnest)
                let tried = settle(wedges, legendShares: false, on: canvas)
                if let gathered = tried.pie, gathered.leftOut.isEmpty, gathered.radius >= (gathered.smallest + gathered.largest) / 2 {
                    return (wedges, tried)
                }
            }
        }
        warnings.restore(before)
        let wedges = needed > 0 ? gathering(needed, from: thinnest) : all
        return (wedges, settle(wedges, legendShares: true, on: canvas))
    }

    /// Draws the legend on a copy of `canvas` and lays the pie out below it.
    ///
    /// Every slice's share shows on the chart, inside its slice or beside the pie (`layout`),
    /// named too when the legend has no room for its entry. With `legendShares`, as a last
    /// resort, a slice whose label finds no room even on the smallest pie has its share after
    /// its name in the legend. The legend's height decides the pie's room, which decides the
    /// labels that find none: settle it, the legend taking more shares each round until no
    /// label is missing from both (at most one round per slice).
    private func settle(_ wedges: Wedges, legendShares: Bool, on canvas: ChartCanvas) -> Settled {
        let plain = slices(wedges.values)
        var inLegend = Set<Int>()
        var settled: Settled = (nil, plain, canvas)
        for _ in 0...plain.count {
            var drawn = canvas
            var top = 0.0
            var slices = plain
            if !wedges.names.isEmpty {
                let legend = Legend(entries: Array(zip(wedges.names, wedges.looks)), swatch: .box,
                                    details: details(wedges.values, shares: plain.filter { inLegend.contains($0.category) }))
                    .drawEntries(into: &drawn, context: context, top: 0)
                top = legend.height + 2 * ChartContext.gap
                slices = named(plain, except: legend.shown, names: wedges.names)
            }
            settled = (nil, slices, drawn)
            guard !slices.isEmpty else { break }
            let found = layout(slices, in: Rect(x: 0, y: top, width: context.width, height: max(0, context.height - top)))
            settled.pie = found
            let missing = Set(found.leftOut.map(\.category)).subtracting(inLegend)
            if missing.isEmpty || !legendShares { break }
            inLegend.formUnion(missing)
        }
        return settled
    }

    /// The slices, with white gaps between them on screen; slivers again on top, so that
    /// neither the gaps nor their neighbours' outlines swallow them, and in print with a
    /// dark outline of their own.
    private func drawSlices(_ slices: [Slice], of pie: Layout, inner: Double, looks: [SeriesLook], into canvas: inout ChartCanvas) {
        func wedge(_ slice: Slice) -> [PathElement] {
            PathGeometry.wedge(center: pie.centre, inner: inner, outer: pie.radius, from: slice.start, to: slice.end)
        }
        for slice in slices {
            canvas.fill(wedge(slice), look: looks[slice.category])
            if !context.options.printSafe && slices.count > 1 { canvas.stroke(wedge(slice), color: .white, width: 1) }
        }
        for slice in slices where slices.count > 1 && (slice.end - slice.start) * pie.radius < Self.sliver {
            var look = looks[slice.category]
            look.outline = nil
            canvas.fill(wedge(slice), look: look)
            if context.options.printSafe { canvas.stroke(wedge(slice), color: .black, width: Self.sliverOutline) }
        }
    }

    /// The shares that fit inside their slices; in print on a white backing, over the hatching.
    private func drawInsideLabels(_ slices: [Slice], of pie: Layout, inner: Double, looks: [SeriesLook],
                                  into canvas: inout ChartCanvas) {
        for slice in slices {
            let box = insideBox(slice, centre: pie.centre, radius: pie.radius, inner: inner)
            if context.options.printSafe {
                let backing = Rect(x: box.x - 1, y: box.y, width: box.width + 2, height: box.height)
                canvas.fill(PathElement.rectangle(backing), color: .white)
            }
            canvas.place(slice.label, at: Point(x: box.x, y: box.y), alignment: .center,
                         color: context.options.printSafe ? .black : looks[slice.category].textColor)
        }
    }

    /// "42 %", or "<0.1 %" for a sliver that rounds to nothing.
    private func percent(_ value: Double, fractionDigits: Int) -> String {
        if value <= 0 { return "<" + context.format.percent(pow(10, Double(-fractionDigits)), fractionDigits: fractionDigits) }
        return context.format.percent(value, fractionDigits: fractionDigits)
    }

    /// Each value's share in percent, rounded by the largest-remainder method so that the
    /// shares add up to 100: whole percents, or tenths when whole percents would round a
    /// slice to nothing. Every share gets the same number of decimals. Shares equally far
    /// from rounding up round alike (three equal slices are 33 % each, never 34, 33 and 33;
    /// six are 17 % each), so a reader never sees one value rounded two ways: a group the
    /// units left cannot all take rounds as each share would alone. Tenths are used when
    /// they then add up where whole percents do not (12.5, 12.5, 37.5, 37.5); otherwise
    /// the total misses 100 by a unit or so, as any rounded table's does.
    static func shares(_ values: [Double]) -> (percents: [Double], fractionDigits: Int) {
        let total = values.filter { $0 > 0 }.reduce(0, +)
        guard total > 0 else { return (values.map { _ in 0 }, 0) }
        // The shares rounded to `digits` decimals, and whether they add up to 100.
        func rounded(_ digits: Int) -> (percents: [Double], complete: Bool) {
            let units = 100 * pow(10, Double(digits))
            let exact = values.map { max(0, $0) / total * units }
            var whole = exact.map { $0.rounded(.down) }
            var left = Int((units - whole.reduce(0, +)).rounded())
            func remainder(_ index: Int) -> Double { exact[index] - whole[index] }
            let order = exact.indices.filter { exact[$0] > 0 }.sorted { a, b in
                remainder(a) != remainder(b) ? remainder(a) > remainder(b) : a < b
            }
            var start = 0
            while left > 0 && start < order.count {
                let group = order[start...].prefix { abs(remainder($0) - remainder(order[start])) < 1e-9 }
                // A group the units left cannot all take rounds as each of its shares
                // would alone: up from a half, else down.
                guard left >= group.count || remainder(order[start]) >= 0.5 - 1e-9 else { break }
                for index in group { whole[index] += 1 }
                left -= group.count
                start += group.count
            }
            return (whole.map { $0 / pow(10, Double(digits)) }, left == 0)
        }
        // Whole percents when they show every slice and add up; else tenths when those
        // do (12.5, 12.5, 37.5, 37.5) or a slice would round to nothing; else whole
        // percents a little off 100 (three thirds, 33 % each).
        let whole = rounded(0)
        let showsEvery = zip(values, whole.percents).allSatisfy { $0.0 <= 0 || $0.1 > 0 }
        if showsEvery && whole.complete { return (whole.percents, 0) }
        let tenths = rounded(1)
        if !showsEvery || tenths.complete { return (tenths.percents, 1) }
        return (whole.percents, 0)
    }

    /// What follows the legend's names, in brackets: the amounts, in the chart's unit and one
    /// magnitude for all ("USD 34.5 million"; in Chinese, Japanese and Korean, each amount
    /// under one of it in its own myriad), so that the unit and scale show (none when the
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
            texts = zip(values, shown).map { value, amount in
                // Chinese, Japanese and Korean write an amount under the shared myriad in its
                // own: "500万 USD" beside "50億 USD", never "0.05億".
                if format.words.myriads, amount != 0, abs(amount) < 1 {
                    let own = format.magnitude(largest: abs(value * factor), preferred: context.chart.scale)
                    let mine = value * factor / own.factor
                    let number = format.number(mine, fractionDigits: ChartNumberFormat.fractionDigits(showing: [mine], significant: 3))
                    return [format.quantity(number, magnitude: own, unit: unit)]
                }
                let number = format.number(amount, fractionDigits: ChartNumberFormat.fractionDigits(digits, for: amount))
                return [format.quantity(number, magnitude: magnitude, unit: unit)]
            }
        }
        for slice in shares { texts[slice.category].append(slice.text) }
        let (open, close) = Script.of(language: context.options.language).writesPhrases ? ("（", "）") : ("(", ")")
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

    /// A pie's place and size, the slices labelled outside, where their labels and leaders
    /// go, the slices whose labels found no room there, and the largest and smallest radius
    /// the pie could have had in its room.
    typealias Layout = (centre: Point, radius: Double, outside: Set<Int>, placed: [OutsideLabel], leftOut: [Slice],
                        largest: Double, smallest: Double)

    /// How far the pie may shrink to make room for its outside labels, in steps of a share of
    /// its largest radius, down to a share of its region's height: a smaller pie would say
    /// less than a legend does.
    static let shrinkStep = 0.02
    static let smallestRadius = 0.3
    /// How far a column of outside labels first moves away from the pie when its leaders need
    /// a flatter run to reach it; each further move is twice the one before, up to the edge.
    static let columnStep = 4.0

    /// The largest pie (down to `smallestRadius`) whose outside labels all find a place, in the
    /// middle of the region or, when it has shrunk, moved down or up to make room above or
    /// below it; failing that, the smallest pie with the fewest labels left out.
    private func layout(_ slices: [Slice], in region: Rect) -> Layout {
        let middle = Point(x: region.x + region.width / 2, y: region.y + region.height / 2)
        let largest = fit(slices, in: region, centre: middle).radius
        let smallest = min(largest, region.height * Self.smallestRadius)
        var limit = largest
        while true {
            let (radius, outside) = fit(slices, in: region, centre: middle, limit: limit)
            let thin = slices.filter { outside.contains($0.category) }
            for centre in centres(radius: radius, middle: middle, region: region) {
                if let placed = arrange(thin, around: Disc(centre: centre, radius: radius, region: region)) {
                    return (centre, radius, outside, placed, [], largest, smallest)
                }
            }
            if limit <= smallest {
                var layout = fewestLeftOut(thin, radius: radius, outside: outside, middle: middle, region: region)
                (layout.largest, layout.smallest) = (largest, smallest)
                return layout
            }
            limit = max(smallest, limit - largest * Self.shrinkStep)
        }
    }

    /// Where a pie of `radius` may go: the middle of the region, else as low or as high as
    /// leaves its shortest leaders inside it.
    private func centres(radius: Double, middle: Point, region: Rect) -> [Point] {
        let slack = max(0, region.height / 2 - ChartContext.gap - Self.leaderRoom * 0.4 - radius)
        return (slack > 0.5 ? [0, slack, -slack] : [0]).map { Point(x: middle.x, y: middle.y + $0) }
    }

    /// The last resort: the arrangement, among the pie's places, that leaves out the fewest
    /// labels (`arrangeMost`).
    private func fewestLeftOut(_ thin: [Slice], radius: Double, outside: Set<Int>, middle: Point, region: Rect) -> Layout {
        var best: Layout?
        for centre in centres(radius: radius, middle: middle, region: region) {
            let (placed, leftOut) = arrangeMost(thin, around: Disc(centre: centre, radius: radius, region: region))
            if best == nil || leftOut.count < best!.leftOut.count { best = (centre, radius, outside, placed, leftOut, radius, radius) }
        }
        return best!
    }

    /// How far a leader keeps from other leaders and from the pie, centre to centre: half a
    /// point of white between the lines.
    static let leaderClearance = 0.75

    /// Middles for boxes `heights` tall, in order from top to bottom and at least `spacing`
    /// apart, each within its `bounds` and as near its `wanted` middle as its neighbours allow;
    /// nil when no such arrangement exists. Labels in a column, and the stubs of their
    /// leaders fanned out (boxes of no height, angles for middles).
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
