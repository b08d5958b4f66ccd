import BriefingFrame
import BriefingModel
import Foundation

/// A bar's or stack's end that gets a value label: the number shown and where the bar ends.
struct ValueMark {
    var series: Int
    var category: Int
    /// The number the label shows.
    var value: Double
    /// Where the bar or stack ends, in displayed units.
    var end: Double
}

/// The values of a category chart (column, bar, stacked, line, area) in displayed units, with
/// the magnitude, axis caption and value labels that go with them.
struct CategoryData {
    let categories: [Text]
    /// `values[series][category]`, divided by the magnitude; nil is a gap.
    let values: [[Double?]]
    let names: [Text?]
    let looks: [SeriesLook]
    let magnitude: Magnitude
    /// "Md USD": what the value axis counts in; nil for plain numbers.
    let caption: String?
    let stacked: Bool
    /// Decimals of value labels: enough for every value of at least one, at most three
    /// significant digits (smaller values take more: see `text`).
    let fractionDigits: Int

    var categoryCount: Int { categories.count }
    var seriesCount: Int { values.count }

    init(context: ChartContext, stacked: Bool) {
        let chart = context.chart
        self.stacked = stacked
        categories = chart.categories
        names = chart.series.map(\.name)
        looks = context.looks(names: chart.series.map(\.name),
                              colors: chart.series.map(\.color))
        let count = chart.categories.count
        let raw = chart.series.map { series in
            (0..<count).map { index in index < series.values.count ? series.values[index] : nil }
        }
        let largest = Self.largest(raw, stacked: stacked) * chart.scale.factor
        let unit = context.unit
        magnitude = ChartNumberFormat.isPercent(unit) ? .one
            : context.format.magnitude(largest: largest, preferred: chart.scale)
        let factor = chart.scale.factor / magnitude.factor
        values = raw.map { $0.map { $0.map { $0 * factor } } }
        caption = context.format.caption(magnitude: magnitude, unit: unit)
        let shown = values.flatMap { $0.compactMap { $0 } }
        fractionDigits = ChartNumberFormat.sharedFractionDigits(showing: shown)
    }

    private static func largest(_ values: [[Double?]], stacked: Bool) -> Double {
        guard stacked else { return values.flatMap { $0.compactMap { $0.map(abs) } }.max() ?? 0 }
        let count = values.first?.count ?? 0
        return (0..<count).map { index in
            let column = values.compactMap { $0[index] }
            return max(column.filter { $0 > 0 }.reduce(0, +), -column.filter { $0 < 0 }.reduce(0, +))
        }.max() ?? 0
    }

    /// The legend's entries: the named series, but not one without a single value (all
    /// `null`), which nothing in the chart would stand for (the loader warns about the
    /// series, at its line).
    func legendEntries(looks: [SeriesLook]) -> [(name: Text, look: SeriesLook)] {
        let empty = values.indices.filter { values[$0].allSatisfy { $0 == nil } }
        return values.indices.compactMap { index in
            empty.contains(index) ? nil : names[index].map { (name: $0, look: looks[index]) }
        }
    }

    /// The stacked pieces of one category: positive values upwards from zero, negative ones
    /// downwards, in series order.
    func segments(category: Int) -> [(series: Int, from: Double, to: Double)] {
        var up = 0.0, down = 0.0
        var pieces: [(series: Int, from: Double, to: Double)] = []
        for (series, row) in values.enumerated() {
            guard let value = row[category] else { continue }
            if value >= 0 {
                pieces.append((series, up, up + value))
                up += value
            } else {
                pieces.append((series, down, down + value))
                down += value
            }
        }
        return pieces
    }

    /// The lowest and highest values the axis must show: stack totals when stacked, zero
    /// included when asked.
    func extent(includeZero: Bool) -> (low: Double, high: Double) {
        var all: [Double] = includeZero ? [0] : []
        if stacked {
            for category in 0..<categoryCount {
                let pieces = segments(category: category)
                all += pieces.map(\.to)
            }
        } else {
            all += values.flatMap { $0.compactMap { $0 } }
        }
        return (all.min() ?? 0, all.max() ?? 0)
    }

    /// Line charts start from zero when the data come near it, else hug the data; bars and
    /// areas always show zero.
    var lineIncludesZero: Bool {
        let (low, high) = extent(includeZero: false)
        return low <= 0 && high >= 0 || (low > 0 && low <= high / 2) || (high < 0 && high >= low / 2)
    }

