import BriefingFrame
import BriefingModel

/// Column, stacked-column, line and area charts: categories across, values upwards, tick
/// labels at the start edge, the axis caption ("Md USD") above them.
///
/// Drawing order: gridlines, then bars (or area fills, then lines), the zero line, and the
/// value labels last, each on a white box so that no gridline runs through its figures.
struct ColumnChart {
    let context: ChartContext

    /// The geometry that follows from the space the tick labels take.
    private struct Plan {
        var plotLeft: Double
        var pitch: Double
        var axisTop: Double
        var axisBottom: Double
        var axis: ValueAxis
        var bands: BarBands
        var ticks: [(value: Double, label: Label)]
        var values: [(mark: ValueMark, label: Label)]
        /// Value labels there was no room for (bars too narrow for any of them).
        var valuesLeftOut: [ValueMark]
        var categories: CategoryLabels
        var categoryTop: Double

        var tickWidth: Double { ticks.map(\.label.width).max() ?? 0 }
        func y(_ value: Double) -> Double { axisBottom - axis.fraction(value) * (axisBottom - axisTop) }
        func slot(_ category: Int) -> Double { plotLeft + Double(category) * pitch }
    }

    /// The most of the chart's height (under the legend) that category names may take before
    /// they are cut short: turned names need it, and a plot half the chart still reads.
    static let labelShare = 0.45

    private var type: ChartType { context.chart.type }
    private var hasBars: Bool { type == .column || type == .stackedColumn }

    /// How far past zero, in steps, a labelled column may reach with no tick of its own:
    /// a fifth (−0.045 beside 5 billion), not −2,000 beside 30,000, which gets its tick.
    static let trimmedColumns = 0.2

    func draw(into canvas: inout ChartCanvas) {
        let data = CategoryData(context: context, stacked: type == .stackedColumn)
        let looks = type == .area ? data.looks.map { LineSeries.areaLook($0, printSafe: context.options.printSafe) } : data.looks
        var top = 0.0
        if data.seriesCount > 1 {
            let entries = data.legendEntries(looks: looks)
            let swatch: Legend.Swatch = hasBars ? .box : type == .area ? .area : .line
            top = Legend(entries: entries, swatch: swatch).draw(into: &canvas, context: context, top: 0)
            top += ChartContext.gap * 2
        }
        if let caption = data.caption {
            let label = context.maker.fitted(context.digits(caption), language: context.options.language, width: context.width)
            canvas.place(label, at: Point(x: 0, y: top), color: context.mutedColor)
            top += label.height + ChartContext.gap
        }
        // Tick labels decide the plot's width, which decides the categories' labels and so the
        // plot's height, which decides the ticks: settle it in a few rounds.
        var reserved = 0.0
        var plan = self.plan(data, top: top, tickWidth: reserved)
        for _ in 0..<3 where plan.tickWidth > reserved {
            reserved = plan.tickWidth
            plan = self.plan(data, top: top, tickWidth: reserved)
        }
        if !valuesClear(plan) { plan = self.plan(data, top: top, tickWidth: reserved, valueLabels: false) }
        drawAxis(plan, tickWidth: reserved, into: &canvas)
        let baseline = plan.axis.lower <= 0 && plan.axis.upper >= 0 ? 0 : plan.axis.lower
        if hasBars {
            drawBars(data, plan, into: &canvas)
        } else {
            let points = data.values.map { row in
                row.enumerated().map { category, value in
                    value.map { Point(x: plan.slot(category) + plan.pitch / 2, y: plan.y($0)) }
                }
            }
            if type == .area {
                // Largest series at the back, so that smaller ones stand in front of it.
                let order = data.values.indices.sorted { a, b in
                    let sizes = [a, b].map { data.values[$0].compactMap { $0.map(abs) }.reduce(0, +) }
                    return sizes[0] != sizes[1] ? sizes[0] > sizes[1] : a < b
                }
                for series in order {
                    LineSeries.fill(points: points[series], baseline: plan.y(baseline), look: looks[series], into: &canvas)
                }
            }
            for series in data.values.indices {
                LineSeries.draw(points: points[series], look: data.looks[series], markers: plan.pitch >= LineSeries.markerSize * 3,
                                into: &canvas)
            }
        }
        canvas.stroke([.move(Point(x: plan.plotLeft, y: plan.y(baseline))), .line(Point(x: context.width, y: plan.y(baseline)))],
                      color: context.textColor, width: 0.8)
        for (mark, label) in plan.values {
            let box = valueBox(mark, label, plan)
            let pad = max(0, min(1, (plan.bands.labelRoom - label.width) / 2))
            canvas.knockout(Rect(x: box.x - pad, y: box.y, width: label.width + 2 * pad, height: label.height))
            canvas.place(label, at: Point(x: box.x, y: box.y), alignment: .center, color: context.textColor)
        }
        plan.categories.place(into: &canvas, top: plan.categoryTop, color: context.textColor)
        plan.categories.report(data.categories, context: context)
        context.warnings.leftOut("value label", plan.valuesLeftOut.map { mark in
            SegmentLabel.describe(data.text(mark.value, format: context.format),
                                  category: data.categories[mark.category], series: data.stacked ? nil : data.names[mark.series],
                                  context: context)
        }, reason: "columns too narrow")
    }

