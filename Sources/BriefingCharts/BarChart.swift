import BriefingFrame
import BriefingModel

/// Bar and stacked-bar charts: categories down the start edge, values across, tick labels
/// along the bottom with the axis caption under their end.
struct BarChart {
    let context: ChartContext

    /// The widest the column of category names may be, as shares of the chart's width, tried
    /// in turn: a name is wrapped (up to three lines, as many as a row holds) in the narrowest
    /// column that shows it whole, and cut short only when even the widest does not.
    static let columnShares = [0.3, 0.35, 0.4]

    /// The height this chart wants, at most `maximum`: the context's when every category's
    /// name shows whole there; else rows far enough apart for every name beside its bars (see
    /// `rowPitch`) in the fewest lines that show every name whole (up to three), or in fewer
    /// lines, cut short, when those rows would not fit in `maximum`. When even one line a
    /// row does not fit, the chart takes `maximum` and names every n-th category, as at any
    /// height.
    func preferredHeight(maximum: Double) -> Double {
        let data = CategoryData(context: context, stacked: context.chart.type == .stackedBar)
        var scratch = ChartCanvas()
        let top = legendHeight(data, into: &scratch)
        let overhead = top + ChartContext.gap + footerHeight(data)
        let count = Double(max(1, data.categoryCount))
        let names = categoryLabels(data, pitch: (context.height - overhead) / count)
        if names.categories.count == data.categoryCount && !names.labels.contains(where: \.shortened) { return context.height }
        let column = max(1, context.width * (Self.columnShares.last ?? 0.3))
        let wholeLines = (1...CategoryLabels.maximumLines).first { lines in
            data.categories.allSatisfy { !context.fitted($0, width: column, maxLines: lines).shortened }
        } ?? CategoryLabels.maximumLines
        var wanted = context.height
        for lines in (1...wholeLines).reversed() {
            let tallest = data.categories.map { context.fitted($0, width: column, maxLines: lines).height }.max() ?? 0
            wanted = overhead + count * rowPitch(tallestName: tallest, bars: data.stacked ? 1 : data.seriesCount)
            if wanted <= maximum { break }
        }
        return max(context.height, min(maximum, wanted))
    }

    /// The distance between categories that gives each its name (`tallestName` high) with
    /// white above and below it, and bars no thinner than `BarBands.minimumThickness`.
    private func rowPitch(tallestName: Double, bars: Int) -> Double {
        max(tallestName + context.rowSpacing,
            (BarBands.minimumThickness * Double(bars) + 1.5 * Double(bars - 1)) / BarBands.groupShare)
    }

    /// Draws the legend (several series) at the top; returns the room it takes with the
    /// white under it.
    private func legendHeight(_ data: CategoryData, into canvas: inout ChartCanvas) -> Double {
        guard data.seriesCount > 1 else { return 0 }
        let entries = data.legendEntries(looks: data.looks)
        return Legend(entries: entries, swatch: .box).draw(into: &canvas, context: context, top: 0) + ChartContext.gap * 2
    }

    /// The room under the plot: tick labels, and the axis caption under them.
    private func footerHeight(_ data: CategoryData) -> Double {
        context.numberHeight + ChartContext.gap + (caption(data).map { $0.height + ChartContext.gap } ?? 0)
    }

    /// What the value axis counts in ("USD million"), on one line.
    private func caption(_ data: CategoryData) -> Label? {
        data.caption.map { context.maker.fitted(context.digits($0), language: context.options.language, width: context.width) }
    }

