import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText

/// Turns a chart into a frame of paths and glyph runs: the only entry point of this module.
public enum ChartRenderer {
    /// Draws the plot area, axes, tick and value labels and the legend of `chart`, all inside
    /// `size`. The figure number, title, note and source are not drawn: the layout sets them
    /// as text around the frame.
    ///
    /// Labels are shaped by `text` in the style's sans-serif faces at `options.fontSize`; no
    /// two labels overlap, nor does a label cover a bar. For a right-to-left language the whole
    /// drawing is mirrored (category order, value axis, pie direction), text excepted.
    public static func frame(for chart: Chart, size: (width: Double, height: Double), style: Style,
                             options: ChartOptions, text: TextEngine) -> Frame {
        let context = ChartContext(chart: chart, width: max(0, size.width), height: max(0, size.height),
                                   style: style, options: options, text: text)
        var canvas = ChartCanvas()
        switch chart.type {
        case .column, .stackedColumn, .line, .area:
            ColumnChart(context: context).draw(into: &canvas)
        case .bar, .stackedBar:
            BarChart(context: context).draw(into: &canvas)
        case .pie, .donut:
            PieChart(context: context).draw(into: &canvas)
        case .timeline:
            TimelineChart(context: context).draw(into: &canvas)
        case .progress:
            ProgressChart(context: context).draw(into: &canvas)
        }
        if options.rightToLeft { canvas = canvas.mirrored(width: context.width) }
        return canvas.frame(width: context.width, height: context.height)
    }
}
