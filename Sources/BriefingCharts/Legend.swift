import BriefingFrame
import BriefingModel

/// Swatches and names of the series (or of a pie's slices), in rows across the top of a chart.
struct Legend {
    enum Swatch {
        /// A filled square: bars, areas, slices.
        case box
        /// A stretch of line with its marker: line charts.
        case line
    }

    var entries: [(name: Text, look: SeriesLook)]
    var swatch: Swatch

    /// The legend may take this share of the chart's height; names are shortened to fit it,
    /// and in a chart too small even for that, the entries that do not fit are left out.
    static let heightShare = 0.3
    /// The widest a name may be, as shares of the chart's width, tried in turn.
    static let nameShares = [0.45, 0.3, 0.2]

    private struct Entry {
        var label: Label
        var look: SeriesLook
        var origin: Point
    }

    /// Draws the legend from `top` across the chart's width; returns its height.
    func draw(into canvas: inout ChartCanvas, context: ChartContext, top: Double) -> Double {
        let size = context.options.fontSize
        let swatchWidth = swatch == .box ? size : size * 2.2
        let room = context.height * Self.heightShare
        var placed: [Entry] = []
        var height = 0.0
        for share in Self.nameShares {
            (placed, height) = layout(context: context, share: share, swatchWidth: swatchWidth)
            if height <= room { break }
        }
        placed = placed.filter { $0.origin.y + $0.label.height <= max(room, placed.first?.label.height ?? 0) }
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
            }
            canvas.place(entry.label, at: Point(x: x + swatchWidth + ChartContext.gap, y: y), color: context.textColor)
        }
        return placed.map { $0.origin.y + $0.label.height }.max() ?? 0
    }

    /// Entries flowed into rows, names at most `share` of the width; origins from the legend's
    /// top-left corner.
    private func layout(context: ChartContext, share: Double, swatchWidth: Double) -> ([Entry], Double) {
        let spacing = context.options.fontSize * 1.5
        var entries: [Entry] = []
        var x = 0.0, y = 0.0, rowHeight = 0.0
        for (name, look) in self.entries {
            let resolved = context.resolve(name)
            let limit = max(1, min(context.width * share, context.width - swatchWidth - ChartContext.gap))
            let label = context.maker.fitted(resolved.value, language: resolved.language, width: limit)
            let width = swatchWidth + ChartContext.gap + label.width
            if x > 0 && x + width > context.width {
                x = 0
                y += rowHeight
                rowHeight = 0
            }
            entries.append(Entry(label: label, look: look, origin: Point(x: x, y: y)))
            x += width + spacing
            rowHeight = max(rowHeight, label.height)
        }
        return (entries, y + rowHeight)
    }
}
