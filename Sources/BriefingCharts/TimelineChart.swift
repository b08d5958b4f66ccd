import BriefingFrame
import BriefingModel
import Foundation

/// Timelines: events as dots on a date axis, each with its date and label in a block above
/// or below the axis on a stem.
///
/// Blocks go, in date order, to the nearest level (above first, then below) where they touch
/// neither another block nor another event's stem, centred on their stem or, when that does
/// not clear, starting or ending at it like a flag; events whose dots overlap (the same day,
/// or days apart on an axis of decades) stack their blocks on one stem, each stem starting at
/// the block below it. When the levels would not fit the height,
/// the labels wrap narrower (in up to three lines), then the levels close up, then labels are
/// cut short to two lines and one; only a block that finds no room even so is left out, and
/// reported.
struct TimelineChart {
    let context: ChartContext

    /// Gap between the axis (or the tick labels) and the first level of blocks.
    static let stemGap = 8.0
    static let dotRadius = 3.0
    /// Space between levels of blocks, and the closer spacing tried when they do not fit.
    static let levelGaps = [6.0, 3.0]
    /// Label widths tried, as shares of the widest (a quarter of the chart, 60 to 150 points).
    static let widthShares = [1.0, 0.8, 0.65]
    /// The most ticks a date axis has.
    static let maximumTicks = 12
    /// The fewest days an axis spans: events on one day or two get a few days either side,
    /// labelled day by day.
    static let shortestSpan = 6.0
    /// Events closer than this on the axis (their dots overlap) share one stem: their blocks
    /// stack on it, each stem starting at the block below, so that none runs through text.
    static let sharedStem = 2 * dotRadius

    private struct Block {
        /// The first of the events it names: those of one day share a block.
        var event: Int
        var events: [Int]
        var x: Double
        var date: Label
        var text: Label
        var left = 0.0
        var above = true
        var level = 0
        var alignment = LineAlignment.center
        /// The events whose label was cut short to fit.
        var shortened: [Int] = []
        var width: Double { max(date.width, text.width) }
        var height: Double { date.height + text.height }
        var right: Double { left + width }
    }

    private struct Layout {
        var blocks: [Block] = []
        /// The height of each level above (index 0) and below (index 1) the axis.
        var levels: [[Double]] = [[], []]
        var levelGap = TimelineChart.levelGaps[0]
        /// Events whose label found no place.
        var dropped: [Int] = []
        var shortened: Int { blocks.reduce(0) { $0 + $1.shortened.count } }
    }

    /// What a timeline is drawn from: its events in date order, the axis's scale and tick
    /// labels, and the blocks' arrangement within the context's height.
    private struct Plan {
        var events: [ChartEvent]
        var days: [Double]
        var x: (Double) -> Double
        var ticks: [(x: Double, label: Label, box: Rect)]
        var tickHeight: Double
        var layout: Layout
    }

    /// The height the drawing takes: its levels of blocks, the axis and its tick labels,
    /// and no more (at most the context's height), so that a few events make a short
    /// chart with its axis under their labels, not a strip in the middle of white. Laid out
    /// again at this height, the blocks find the same places, or better ones.
    func preferredHeight() -> Double {
        guard let plan = plan() else { return context.height }
        return min(context.height, totalHeight(plan.layout.levels, gap: plan.layout.levelGap, tickHeight: plan.tickHeight))
    }