    /// The bar ends that get a value label: each bar, or each stack's net total (the sum of
    /// all its values, negative ones included) at the end of its positive part, or of its
    /// negative part when the total is negative.
    var marks: [ValueMark] {
        var marks: [ValueMark] = []
        for category in 0..<categoryCount {
            if stacked {
                let pieces = segments(category: category)
                guard !pieces.isEmpty else { continue }
                let net: Double = pieces.map { $0.to - $0.from }.reduce(0, +)
                let ends: [Double] = pieces.map(\.to)
                let end: Double = net >= 0 ? ends.filter { $0 > 0 }.max() ?? 0 : ends.filter { $0 < 0 }.min() ?? 0
                marks.append(ValueMark(series: 0, category: category, value: net, end: end))
            } else {
                for (series, row) in values.enumerated() {
                    if let value = row[category] { marks.append(ValueMark(series: series, category: category, value: value, end: value)) }
                }
            }
        }
        return marks
    }

    /// A value as its label reads: the bare number ("5", "13.8"), never its unit, which the
    /// axis caption gives once for the whole chart ("µg/m³", "Md USD"): a unit on every label
    /// makes them wide enough to crowd each other and says the same thing again and again. A
    /// value small beside the scale word takes more decimals than the others ("0.12",
    /// "−0.045" beside "5" billion), so that every label reads its own value: never "0", "<1"
    /// or ">−1".
    func text(_ value: Double, format: ChartNumberFormat) -> String {
        format.number(value, fractionDigits: ChartNumberFormat.fractionDigits(fractionDigits, for: value))
    }
}

/// Where bars sit across their category's slot: a group of side-by-side bars (one when
/// stacked), centred, no wider than reads well.
struct BarBands {
    /// A bar thicker than this looks like a block rather than a bar.
    static let maximumThickness = 48.0
    /// Share of the slot the group takes; the rest separates categories.
    static let groupShare = 0.72
    /// The thinnest a bar of a chart that may grow is drawn: thinner bars read as lines.
    static let minimumThickness = 4.0

    let pitch: Double
    let count: Int
    let thickness: Double
    let innerGap: Double

    init(pitch: Double, bars: Int) {
        self.pitch = pitch
        count = max(1, bars)
        let group = min(pitch * Self.groupShare, Self.maximumThickness * Double(count))
        innerGap = count > 1 ? min(1.5, group * 0.05) : 0
        thickness = (group - innerGap * Double(count - 1)) / Double(count)
    }

    var groupThickness: Double { thickness * Double(count) + innerGap * Double(count - 1) }

    /// Distance from the slot's start to the leading edge of bar `index`.
    func offset(_ index: Int) -> Double {
        (pitch - groupThickness) / 2 + Double(index) * (thickness + innerGap)
    }

    /// How much room a value label has across the bars: the distance from its bar's middle
    /// to the next one's, less `ChartContext.gap`: neighbouring labels, centred on their bars,
    /// that wide keep that much white between them, and never read as one figure.
    var labelRoom: Double {
        (count == 1 ? pitch : thickness + innerGap) - ChartContext.gap
    }
}

/// The value of a stacked segment, written inside it when it fits: in the text colour that
/// reads on its fill, or in black on a white box where hatching would run through the text
/// (print-safe looks).
enum SegmentLabel {
    /// Places `label` centred in `rect` if it fits there; returns whether it did.
    static func place(_ label: Label, in rect: Rect, look: SeriesLook, into canvas: inout ChartCanvas) -> Bool {
        guard label.width <= rect.width - 2 && label.height <= rect.height - 1 else { return false }
        let origin = Point(x: rect.x + (rect.width - label.width) / 2, y: rect.y + (rect.height - label.height) / 2)
        var color = look.textColor
        if look.hatch != nil {
            let pad = max(0, min(1, (rect.width - label.width) / 2 - 0.5))
            canvas.knockout(Rect(x: origin.x - pad, y: origin.y, width: label.width + 2 * pad, height: label.height))
            color = .black
        }
        canvas.place(label, at: origin, alignment: .center, color: color)
        return true
    }

    /// "'1,450' (2020, Cambodia)": a value with its category and series, for warnings.
    static func describe(_ text: String, category: Text, series: Text?, context: ChartContext) -> String {
        let place = [context.resolve(category).value, series.map { context.resolve($0).value }].compactMap { $0 }
        return ChartWarnings.quote(text) + " (" + place.joined(separator: ", ") + ")"
    }
}