    func draw(into canvas: inout ChartCanvas) {
        let gap = ChartContext.gap, width = context.width
        let data = CategoryData(context: context, stacked: context.chart.type == .stackedBar)
        let top = legendHeight(data, into: &canvas)
        let caption = caption(data)
        let tickRow = context.numberHeight + gap
        let plotTop = top + gap
        let plotBottom = max(plotTop + 1, context.height - footerHeight(data))
        let pitch = (plotBottom - plotTop) / Double(max(1, data.categoryCount))
        let bands = BarBands(pitch: pitch, bars: data.stacked ? 1 : data.seriesCount)

        let names = categoryLabels(data, pitch: pitch)
        let plotLeft = (names.labels.map(\.width).max() ?? 0) + 2 * gap
        let values = valueLabels(data, bands: bands, room: width - plotLeft)
        let padEnd = values.filter { $0.mark.end >= 0 }.map { $0.label.width + gap }.max() ?? 0
        let scale = axis(data, from: plotLeft, to: width - padEnd,
                         reaching: values.filter { $0.mark.end < 0 }.map { ($0.mark.end, $0.label.width) })
        func x(_ value: Double) -> Double { scale.start + scale.axis.fraction(value) * (scale.end - scale.start) }
        func slot(_ category: Int) -> Double { plotTop + Double(category) * pitch }

        for (value, label) in scale.ticks {
            canvas.stroke([.move(Point(x: x(value), y: plotTop)), .line(Point(x: x(value), y: plotBottom))],
                          color: context.gridColor, width: 0.4)
            if let label {
                canvas.place(label, at: Point(x: x(value) - label.width / 2, y: plotBottom + gap), alignment: .center,
                             color: context.mutedColor)
            }
        }
        var segmentsLeftOut: [String] = []
        for category in 0..<data.categoryCount {
            let pieces: [(series: Int, from: Double, to: Double)] = data.stacked
                ? data.segments(category: category)
                : data.values.indices.compactMap { series in data.values[series][category].map { (series, 0, $0) } }
            for piece in pieces {
                let y = slot(category) + bands.offset(data.stacked ? 0 : piece.series)
                let left = min(x(piece.from), x(piece.to)), length = abs(x(piece.to) - x(piece.from))
                let text = data.text(piece.to - piece.from, format: context.format)
                guard length > 0.01 else {
                    if data.stacked && piece.to != piece.from {
                        segmentsLeftOut.append(SegmentLabel.describe(text, category: data.categories[category],
                                                                     series: data.names[piece.series], context: context))
                    }
                    continue
                }
                let look = data.looks[piece.series]
                let rect = Rect(x: left, y: y, width: length, height: bands.thickness)
                canvas.fill(PathElement.rectangle(rect), look: look)
                if data.stacked && !SegmentLabel.place(context.label(text), in: rect, look: look, into: &canvas) {
                    segmentsLeftOut.append(SegmentLabel.describe(text, category: data.categories[category],
                                                                 series: data.names[piece.series], context: context))
                }
            }
        }
        let zero = scale.axis.lower <= 0 && scale.axis.upper >= 0 ? 0 : scale.axis.lower
        canvas.stroke([.move(Point(x: x(zero), y: plotTop)), .line(Point(x: x(zero), y: plotBottom))],
                      color: context.textColor, width: 0.8)
        for (mark, label) in values {
            let middle = slot(mark.category) + bands.offset(mark.series) + bands.thickness / 2
            let left = mark.end >= 0 ? x(mark.end) + gap / 2 : x(mark.end) - gap / 2 - label.width
            let box = Rect(x: left, y: middle - label.height / 2, width: label.width, height: label.height)
            canvas.knockout(box)
            canvas.place(label, at: Point(x: box.x, y: box.y), alignment: .center, color: context.textColor)
        }
        for (category, label) in zip(names.categories, names.labels) {
            let middle = slot(category) + pitch / 2
            let y = max(plotTop, min(plotBottom - label.height, middle - label.height / 2))
            canvas.place(label, at: Point(x: plotLeft - 2 * gap - label.width, y: y), alignment: .end, color: context.textColor)
        }
        if let caption {
            canvas.place(caption, at: Point(x: width - caption.width, y: plotBottom + tickRow), alignment: .end,
                         color: context.mutedColor)
        }
        let shown = Set(names.categories)
        context.warnings.leftOut("category label", data.categories.indices.filter { !shown.contains($0) }.map { context.quoted(data.categories[$0]) },
                                 reason: "no room")
        context.warnings.shortened("category label", zip(names.categories, names.labels).filter { $0.1.shortened }
            .map { context.quoted(data.categories[$0.0]) })
        if values.isEmpty {
            context.warnings.leftOut("value label", data.marks.map { mark in
                SegmentLabel.describe(data.text(mark.value, format: context.format),
                                      category: data.categories[mark.category], series: data.stacked ? nil : data.names[mark.series],
                                      context: context)
            }, reason: "no room beside the bars")
        }
        context.warnings.leftOut("segment value label", segmentsLeftOut, reason: "segments too small")
    }

    /// Names beside their bars, in the narrowest column (see `columnShares`) where every one
    /// shows whole in as many lines as a row holds (at most three); else in the widest, cut
    /// short. When a row cannot hold one line, every n-th name.
    private func categoryLabels(_ data: CategoryData, pitch: Double) -> (categories: [Int], labels: [Label]) {
        let natural = data.categories.map { context.label($0) }
        let widest = natural.map(\.width).max() ?? 0
        let room = pitch - 1
        var best: [Label]?
        for share in Self.columnShares {
            let column = max(1, min(widest, context.width * share))
            var lines = min(CategoryLabels.maximumLines, max(1, Int(room / context.lineHeight)))
            var found: [Label]?
            while lines >= 1 && found == nil {
                let labels = names(data, Array(data.categories.indices), column: column, lines: lines)
                if labels.allSatisfy({ $0.height <= room }) { found = labels }
                lines -= 1
            }
            if let found, !found.contains(where: \.shortened) { return (Array(data.categories.indices), found) }
            best = found ?? best
            if widest <= column { break }
        }
        if let best { return (Array(data.categories.indices), best) }
        let column = max(1, min(widest, context.width * (Self.columnShares.last ?? 0.3)))
        let tallest = data.categories.map { context.fitted($0, width: column).height }.max() ?? context.lineHeight
        // Half a label more than it needs, so that the first and last names can be pulled
        // inside the plot without touching their neighbours.
        let every = max(1, Int((1.5 * (tallest + 1)) / max(pitch, 0.01)) + 1)
        let shown = data.categories.indices.filter { $0 % every == 0 }
        return (shown, names(data, shown, column: column, lines: 1))
    }