    func draw(into canvas: inout ChartCanvas) {
        guard let plan = plan() else { return }
        let events = plan.events, ticks = plan.ticks, tickHeight = plan.tickHeight, layout = plan.layout, x = plan.x
        let width = context.width
        report(layout, events: events)

        let total = totalHeight(layout.levels, gap: layout.levelGap, tickHeight: tickHeight)
        let axisY = max(0, (context.height - total) / 2) + stacked(layout.levels[0], gap: layout.levelGap) + Self.stemGap

        canvas.stroke([.move(Point(x: 0, y: axisY)), .line(Point(x: width, y: axisY))], color: context.textColor, width: 0.8)
        for tick in ticks {
            canvas.stroke([.move(Point(x: tick.x, y: axisY)), .line(Point(x: tick.x, y: axisY + 3))], color: context.textColor, width: 0.6)
            canvas.place(tick.label, at: Point(x: tick.box.x, y: axisY + 4), alignment: .center, color: context.mutedColor)
        }
        for block in layout.blocks {
            let heights = layout.levels[block.above ? 0 : 1]
            let offset = heights.prefix(block.level).reduce(0) { $0 + $1 + layout.levelGap }
            let top = block.above ? axisY - Self.stemGap - offset - block.height
                : axisY + 4 + tickHeight + Self.stemGap + offset
            let stemEnd = block.above ? top + block.height : top
            // From the axis, or from the block below on a shared stem (see `sharedStem`).
            let below = layout.blocks.filter { $0.above == block.above && $0.level < block.level && $0.left <= block.x && block.x <= $0.right }
                .max { $0.level < $1.level }
            let stemStart = below.map { other in
                let otherOffset = heights.prefix(other.level).reduce(0) { $0 + $1 + layout.levelGap }
                return block.above ? axisY - Self.stemGap - otherOffset - other.height : axisY + 4 + tickHeight + Self.stemGap + otherOffset + other.height
            } ?? axisY
            canvas.stroke([.move(Point(x: block.x, y: stemStart)), .line(Point(x: block.x, y: stemEnd))], color: context.mutedColor, width: 0.5)
            for (label, y, color) in [(block.date, top, context.mutedColor), (block.text, top + block.date.height, context.textColor)] {
                let x: Double = switch block.alignment {
                case .start: block.left
                case .center: block.left + (block.width - label.width) / 2
                case .end: block.right - label.width
                }
                canvas.place(label, at: Point(x: x, y: y), alignment: block.alignment, color: color)
            }
        }
        let dot = context.options.printSafe ? Color.black : context.palette[0]
        for day in plan.days {
            let circle = PathGeometry.circle(center: Point(x: x(day), y: axisY), radius: Self.dotRadius)
            canvas.fill(circle, color: dot)
            canvas.stroke(circle, color: .white, width: 0.8)
        }
    }

    /// The events, axis and arrangement of blocks within the context's size; nil when there
    /// is nothing to draw.
    private func plan() -> Plan? {
        let events = context.chart.events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        guard !events.isEmpty, context.width > 0 else { return nil }
        let names = DateNames(language: context.options.language, calendar: context.options.calendar)
        let days = events.map { Double(DateAxis.dayNumber($0.date)) }
        let first = days.first ?? 0, last = days.last ?? 0
        // The events' span, widened to `shortestSpan` about its middle, and 8 % either side.
        let span = max(last - first, Self.shortestSpan), middle = (first + last) / 2
        let start = middle - span * 0.58, end = middle + span * 0.58
        let width = context.width
        func x(_ day: Double) -> Double { (day - start) / (end - start) * width }
        let ticks = tickLabels(from: start, to: end, names: names, x: x)
        let tickHeight = ticks.map(\.label.height).max() ?? context.lineHeight
        let dates = events.map { event in
            context.label(names.string(year: event.date.year, month: event.date.month, day: event.date.day, template: "dMMMy"),
                          bold: true)
        }

        // Wrapping narrower first, then closer levels, then shorter labels: the first
        // arrangement that shows every label whole wins, else the one that leaves out fewest.
        let widest = min(150, max(60, width / 4))
        var trials: [(width: Double, lines: Int, gap: Double)] = []
        for gap in Self.levelGaps {
            for share in Self.widthShares { trials.append((max(40, widest * share), 3, gap)) }
        }
        trials += [(widest, 2, Self.levelGaps.last ?? 3), (widest, 1, Self.levelGaps.last ?? 3)]
        // Events of one day share a block: their date once, their labels under it.
        var sameDay: [[Int]] = []
        for index in days.indices {
            if let last = sameDay.last?.last, days[last] == days[index] {
                sameDay[sameDay.count - 1].append(index)
            } else {
                sameDay.append([index])
            }
        }
        var layout = Layout()
        var best: Layout?
        for trial in trials {
            let blocks = sameDay.map { group in
                let labels = group.map { context.fitted(events[$0].label, width: trial.width, maxLines: trial.lines) }
                return Block(event: group[0], events: group, x: x(days[group[0]]), date: dates[group[0]],
                             text: Label.stacked(labels), shortened: zip(group, labels).filter(\.1.shortened).map(\.0))
            }
            layout = arrange(blocks, ticks: ticks.map(\.box), tickHeight: tickHeight, gap: trial.gap)
            if best.map({ (layout.dropped.count, layout.shortened) < ($0.dropped.count, $0.shortened) }) ?? true { best = layout }
            if layout.dropped.isEmpty && layout.shortened == 0 { break }
        }
        return Plan(events: events, days: days, x: x, ticks: ticks, tickHeight: tickHeight, layout: best ?? layout)
    }

