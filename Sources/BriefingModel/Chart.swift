/// A chart, defined once in `charts` and placed in the body by `{chart: ID}`.
///
/// Only the fields its `type` uses are filled: the loader refuses the others, so a
/// drawing routine never has to decide what to do with, say, a timeline's series.
public struct Chart: Sendable, Hashable {
    public var id: String
    public var type: ChartType
    public var title: Text
    /// Printed under the chart.
    public var note: Text?
    /// Printed under the chart after "Source:" in the rendered language.
    public var source: Text?
    public var unit: Text?
    public var scale: ChartScale
    /// One per value; the category types only.
    public var categories: [Text]
    /// The category types only; each has one value per category.
    public var series: [ChartSeries]
    /// `timeline` only.
    public var events: [ChartEvent]
    /// `progress` only.
    public var items: [ProgressItem]
    public var location: SourceLocation

    public init(id: String, type: ChartType, title: Text, note: Text? = nil, source: Text? = nil,
                unit: Text? = nil, scale: ChartScale = .one, categories: [Text] = [], series: [ChartSeries] = [],
                events: [ChartEvent] = [], items: [ProgressItem] = [], location: SourceLocation = .unknown) {
        self.id = id
        self.type = type
        self.title = title
        self.note = note
        self.source = source
        self.unit = unit
        self.scale = scale
        self.categories = categories
        self.series = series
        self.events = events
        self.items = items
        self.location = location
    }
}

public enum ChartType: String, Sendable, Hashable, CaseIterable {
    case column, bar
    case stackedColumn = "stacked-column"
    case stackedBar = "stacked-bar"
    case line, area, pie, donut, timeline, progress

    /// The types drawn from `categories` and `series`.
    public var usesCategories: Bool {
        switch self {
        case .timeline, .progress: false
        default: true
        }
    }

    /// Pie and donut show shares of a whole: one series, no negative values.
    public var isCircular: Bool { self == .pie || self == .donut }
}

/// How many units one written value stands for; labels use the language's words for it.
public enum ChartScale: String, Sendable, Hashable, CaseIterable {
    case one, thousand, million, billion

    public var factor: Double {
        switch self {
        case .one: 1
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        }
    }
}

public struct ChartSeries: Sendable, Hashable {
    /// Optional: a single series (a pie, a one-series column chart) needs no legend.
    public var name: Text?
    /// One per category; nil is a gap (`null` in the summary). Always finite.
    public var values: [Double?]
    public var color: Color?
    public var location: SourceLocation

    public init(name: Text? = nil, values: [Double?], color: Color? = nil, location: SourceLocation = .unknown) {
        self.name = name
        self.values = values
        self.color = color
        self.location = location
    }
}

public struct ChartEvent: Sendable, Hashable {
    public var date: Day
    public var label: Text
    public var location: SourceLocation

    public init(date: Day, label: Text, location: SourceLocation = .unknown) {
        self.date = date
        self.label = label
        self.location = location
    }
}

/// One bar of a progress chart: how far `value` is toward `target` (which is positive).
public struct ProgressItem: Sendable, Hashable {
    public var label: Text
    public var value: Double
    public var target: Double
    public var location: SourceLocation

    public init(label: Text, value: Double, target: Double, location: SourceLocation = .unknown) {
        self.label = label
        self.value = value
        self.target = target
        self.location = location
    }

    /// `value / target`, which may pass 1 when the target was exceeded.
    public var fraction: Double { value / target }
}
