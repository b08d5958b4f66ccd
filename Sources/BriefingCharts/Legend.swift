import BriefingFrame
import BriefingModel

/// Swatches and names of the series (or of a pie's slices), in rows across the top of a chart.
struct Legend {
    enum Swatch {
        /// A filled square: bars, slices.
        case box
        /// A stretch of line with its marker: line charts.
        case line
        /// A filled square under its series' line: area charts, whose series are both.
        case area
    }

    var entries: [(name: Text, look: SeriesLook)]
    var swatch: Swatch
    /// A figure after each name, never shortened ("USD 34.5 million" for a pie's slice);
    /// empty, or one per entry.
    var details: [String?] = []

    /// The legend may take this share of the chart's height; names are shortened to fit it,
    /// and in a chart too small even for that, the entries that do not fit are left out.
    static let heightShare = 0.3
    /// The widest a name may be, as shares of the chart's width, tried in turn.
    static let nameShares = [0.45, 0.3, 0.2]

    private struct Entry {
        var index: Int
        var label: Label
        var detail: Label?
        var look: SeriesLook
        var origin: Point
        var height: Double { max(label.height, detail?.height ?? 0) }
    }

    /// Draws the legend from `top` across the chart's width; returns its height. Names left
    /// out or cut short are reported.
    func draw(into canvas: inout ChartCanvas, context: ChartContext, top: Double) -> Double {
        drawEntries(into: &canvas, context: context, top: top).height
    }

    /// Draws the legend as `draw` does; returns its height and the entries it shows (by
    /// index): a pie names the slices of the others beside them.
    func drawEntries(into canvas: inout ChartCanvas, context: ChartContext, top: Double) -> (height: Double, shown: Set<Int>) {
        let size = context.options.fontSize
        let swatchWidth = swatch == .line ? size * 2.2 : size
        let room = context.height * Self.heightShare
        var placed: [Entry] = []
        var height = 0.0
        for share in Self.nameShares {
            (placed, height) = layout(context: context, share: share, swatchWidth: swatchWidth)
            if height <= room { break }
        }
        let all = placed
        placed = placed.filter { $0.origin.y + $0.height <= max(room, placed.first?.height ?? 0) }
        let shown = Set(placed.map(\.index))
        context.warnings.leftOut("legend entry", all.filter { !shown.contains($0.index) }.map { context.quoted(entries[$0.index].name) },
                                 reason: "no room")
        context.warnings.shortened("legend entry", placed.filter(\.label.shortened).map { context.quoted(entries[$0.index].name) })
        for entry in placed {
            let x = entry.origin.x, y = top + entry.origin.y
            let middle = y + (entry.label.baselines.first ?? entry.label.height) - size * 0.35
            switch swatch {
            case .box:
                let square = Rect(x: x, y: middle - size * 0.45, width: size * 0.9, height: size * 0.9)
                canvas.fill(PathElement.rectangle(square), look: entry.look)
            case .line:
                canvas.stroke([.move(Point(x: x, y: middle)), .line(Point(x: x + swatchWidth, y: middle))],
                              color: entry.look.line, width: LineSeries.lineWidth, dash: entry.look.dash)
                LineSeries.marker(entry.look, at: Point(x: x + swatchWidth / 2, y: middle), into: &canvas)
            case .area:
                let square = Rect(x: x, y: middle - size * 0.45, width: size * 0.9, height: size * 0.9)
                var fill = entry.look
                fill.outline = nil
                canvas.fill(PathElement.rectangle(square), look: fill)
                canvas.stroke([.move(Point(x: square.x, y: square.y)), .line(Point(x: square.maxX, y: square.y))],
                              color: entry.look.line, width: LineSeries.lineWidth, dash: entry.look.dash)
            }
            let nameX = x + swatchWidth + ChartContext.gap
            canvas.place(entry.label, at: Point(x: nameX, y: y), color: context.textColor)
            if let detail = entry.detail {
                canvas.place(detail, at: Point(x: nameX + entry.label.width + Self.detailGap(details[entry.index]), y: y),
                             color: context.mutedColor)
            }
        }
        return (placed.map { $0.origin.y + $0.height }.max() ?? 0, shown)
    }

    /// Space between a name and its figure: none before a full-width parenthesis, which
    /// brings its own.
    private static func detailGap(_ detail: String?) -> Double {
        detail?.hasPrefix("（") == true ? 0 : ChartContext.gap
    }

    /// Entries flowed into rows, names at most `share` of the width; origins from the legend's
    /// top-left corner.
    private func layout(context: ChartContext, share: Double, swatchWidth: Double) -> ([Entry], Double) {
        let spacing = context.options.fontSize * 1.5, gap = ChartContext.gap
        var placed: [Entry] = []
        var x = 0.0, y = 0.0, rowHeight = 0.0
        for (index, (name, look)) in entries.enumerated() {
            let text = index < details.count ? details[index] : nil
            let detail = text.map { context.label($0) }
            let detailWidth = detail.map { $0.width + Self.detailGap(text) } ?? 0
            let limit = max(1, min(context.width * share, context.width - swatchWidth - gap - detailWidth))
            let label = context.fitted(name, width: limit)
            let width = swatchWidth + gap + label.width + detailWidth
            if x > 0 && x + width > context.width {
                x = 0
                y += rowHeight
                rowHeight = 0
            }
            let entry = Entry(index: index, label: label, detail: detail, look: look, origin: Point(x: x, y: y))
            placed.append(entry)
            x += width + spacing
            rowHeight = max(rowHeight, entry.height)
        }
        return (placed, y + rowHeight)
    }
}