    /// Tells the author which events lost their label or had it cut short.
    private func report(_ layout: Layout, events: [ChartEvent]) {
        func describe(_ index: Int) -> String { context.quoted(events[index].label) + " (\(events[index].date))" }
        context.warnings.leftOut("timeline label", layout.dropped.map(describe), reason: "no room")
        context.warnings.shortened("timeline label", layout.blocks.flatMap(\.shortened).map(describe))
    }

    /// Tick labels of the finest date unit whose labels keep apart (days only when the axis
    /// spans less than two months' first days). A label that would cross
    /// the chart's edge is left out (its tick stays). Month labels carry the year on the first
    /// label shown and wherever the year changes ("Apr 2024 · Jul · Oct · Jan 2025"), and so do
    /// day labels ("Dec 30, 2025 · Dec 31 · Jan 1, 2026").
    private func tickLabels(from start: Double, to end: Double, names: DateNames, x: (Double) -> Double)
        -> [(x: Double, label: Label, box: Rect)] {
        var best: [(x: Double, label: Label, box: Rect)] = []
        for (number, unit) in DateAxis.units.enumerated() {
            let ticks = DateAxis.ticks(unit, from: start, to: end)
            if ticks.count > Self.maximumTicks && number < DateAxis.units.count - 1 { continue }
            // Days only where months would not give two ticks: a span of weeks reads by month.
            if case .days = unit, DateAxis.ticks(.months(1), from: start, to: end).count >= 2 { continue }
            func placed(_ visible: [Int]) -> [(x: Double, label: Label, box: Rect)] {
                ticks.indices.map { index in
                    let tick = ticks[index]
                    let template: String
                    let previous = visible.last { $0 < index }
                    let newYear = previous.map { ticks[$0].year != tick.year } ?? true
                    switch unit {
                    case .days:
                        template = newYear ? "dMMMy" : "dMMM"
                    case .months:
                        template = newYear ? "MMMy" : "MMM"
                    case .years:
                        template = "y"
                    }
                    let label = context.label(names.string(year: tick.year, month: tick.month, day: tick.dayOfMonth,
                                                           template: template))
                    let tickX = x(Double(tick.day))
                    return (tickX, label, Rect(x: tickX - label.width / 2, y: 0, width: label.width, height: label.height))
                }
            }
            // Which labels fit inside the chart depends on which carry the year, which depends
            // on which are shown: settle it.
            var visible = Array(ticks.indices)
            var all = placed(visible)
            for _ in 0...ticks.count {
                let inside = ticks.indices.filter { all[$0].box.x >= 0 && all[$0].box.maxX <= context.width }
                if inside == visible { break }
                visible = inside
                all = placed(visible)
            }
            best = visible.map { all[$0] }
            let apart = zip(best, best.dropFirst()).allSatisfy { $0.box.maxX + 2 * ChartContext.gap <= $1.box.x }
            if apart { break }
        }
        return best
    }

