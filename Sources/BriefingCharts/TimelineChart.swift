import BriefingFrame
import BriefingModel
import Foundation

/// Timelines: events as dots on a date axis, each with its date and label in a block above
/// or below the axis on a stem. Blocks go to the nearest level where they touch neither
/// another block nor another event's stem; when the levels do not fit the height, labels
/// get fewer lines, then the outermost levels lose their labels.
struct TimelineChart {
    let context: ChartContext

    /// Gap between the axis (or the tick labels) and the first level of blocks.
    static let stemGap = 8.0
    static let dotRadius = 3.0
    static let maximumLevels = 8

    private struct Block {
        var event: Int
        var x: Double
        var date: Label
        var text: Label
        var left = 0.0
        var above = true
        var level = 0
        var width: Double { max(date.width, text.width) }
        var height: Double { date.height + text.height }
        var right: Double { left + width }
    }

    func draw(into canvas: inout ChartCanvas) {
        let events = context.chart.events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        guard !events.isEmpty, context.width > 0 else { return }
        let names = DateNames(language: context.options.language)
        let days = events.map { Double(DateAxis.dayNumber($0.date)) }
        let span = max((days.last ?? 0) - (days.first ?? 0), 60)
        let start = (days.first ?? 0) - span * 0.08, end = (days.last ?? 0) + span * 0.08
        let width = context.width
        func x(_ day: Double) -> Double { (day - start) / (end - start) * width }
        let ticks = tickLabels(from: start, to: end, names: names, x: x)
        let tickHeight = ticks.map(\.label.height).max() ?? context.lineHeight

        var blocks: [Block] = []
        var layout = (levels: [[Double]](), total: 0.0)
        for lines in [3, 2, 1] {
            blocks = events.enumerated().map { index, event in
                let date = context.label(names.string(year: event.date.year, month: event.date.month, day: event.date.day,
                                                       template: "dMMMy"), bold: true)
                let resolved = context.resolve(event.label)
                let text = context.maker.fitted(resolved.value, language: resolved.language,
                                                width: min(150, max(60, width / 4)), maxLines: lines)
                return Block(event: index, x: x(days[index]), date: date, text: text)
            }
            blocks = assignLevels(blocks, ticks: ticks.map(\.box))
            layout = levelHeights(blocks, tickHeight: tickHeight)
            if layout.total <= context.height { break }
        }
        // Still too tall: the outermost level loses its labels until the rest fits.
        while layout.total > context.height, let outermost = blocks.map(\.level).max() {
            let side = blocks.filter { $0.level == outermost }.count(where: \.above) > 0
            blocks.removeAll { $0.level == outermost && $0.above == side }
            layout = levelHeights(blocks, tickHeight: tickHeight)
        }
        let aboveHeight = layout.levels[0].reduce(0) { $0 + $1 + ChartContext.gap * 2 }
        let axisY = max(0, (context.height - layout.total) / 2) + aboveHeight + Self.stemGap

        canvas.stroke([.move(Point(x: 0, y: axisY)), .line(Point(x: width, y: axisY))], color: context.textColor, width: 0.8)
        for tick in ticks {
            canvas.stroke([.move(Point(x: tick.x, y: axisY)), .line(Point(x: tick.x, y: axisY + 3))], color: context.textColor, width: 0.6)
            canvas.place(tick.label, at: Point(x: tick.box.x, y: axisY + 4), alignment: .center, color: context.mutedColor)
        }
        for block in blocks {
            let heights = layout.levels[block.above ? 0 : 1]
            let offset = heights.prefix(block.level).reduce(0) { $0 + $1 + ChartContext.gap * 2 }
            let top = block.above ? axisY - Self.stemGap - offset - block.height
                : axisY + 4 + tickHeight + Self.stemGap + offset
            let stemEnd = block.above ? top + block.height : top
            canvas.stroke([.move(Point(x: block.x, y: axisY)), .line(Point(x: block.x, y: stemEnd))], color: context.mutedColor, width: 0.5)
            let alignment: LineAlignment = block.left <= 0 ? .start : block.right >= width - 0.01 ? .end : .center
            for (label, y, color) in [(block.date, top, context.mutedColor), (block.text, top + block.date.height, context.textColor)] {
                let x: Double = switch alignment {
                case .start: block.left
                case .center: block.left + (block.width - label.width) / 2
                case .end: block.right - label.width
                }
                canvas.place(label, at: Point(x: x, y: y), alignment: alignment, color: color)
            }
        }
        let dot = context.options.printSafe ? Color.black : context.palette[0]
        for day in days {
            let circle = PathGeometry.circle(center: Point(x: x(day), y: axisY), radius: Self.dotRadius)
            canvas.fill(circle, color: dot)
            canvas.stroke(circle, color: .white, width: 0.8)
        }
    }

