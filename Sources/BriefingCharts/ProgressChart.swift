import BriefingFrame
import BriefingModel
import Foundation

/// Progress charts: one row per item, its label (and "value / target" under it when there is
/// room) at the start, a track standing for the target, the value's share of it filled, and
/// the percentage at the end. Values past their target run past the track's end, marked by a
/// target line, and are broken off at `overshootLimit` times it; negative values show an
/// empty track.
struct ProgressChart {
    let context: ChartContext

    static let maximumThickness = 12.0
    /// The target line over values past their target, and the white halo around it.
    static let targetWidth = 0.9
    static let targetHalo = 2.7

    /// The height this chart wants: rows at the pitch a designer sets them at, each with its
    /// whole name, its "value / target" and white around them, and never thinner than two
    /// bars' thickness, so that a few items make a short chart, not rows spread over the
    /// context's height. No taller than the context's height when every row shows whole in
    /// it; otherwise taller, up to `maximum`: whole rows, else whole names (their figures
    /// left out), else a line of name each. When even that does not fit, the chart takes
    /// `maximum` and names every n-th item, as at any height.
    func preferredHeight(maximum: Double) -> Double {
        let items = context.chart.items
        guard !items.isEmpty else { return context.height }
        let rows = ProgressRows(context: context, detailTexts: detailTexts(items))
        let percent = percentLabels(items).map(\.height).max() ?? 0
        func height(tallest: Double) -> Double {
            Double(items.count) * max(2 * Self.maximumThickness, max(tallest, percent) + rowWhite)
        }
        let natural = height(tallest: rows.tallestWhole)
        if natural <= context.height { return natural }
        let room = context.height / Double(items.count) - ChartContext.gap
        if max(rows.tallestWhole, percent) <= room { return context.height }
        let compact = Double(items.count) * (context.lineHeight + context.rowSpacing)
        let wanted = [natural, height(tallest: rows.tallestName)].first { $0 <= maximum } ?? compact
        return max(context.height, min(maximum, wanted))
    }

    /// White between rows set at their natural pitch: three quarters of a line of figures,
    /// alike in every script (Arabic or Burmese lines carry their own white), which sets rows
    /// of a name and its figures about 30 points apart.
    private var rowWhite: Double { context.numberHeight * 0.75 }

    func draw(into canvas: inout ChartCanvas) {
        let items = context.chart.items
        guard !items.isEmpty else { return }
        let gap = ChartContext.gap, width = context.width
        let pitch = context.height / Double(items.count)
        let percentTexts = items.map { Self.percent($0.fraction * 100, format: context.format) }
        let percents = percentLabels(items)
        let plan = ProgressRows(context: context, detailTexts: detailTexts(items))
        var rows = items.indices.map { plan.lines($0, room: pitch - gap) }
        // Rows too narrow for a line of text: every n-th row is labelled, with half a line to
        // spare so that the first and last can be pulled inside the chart.
        let tallest = (rows.map { $0.reduce(0) { $0 + $1.height } } + percents.map(\.height)).max() ?? 0
        let every = tallest <= pitch - 1 ? 1 : Int(1.5 * (tallest + 1) / pitch) + 1
        for index in rows.indices where index % every != 0 { rows[index] = [] }
        let warnings = context.warnings
        warnings.leftOut("progress label", items.indices.filter { rows[$0].isEmpty }.map { context.quoted(items[$0].label) },
                         reason: "rows too narrow")
        warnings.shortened("progress label", items.indices.filter { rows[$0].first?.shortened == true }.map { context.quoted(items[$0].label) })
        // Figures not shown: "value / target" of rows with no room for a second line, and the
        // percentage of rows left without a label.
        let figures = items.indices.flatMap { index -> [String] in
            let name = " (" + context.resolve(items[index].label).value + ")"
            var texts = rows[index].count < 2 ? [ChartWarnings.quote(plan.detailTexts[index]) + name] : []
            if index % every != 0 { texts.append(ChartWarnings.quote(percentTexts[index]) + name) }
            return texts
        }
        warnings.leftOut("value label", figures, reason: "rows too narrow")
        let labelWidth = rows.flatMap { $0.map(\.width) }.max() ?? 0
        let trackLeft = labelWidth + 2 * gap
        let trackRight = max(trackLeft + 1, width - (percents.map(\.width).max() ?? 0) - 2 * gap)
        let reach = Self.reach(items.map(\.fraction))
        func x(_ fraction: Double) -> Double { trackLeft + min(reach, max(0, fraction)) / reach * (trackRight - trackLeft) }
        let thickness = min(Self.maximumThickness, pitch * 0.5)
        let fill = context.options.printSafe ? Color(grey: 0.3) : context.palette[0]
        let track = context.options.printSafe ? Color.white : context.palette[0].lighter(0.8)

        for (index, item) in items.enumerated() {
            let middle = (Double(index) + 0.5) * pitch
            let bar = { (end: Double) in Rect(x: trackLeft, y: middle - thickness / 2, width: x(end) - trackLeft, height: thickness) }
            canvas.fill(PathElement.rectangle(bar(1)), color: track)
            if context.options.printSafe { canvas.stroke(PathElement.rectangle(bar(1)), color: .black, width: SeriesLook.outlineWidth) }
            if item.fraction > 0 { canvas.fill(PathElement.rectangle(bar(item.fraction)), color: fill) }
            if item.fraction > reach {
                drawBreak(at: x(reach) - Self.breakInset, middle: middle, half: thickness / 2 + min(1, (pitch - thickness) / 2),
                          into: &canvas)
            }
            if reach > 1 {
                // The target: a dark line on a white halo, which shows on the filled bar as
                // well as on the white page (and in print, on the dark grey fill).
                let extent = thickness / 2 + min(2, (pitch - thickness) / 2)
                let line: [PathElement] = [.move(Point(x: x(1), y: middle - extent)), .line(Point(x: x(1), y: middle + extent))]
                canvas.stroke(line, color: .white, width: Self.targetHalo)
                canvas.stroke(line, color: context.textColor, width: Self.targetWidth)
            }
            guard index % every == 0 else { continue }
            let percent = percents[index]
            let top = max(0, min(context.height - percent.height, middle - percent.height / 2))
            canvas.place(percent, at: Point(x: trackRight + 2 * gap, y: top), color: context.textColor)
        }
        for (index, labels) in rows.enumerated() {
            let middle = (Double(index) + 0.5) * pitch
            let height = labels.reduce(0) { $0 + $1.height }
            var y = max(0, min(context.height - height, middle - height / 2))
            for (line, label) in labels.enumerated() {
                canvas.place(label, at: Point(x: labelWidth - label.width, y: y), alignment: .end,
                             color: line == 0 ? context.textColor : context.mutedColor)
                y += label.height
            }
        }
    }