    /// Gives each block a level above or below the axis where it clears the blocks on that
    /// level, the stems that rise through it, and (below) the tick labels its own stem would
    /// cross, with the whole fitting the chart's height. Each block takes the first place that
    /// lets every later block find one too (nearest level first, above before below, centred
    /// on its stem before starting or ending at it), searched depth first up to a budget;
    /// failing that, each takes the first free place in date order and a block with none is
    /// dropped.
    private func arrange(_ blocks: [Block], ticks: [Rect], tickHeight: Double, gap levelGap: Double) -> Layout {
        var layout = Layout(levelGap: levelGap)
        var budget = Self.searchBudget
        func search(_ index: Int) -> Bool {
            guard index < blocks.count else { return true }
            budget -= 1
            guard budget > 0 else { return false }
            for (candidate, levels) in places(for: blocks[index], in: layout, ticks: ticks, tickHeight: tickHeight) {
                let saved = layout.levels
                layout.blocks.append(candidate)
                layout.levels = levels
                if search(index + 1) { return true }
                layout.blocks.removeLast()
                layout.levels = saved
                if budget <= 0 { return false }
            }
            return false
        }
        if search(0) { return layout }
        layout = Layout(levelGap: levelGap)
        for block in blocks {
            if let (candidate, levels) = places(for: block, in: layout, ticks: ticks, tickHeight: tickHeight).first {
                layout.blocks.append(candidate)
                layout.levels = levels
            } else {
                layout.dropped += block.events
            }
        }
        return layout
    }

    /// How many placements the depth-first search may try for one arrangement.
    static let searchBudget = 4000

    /// The places `block` could take next to the blocks already laid out, best first, each
    /// with the level heights it would give.
    private func places(for block: Block, in layout: Layout, ticks: [Rect], tickHeight: Double) -> [(Block, [[Double]])] {
        let gap = ChartContext.gap, width = context.width
        var found: [(Block, [[Double]])] = []
        for level in 0...(layout.levels.map(\.count).max() ?? 0) {
            for above in [true, false] {
                if !above && ticks.contains(where: { block.x >= $0.x - gap && block.x <= $0.maxX + gap }) { continue }
                var levels = layout.levels
                let side = above ? 0 : 1
                if levels[side].count < level { continue }
                if levels[side].count == level { levels[side].append(0) }
                levels[side][level] = max(levels[side][level], block.height)
                guard totalHeight(levels, gap: layout.levelGap, tickHeight: tickHeight) <= context.height + 0.01 else { continue }
                var lefts: [Double] = []
                for anchor in [LineAlignment.center, .start, .end] {
                    var candidate = block
                    candidate.above = above
                    candidate.level = level
                    let left: Double = switch anchor {
                    case .center: block.x - block.width / 2
                    case .start: block.x - 1
                    case .end: block.x + 1 - block.width
                    }
                    candidate.left = min(max(0, left), max(0, width - block.width))
                    // Clamped at an edge, two anchors can give the same place.
                    if lefts.contains(where: { abs($0 - candidate.left) < 0.01 }) { continue }
                    lefts.append(candidate.left)
                    candidate.alignment = candidate.left <= 0 ? .start : candidate.right >= width - 0.01 ? .end : anchor
                    let clear = layout.blocks.filter { $0.above == above }.allSatisfy { other in
                        if other.level == level {
                            return candidate.right + 2 * gap <= other.left || other.right + 2 * gap <= candidate.left
                        }
                        if abs(other.x - block.x) < Self.sharedStem && candidate.alignment == .center && other.alignment == .center {
                            return true
                        }
                        if other.level < level { return block.x < other.left - gap || block.x > other.right + gap }
                        return other.x < candidate.left - gap || other.x > candidate.right + gap
                    }
                    if clear { found.append((candidate, levels)) }
                }
            }
        }
        return found
    }

    /// The height of the whole drawing with these levels above (index 0) and below (index 1)
    /// the axis.
    private func totalHeight(_ levels: [[Double]], gap: Double, tickHeight: Double) -> Double {
        stacked(levels[0], gap: gap) + Self.stemGap + 4 + tickHeight
            + (levels[1].isEmpty ? 0 : Self.stemGap + stacked(levels[1], gap: gap))
    }

    /// The height of levels one over the other, `gap` between them and none outside: the
    /// outermost labels reach the drawing's edge.
    private func stacked(_ levels: [Double], gap: Double) -> Double {
        levels.reduce(0, +) + gap * Double(max(0, levels.count - 1))
    }
}
