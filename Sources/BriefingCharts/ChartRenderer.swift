import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText

/// A drawn chart, with what it had to leave out or cut short to fit.
public struct ChartDrawing {
    /// The chart's paths and glyph runs, `size` large.
    public var frame: Frame
    /// One sentence per omission, for the author, in English: "timeline label 'Joint
    /// statement on power trade' (2025-10-08) left out: no room", "category label 'Ministry
    /// of Public Works and Transport' shortened to fit", "2 value labels left out (bars too
    /// thin): '5', '10'". Empty when everything the chart says is shown.
    public var warnings: [String]
    /// Characters of the labels that no font of the set has, in code point order: the
    /// layout reports them as it does the text's.
    public var missing: [Unicode.Scalar]

    public init(frame: Frame, warnings: [String], missing: [Unicode.Scalar] = []) {
        self.frame = frame
        self.warnings = warnings
        self.missing = missing
    }
}

/// Turns a chart into a frame of paths and glyph runs: the only entry point of this module.
public enum ChartRenderer {
    /// Draws the plot area, axes, tick and value labels and the legend of `chart`, all inside
    /// `size`, and says what did not fit. The figure number, title, note and source are not
    /// drawn: the layout sets them as text around the frame.
    ///
    /// Labels are shaped by `text` in the style's sans-serif faces at `options.fontSize`; no
    /// two labels overlap, nor does a label cover a bar. For a right-to-left language the whole
    /// drawing is mirrored (category order, value axis, pie direction), text excepted. A label
    /// that cannot be placed is left out or cut short with "…", and `warnings` says so.
    public static func draw(_ chart: Chart, size: (width: Double, height: Double), style: Style,
                            options: ChartOptions, text: TextEngine) -> ChartDrawing {
        draw(chart, size: size, style: style, options: options, text: text, labels: LabelCache())
    }

    /// `chart` drawn `width` wide at the height `height(for:…)` chooses, its labels made
    /// once for both: what a figure on a page needs.
    public static func drawFitting(_ chart: Chart, width: Double, standard: Double, maximum: Double, style: Style,
                                   options: ChartOptions, text: TextEngine) -> ChartDrawing {
        let labels = LabelCache()
        let height = height(for: chart, width: width, standard: standard, maximum: maximum, style: style,
                            options: options, text: text, labels: labels)
        return draw(chart, size: (width, height), style: style, options: options, text: text, labels: labels)
    }

    private static func draw(_ chart: Chart, size: (width: Double, height: Double), style: Style,
                             options: ChartOptions, text: TextEngine, labels: LabelCache) -> ChartDrawing {
        let context = ChartContext(chart: chart, width: max(0, size.width), height: max(0, size.height),
                                   style: style, options: options, text: text, labels: labels)
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
        return ChartDrawing(frame: canvas.frame(width: context.width, height: context.height),
                            warnings: context.warnings.messages,
                            missing: context.maker.cache.missing.sorted { $0.value < $1.value })
    }

    /// The height to draw `chart` at, `width` wide: `standard` (the style's chart height)
    /// for most types. Timelines and progress bars take only what their rows or levels of
    /// labels need, up to `standard`: a few items make a short chart. Horizontal bars and
    /// progress bars whose rows would be too close to name each one (or, for progress
    /// bars, to set each name whole) take more, up to `maximum` (what a page holds beside
    /// the figure's title and notes): their number, not the style, decides how tall such a
    /// chart must be.
    public static func height(for chart: Chart, width: Double, standard: Double, maximum: Double, style: Style,
                              options: ChartOptions, text: TextEngine) -> Double {
        height(for: chart, width: width, standard: standard, maximum: maximum, style: style, options: options,
               text: text, labels: LabelCache())
    }

    private static func height(for chart: Chart, width: Double, standard: Double, maximum: Double, style: Style,
                               options: ChartOptions, text: TextEngine, labels: LabelCache) -> Double {
        let context = ChartContext(chart: chart, width: max(0, width), height: max(0, standard),
                                   style: style, options: options, text: text, labels: labels)
        switch chart.type {
        case .bar, .stackedBar:
            return BarChart(context: context).preferredHeight(maximum: maximum)
        case .progress:
            return ProgressChart(context: context).preferredHeight(maximum: maximum)
        case .timeline:
            return TimelineChart(context: context).preferredHeight()
        default:
            return standard
        }
    }

    /// The drawing alone, without the warnings: `draw(…).frame`.
    public static func frame(for chart: Chart, size: (width: Double, height: Double), style: Style,
                             options: ChartOptions, text: TextEngine) -> Frame {
        draw(chart, size: size, style: style, options: options, text: text).frame
    }
}