    /// Tick labels of the finest date unit whose labels keep apart; a label that would cross
    /// the chart's edge is left out (its tick stays).
    private func tickLabels(from start: Double, to end: Double, names: DateNames, x: (Double) -> Double)
        -> [(x: Double, label: Label, box: Rect)] {
        var best: [(x: Double, label: Label, box: Rect)] = []
        for unit in DateAxis.units {
            let ticks = DateAxis.ticks(unit, from: start, to: end)
            var placed: [(x: Double, label: Label, box: Rect)] = []
            for (index, tick) in ticks.enumerated() {
                let template: String = switch unit {
                case .months: index == 0 || tick.month == 1 ? "MMMy" : "MMM"
                case .years: "y"
                }
                let label = context.label(names.string(year: tick.year, month: tick.month, template: template))
                let tickX = x(Double(tick.day))
                placed.append((tickX, label, Rect(x: tickX - label.width / 2, y: 0, width: label.width, height: label.height)))
            }
            best = placed.filter { $0.box.x >= 0 && $0.box.maxX <= context.width }
            let apart = zip(placed, placed.dropFirst()).allSatisfy { $0.box.maxX + 2 * ChartContext.gap <= $1.box.x }
            if apart && placed.count <= 12 { break }
        }
        return best
    }

    /// Gives each block the nearest level, above or below the axis, where it clears the blocks
    /// on that level, the stems that rise through it, and (below) the tick labels its own stem
    /// would cross. A block with no such level is dropped.
    private func assignLevels(_ blocks: [Block], ticks: [Rect]) -> [Block] {
        let gap = ChartContext.gap
        var placed: [Block] = []
        for var block in blocks {
            block.left = min(max(0, block.x - block.width / 2), max(0, context.width - block.width))
            let candidates = (0..<Self.maximumLevels).flatMap { [(true, $0), (false, $0)] }
            for (above, level) in candidates {
                if !above && ticks.contains(where: { block.x >= $0.x - gap && block.x <= $0.maxX + gap }) { continue }
                let clear = placed.filter { $0.above == above }.allSatisfy { other in
                    if other.level == level { return block.right + 2 * gap <= other.left || other.right + 2 * gap <= block.left }
                    if other.level < level { return block.x < other.left - gap || block.x > other.right + gap }
                    return other.x < block.left - gap || other.x > block.right + gap
                }
                if clear {
                    block.above = above
                    block.level = level
                    placed.append(block)
                    break
                }
            }
        }
        return placed
    }

    /// The height of each level above (index 0) and below (index 1) the axis, and the height
    /// of the whole drawing.
    private func levelHeights(_ blocks: [Block], tickHeight: Double) -> (levels: [[Double]], total: Double) {
        var levels: [[Double]] = [[], []]
        for block in blocks {
            let side = block.above ? 0 : 1
            while levels[side].count <= block.level { levels[side].append(0) }
            levels[side][block.level] = max(levels[side][block.level], block.height)
        }
        let above = levels[0].reduce(0) { $0 + $1 + ChartContext.gap * 2 }
        let below = levels[1].reduce(0) { $0 + $1 + ChartContext.gap * 2 }
        let total = above + Self.stemGap + 4 + tickHeight + (levels[1].isEmpty ? 0 : Self.stemGap + below)
        return (levels, total)
    }
}