    /// Where a bar's value label goes: centred on the bar, just past its end.
    private func valueBox(_ mark: ValueMark, _ label: Label, _ plan: Plan) -> Rect {
        let centre = plan.slot(mark.category) + plan.bands.offset(mark.series) + plan.bands.thickness / 2
        let y = mark.end >= 0 ? plan.y(mark.end) - ChartContext.gap / 2 - label.height : plan.y(mark.end) + ChartContext.gap / 2
        return Rect(x: centre - label.width / 2, y: y, width: label.width, height: label.height)
    }

    /// Whether the value labels, where they are drawn, keep `ChartContext.gap` from each other
    /// and half that from every other bar. A label may be wider than its bar (side-by-side bars
    /// are narrow) when its neighbours' labels stand higher or lower, but labels that would
    /// touch read as one figure ("13.8" against "9.1"): then none is shown.
    private func valuesClear(_ plan: Plan) -> Bool {
        let gap = ChartContext.gap
        let boxes = plan.values.map { valueBox($0.mark, $0.label, plan) }
        let zero = plan.y(plan.axis.lower <= 0 && plan.axis.upper >= 0 ? 0 : plan.axis.lower)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.y < other.maxY && other.y < box.maxY {
                if max(other.x - box.maxX, box.x - other.maxX) < gap - 1e-9 { return false }
            }
            for (other, (mark, _)) in plan.values.enumerated() where other != index {
                let x = plan.slot(mark.category) + plan.bands.offset(mark.series), end = plan.y(mark.end)
                let bar = Rect(x: x - gap / 2, y: min(zero, end), width: plan.bands.thickness + gap, height: abs(end - zero))
                if box.x < bar.maxX && bar.x < box.maxX && box.y < bar.maxY && bar.y < box.maxY { return false }
            }
        }
        return true
    }

    private func plan(_ data: CategoryData, top: Double, tickWidth: Double, valueLabels: Bool = true) -> Plan {
        let gap = ChartContext.gap, lineHeight = context.lineHeight
        let plotLeft = tickWidth > 0 ? tickWidth + 2 * gap : 0
        let pitch = max(0, context.width - plotLeft) / Double(max(1, data.categoryCount))
        let bands = BarBands(pitch: pitch, bars: hasBars && !data.stacked ? data.seriesCount : 1)
        var values: [(mark: ValueMark, label: Label)] = []
        var valuesLeftOut: [ValueMark] = []
        if hasBars {
            let marks = data.marks
            // Every bar's label or none: labels on some bars only would read as if the others
            // had no value.
            // A stack's total is bold, apart from its segments' own values.
            let labels = marks.map { context.label(data.text($0.value, format: context.format), bold: data.stacked) }
            if valueLabels && labels.allSatisfy({ $0.width <= bands.pitch - ChartContext.gap }) {
                values = Array(zip(marks, labels))
            } else {
                valuesLeftOut = marks
            }
        }
        let valueHeight = values.map(\.label.height).max() ?? 0
        let centres = (0..<data.categoryCount).map { plotLeft + (Double($0) + 0.5) * pitch }
        let categories = CategoryLabels(context: context, texts: data.categories, centres: centres, pitch: pitch,
                                        maxHeight: max(lineHeight, (context.height - top) * Self.labelShare),
                                        skipStraight: !hasBars)
        let categoryTop = context.height - categories.height
        let tickHeight = context.numberHeight
        let axisTop = top + max(tickHeight / 2, values.contains { $0.mark.end >= 0 } ? valueHeight + gap : 0)
        let below = values.contains { $0.mark.end < 0 } ? valueHeight + 2 * gap : 0
        let axisBottom = max(axisTop + 1, categoryTop - max(lineHeight / 2 + gap, below))
        let extent = data.extent(includeZero: hasBars || type == .area || data.lineIncludesZero)
        // Every tick gets its label: intervals at least a label's height and a point apart.
        let axis = ValueAxis.choose(covering: extent.low, extent.high, trimming: type == .column ? Self.trimmedColumns : 0) { axis in
            (axisBottom - axisTop) / Double(max(1, axis.range.count - 1)) >= tickHeight + 1
        }
        let ticks = axis.ticks.map { ($0, context.label(context.format.number($0, fractionDigits: axis.fractionDigits))) }
        return Plan(plotLeft: plotLeft, pitch: pitch, axisTop: axisTop, axisBottom: axisBottom, axis: axis, bands: bands,
                    ticks: ticks, values: values, valuesLeftOut: valuesLeftOut, categories: categories, categoryTop: categoryTop)
    }

    private func drawAxis(_ plan: Plan, tickWidth: Double, into canvas: inout ChartCanvas) {
        let labelled = plan.axis.labelled(length: plan.axisBottom - plan.axisTop,
                                          size: plan.ticks.map(\.label.height).max() ?? 0)
        for ((value, label), shown) in zip(plan.ticks, labelled) {
            let y = plan.y(value)
            canvas.stroke([.move(Point(x: plan.plotLeft, y: y)), .line(Point(x: context.width, y: y))],
                          color: context.gridColor, width: 0.4)
            if shown {
                canvas.place(label, at: Point(x: tickWidth - label.width, y: y - label.height / 2), alignment: .end,
                             color: context.mutedColor)
            }
        }
    }

    private func drawBars(_ data: CategoryData, _ plan: Plan, into canvas: inout ChartCanvas) {
        let bands = plan.bands
        var leftOut: [String] = []
        for category in 0..<data.categoryCount {
            let pieces: [(series: Int, from: Double, to: Double)] = data.stacked
                ? data.segments(category: category)
                : data.values.indices.compactMap { series in data.values[series][category].map { (series, 0, $0) } }
            for piece in pieces {
                let x = plan.slot(category) + bands.offset(data.stacked ? 0 : piece.series)
                let top = min(plan.y(piece.from), plan.y(piece.to)), height = abs(plan.y(piece.to) - plan.y(piece.from))
                let text = data.text(piece.to - piece.from, format: context.format)
                guard height > 0.01 else {
                    if data.stacked && piece.to != piece.from {
                        leftOut.append(SegmentLabel.describe(text, category: data.categories[category],
                                                             series: data.names[piece.series], context: context))
                    }
                    continue
                }
                let rect = Rect(x: x, y: top, width: bands.thickness, height: height)
                let look = data.looks[piece.series]
                canvas.fill(PathElement.rectangle(rect), look: look)
                if data.stacked && !SegmentLabel.place(context.label(text), in: rect, look: look, into: &canvas) {
                    leftOut.append(SegmentLabel.describe(text, category: data.categories[category],
                                                         series: data.names[piece.series], context: context))
                }
            }
        }
        context.warnings.leftOut("segment value label", leftOut, reason: "segments too small")
    }
}
