import BriefingModel
import BriefingStyle
import BriefingText

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
    /// Colours for series (pie and donut: categories) whose name, as rendered in `language`,
    /// matches a key: the layout fills it with the delegations' colours. A series' own `color`
    /// wins over it; the rest take the style's palette in order.
    public var colorsByName: [String: Color]
    /// Print generated numbers and dates in the script's own digits (the style's `digits`).
    public var nativeDigits: Bool

    /// The style's print setting (`charts.print-safe`), labels half a point smaller than its
    /// captions, in `language` and its writing direction.
    public init(style: Style, language: String) {
        printSafe = style.charts.printSafe
        self.language = language
        rightToLeft = Script.of(language: language).isRightToLeft
        fontSize = max(6, style.role(.caption).size - 0.5)
        colorsByName = [:]
        nativeDigits = style.digits == .native
    }
}