    /// The names of categories `indices` in a column `column` wide, in at most `lines` lines,
    /// names cut short alike cut again to read apart (see `LabelMaker.apart`).
    private func names(_ data: CategoryData, _ indices: [Int], column: Double, lines: Int) -> [Label] {
        let labels = indices.map { context.fitted(data.categories[$0], width: column, maxLines: lines) }
        return LabelMaker.apart(labels, texts: indices.map { context.resolve(data.categories[$0]).value }) { position, cut in
            context.fitted(data.categories[indices[position]], width: column, maxLines: lines, cut: cut)
        }
    }

    /// Value labels after the bar ends (bare numbers: the caption gives the unit), if every
    /// one fits its bar's thickness (and the next bar's gap) and together they leave most of the width to the bars;
    /// else none, rather than some bars with a value and some without.
    private func valueLabels(_ data: CategoryData, bands: BarBands, room: Double) -> [(mark: ValueMark, label: Label)] {
        let marks = data.marks
        // A stack's total is bold: set right after its last segment's own value, it reads
        // apart from it ("35 895" was one number).
        let labels = marks.map { context.label(data.text($0.value, format: context.format), bold: data.stacked) }
        let end = zip(marks, labels).filter { $0.0.end >= 0 }.map(\.1.width).max() ?? 0
        let start = zip(marks, labels).filter { $0.0.end < 0 }.map(\.1.width).max() ?? 0
        // Digits stand well inside the height of their line, which Chinese and Arabic
        // faces make tall: a bar as thick as the digits with a little air holds them.
        let digits = context.maker.size * 1.3
        guard labels.allSatisfy({ min($0.height, digits) <= bands.labelRoom }) && end + start + 2 * ChartContext.gap <= room * 0.4
        else { return [] }
        return Array(zip(marks, labels))
    }

    /// The value axis between two x positions (see `ValueAxis.choose`), every tick labelled
    /// when the labels keep apart (else every n-th), pulled in so that the outer tick labels
    /// stay inside the chart. The axis reaches far enough below zero for the value labels
    /// before negative bars (`reaching`: where each bar ends, and its label's width) to stand
    /// inside the plot: just outside it, a figure reads as part of the category name beside it.
    private func axis(_ data: CategoryData, from start: Double, to end: Double, reaching negatives: [(end: Double, width: Double)])
        -> (axis: ValueAxis, start: Double, end: Double, ticks: [(value: Double, label: Label?)]) {
        var extent = data.extent(includeZero: true)
        func geometry(_ axis: ValueAxis) -> (ticks: [(Double, Label)], left: Double, right: Double, widest: Double) {
            let ticks = axis.ticks.map { ($0, context.label(context.format.number($0, fractionDigits: axis.fractionDigits))) }
            let left = max(start, (ticks.first?.1.width ?? 0) / 2)
            let right = max(left + 1, min(end, context.width - (ticks.last?.1.width ?? 0) / 2))
            return (ticks, left, right, ticks.map(\.1.width).max() ?? 0)
        }
        func choose() -> ValueAxis {
            // A bar shows its value beside its end, which may stop a little short of a tick.
            ValueAxis.choose(covering: extent.low, extent.high, trimming: data.stacked ? 0 : 0.5) { axis in
                let g = geometry(axis)
                return (g.right - g.left) / Double(max(1, g.ticks.count - 1)) >= g.widest + 2 * ChartContext.gap
            }
        }
        var axis = choose()
        // A lower end makes every unit narrower: a few rounds settle it.
        for _ in 0..<3 {
            let g = geometry(axis), perUnit = (g.right - g.left) / (axis.upper - axis.lower)
            let needed = negatives.map { $0.end - ($0.width + ChartContext.gap) / perUnit }.min() ?? axis.lower
            guard needed < axis.lower - 1e-9 * max(1, abs(axis.lower)) else { break }
            extent.low = needed
            axis = choose()
        }
        let g = geometry(axis)
        let labelled = axis.labelled(length: g.right - g.left, size: g.widest + 2 * ChartContext.gap)
        return (axis, g.left, g.right, zip(g.ticks, labelled).map { (value: $0.0.0, label: $0.1 ? $0.0.1 : nil) })
    }
}