    /// The widest "value / target" may be, as a share of the chart's width, before it is left
    /// out rather than squeeze the bars.
    static let detailShare = 0.5
    /// How far past its target the scale reaches at most: a value far beyond its target (250
    /// of 10) is drawn broken at this point, its percentage giving the true figure, so that it
    /// does not squash every other bar.
    static let overshootLimit = 1.3
    /// How far before the end of a capped bar its break is drawn, and the break's size.
    static let breakInset = 7.0
    static let breakGap = 2.5

    /// The fraction of its target at the end of the scale: one, or the largest value's
    /// fraction when past its target, but no more than `overshootLimit`.
    static func reach(_ fractions: [Double]) -> Double {
        min(overshootLimit, max(1, fractions.max() ?? 1))
    }

    /// Two white slanted cuts across a capped bar, `half` above and below its middle: the bar
    /// goes on further than drawn.
    private func drawBreak(at x: Double, middle: Double, half: Double, into canvas: inout ChartCanvas) {
        let slant = half * 0.6
        for offset in [0, Self.breakGap] {
            let line: [PathElement] = [.move(Point(x: x + offset - slant, y: middle + half)),
                                       .line(Point(x: x + offset + slant, y: middle - half))]
            canvas.stroke(line, color: .white, width: 1.2)
        }
    }

    /// A row's percentage, rounded on its own: rows are separate goals, and a sliver of one
    /// must not give every other row decimals ("250.000%"). Whole percents from 10 % up
    /// ("85%", "250%"), one decimal below ("4.5%", "0.3%"; "4%" when it would be 0), and
    /// "<0.1%" for progress too small for that; never "0%" for some progress, nor "100%" for
    /// a row short of its target or past it (99.96 % is "99.96%").
    static func percent(_ value: Double, format: ChartNumberFormat) -> String {
        guard let digits = percentDigits(value) else {
            return value > 0 ? "<" + format.percent(0.1, fractionDigits: 1) : ">" + format.percent(-0.1, fractionDigits: 1)
        }
        return format.percent(value, fractionDigits: digits)
    }

    /// The decimals `percent` is written with (see `percent(_:format:)`); nil when even one
    /// decimal would round it to nothing.
    static func percentDigits(_ percent: Double) -> Int? {
        func rounded(_ digits: Int) -> Double { (percent * pow(10, Double(digits))).rounded() / pow(10, Double(digits)) }
        guard percent != 0 else { return 0 }
        if rounded(1) == 0 { return nil }
        var digits = abs(percent) >= 10 || ChartNumberFormat.isWhole(rounded(1)) ? 0 : 1
        while digits < 3 && percent != 100 && rounded(digits) == 100 { digits += 1 }
        return digits
    }

    /// Each row's percentage, bold, as set at the end of its bar.
    private func percentLabels(_ items: [ProgressItem]) -> [Label] {
        items.map { context.label(Self.percent($0.fraction * 100, format: context.format), bold: true) }
    }

    /// "4 / 5 Md USD" for each item, value and target in the target's magnitude: items are
    /// separate goals, often of very different sizes.
    private func detailTexts(_ items: [ProgressItem]) -> [String] {
        let format = context.format, factor = context.chart.scale.factor, unit = context.unit
        return items.map { item in
            let magnitude = ChartNumberFormat.isPercent(unit) ? .one
                : format.magnitude(largest: max(abs(item.value), abs(item.target)) * factor, preferred: context.chart.scale)
            let value = item.value * factor / magnitude.factor, target = item.target * factor / magnitude.factor
            let digits = ChartNumberFormat.sharedFractionDigits(showing: [value, target])
            // A round target is written round: "99.96 / 100 km", not "100.00".
            let targetDigits = ChartNumberFormat.isWhole(target) ? 0 : ChartNumberFormat.fractionDigits(digits, for: target)
            return format.number(value, fractionDigits: ChartNumberFormat.fractionDigits(digits, for: value)) + "\u{00A0}/\u{00A0}"
                + format.quantity(format.number(target, fractionDigits: targetDigits),
                                  magnitude: magnitude, unit: unit)
        }
    }
}
