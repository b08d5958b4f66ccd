import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// How a chart is drawn beyond what the chart itself says: language, print mode, label size.
public struct ChartOptions: Sendable {
    /// Series differ by grey level, hatching, line dashes and marker shapes instead of hue,
    /// so that a photocopied handout still reads.
    public var printSafe: Bool
    /// BCP 47 tag of the language being rendered: labels, numbers, scale words, month names.
    public var language: String
    /// Mirrors category order, the value axis and pie direction, as readers of Arabic or
    /// Hebrew expect.
    public var rightToLeft: Bool
    /// Size of every label (ticks, categories, values, legend), in points.
    public var fontSize: Double
    /// A name and its colour: a delegation's.
    public struct NamedColor: Sendable {
        public var name: Text
        public var color: Color

        public init(name: Text, color: Color) {
            self.name = name
            self.color = color
        }
    }

    /// Colours for series (pie and donut: categories) whose name matches one of these names in
    /// any of `languages`: the layout fills it with the delegations' colours. A series' own
    /// `color` wins over it; the rest take the style's palette (see `SeriesColors`).
    public var delegationColors: [NamedColor]
    /// The summary's languages, original first: names are matched in all of them, so that a
    /// series has the same colour in every edition. Empty: the rendered language alone.
    public var languages: [String]
    /// Print generated numbers and dates in the script's own digits (the style's `digits`).
    /// The calendar a timeline's dates are printed in.
    public var calendar: Calendar.Identifier
    public var nativeDigits: Bool
    /// The word for a pie slice that gathers the thinnest ones, in `language`: the layout
    /// gives its vocabulary's; English by default.
    public var otherSlices: String

    /// The style's print setting (`charts.print-safe`), labels half a point smaller than its
    /// captions, in `language` and its writing direction.
    public init(style: Style, language: String) {
        printSafe = style.charts.printSafe
        self.language = language
        rightToLeft = Script.of(language: language).isRightToLeft
        fontSize = max(6, style.role(.caption).size - 0.5)
        delegationColors = []
        languages = []
        nativeDigits = style.digits(for: language) == .native
        calendar = style.calendar(for: language).identifier
        otherSlices = "Other"
    }
}
