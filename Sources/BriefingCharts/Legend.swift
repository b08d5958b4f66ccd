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

    /// Draws the legend from `top` across the chart's width; returns its height.
    func draw(into canvas: inout ChartCanvas, context: ChartContext, top: Double) -> Double {
        let size = context.options.fontSize
        let swatchWidth = swatch == .box ? size : size * 2.2
        let spacing = size * 1.5
        var x = 0.0, y = top, rowHeight = 0.0
        for entry in entries {
            let resolved = context.resolve(entry.name)
            let label = context.maker.fitted(resolved.value, language: resolved.language,
                                             width: max(1, min(context.width * 0.45, context.width - swatchWidth - ChartContext.gap)))
            let width = swatchWidth + ChartContext.gap + label.width
            if x > 0 && x + width > context.width {
                x = 0
                y += rowHeight
                rowHeight = 0
            }
            let middle = y + (label.baselines.first ?? label.height) - size * 0.35
            switch swatch {
            case .box:
                let square = Rect(x: x, y: middle - size * 0.45, width: size * 0.9, height: size * 0.9)
                canvas.fill(PathElement.rectangle(square), look: entry.look)
            case .line:
                canvas.stroke([.move(Point(x: x, y: middle)), .line(Point(x: x + swatchWidth, y: middle))],
                              color: entry.look.line, width: LineSeries.lineWidth, dash: entry.look.dash)
                LineSeries.marker(entry.look, at: Point(x: x + swatchWidth / 2, y: middle), into: &canvas)
            }
            canvas.place(label, at: Point(x: x + swatchWidth + ChartContext.gap, y: y), color: context.textColor)
            x += width + spacing
            rowHeight = max(rowHeight, label.height)
        }
        return y + rowHeight - top
    }
}
