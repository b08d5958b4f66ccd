import BriefingModel

/// The text at the start of a progress chart's rows: each item's name and, under it, its
/// "value / target", planned before the rows' pitch is known, so that the chart's height
/// can be chosen from what its rows need and the drawing then sets them alike.
struct ProgressRows {
    let context: ChartContext
    /// "4 / 5 Md USD" of each item, as written in warnings, and as set.
    let detailTexts: [String]
    let details: [Label]
    /// Whether the "value / target" lines are set at all: not when the widest would take
    /// more than `ProgressChart.detailShare` of the chart.
    let showsDetails: Bool
    /// The width names wrap to: no wider than the widest name, nor than 35 % of the chart,
    /// but as wide as the widest "value / target" shown (which is never cut short).
    let column: Double

    /// The most lines a name takes: wrapped at the breaks its language allows (spaces, or
    /// dictionary words in Thai, Lao, Khmer and Burmese) before it is cut short.
    static let maximumLines = CategoryLabels.maximumLines

    init(context: ChartContext, detailTexts: [String]) {
        self.context = context
        self.detailTexts = detailTexts
        details = detailTexts.map { context.label($0) }
        let widestDetail = details.map(\.width).max() ?? 0
        let widestName = context.chart.items.map { context.label($0.label).width }.max() ?? 0
        let nameColumn = max(1, min(widestName, context.width * 0.35))
        showsDetails = widestDetail <= context.width * ProgressChart.detailShare
        column = showsDetails ? max(nameColumn, widestDetail) : nameColumn
    }

    /// Item `index`'s name wrapped to the column in at most `lines` lines, cut short if it
    /// needs more.
    func name(_ index: Int, lines: Int) -> Label {
        context.fitted(context.chart.items[index].label, width: column, maxLines: lines)
    }

    /// Row `index` whole: its name in as many lines as it needs (up to `maximumLines`) and
    /// its "value / target" under it.
    func whole(_ index: Int) -> [Label] {
        [name(index, lines: Self.maximumLines)] + (showsDetails ? [details[index]] : [])
    }

    /// The lines of row `index` within `room`: the whole row; else the whole name alone (a
    /// name says more than its figures, whose percentage stays at the bar's end); else the
    /// name cut short in the most lines that leave room for the figures, or without them;
    /// else the name's first line cut short (the chart then names every n-th row).
    func lines(_ index: Int, room: Double) -> [Label] {
        let whole = whole(index)
        func height(_ labels: [Label]) -> Double { labels.reduce(0) { $0 + $1.height } }
        if !whole[0].shortened {
            if height(whole) <= room { return whole }
            if height([whole[0]]) <= room { return [whole[0]] }
        }
        let cut = (1...Self.maximumLines).reversed().map { name(index, lines: $0) }
        if showsDetails, let label = cut.first(where: { $0.height + details[index].height <= room }) {
            return [label, details[index]]
        }
        return [cut.first { $0.height <= room } ?? name(index, lines: 1)]
    }

    /// The height of the tallest row set whole.
    var tallestWhole: Double {
        context.chart.items.indices.map { whole($0).reduce(0) { $0 + $1.height } }.max() ?? 0
    }

    /// The height of the tallest name set whole, without its figures.
    var tallestName: Double {
        context.chart.items.indices.map { name($0, lines: Self.maximumLines).height }.max() ?? 0
    }
}
