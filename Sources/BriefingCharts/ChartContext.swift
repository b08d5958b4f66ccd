import BriefingModel
import BriefingStyle
import BriefingText

/// What every chart type draws with: its size, language, labels, numbers and colours.
struct ChartContext {
    let chart: Chart
    let width: Double
    let height: Double
    let options: ChartOptions
    let maker: LabelMaker
    let format: ChartNumberFormat
    /// The height of a one-line number, its minus sign included: the sign may come from a
    /// fallback face (Noto Sans has no U+2212) whose lines are taller.
    var numberHeight: Double {
        max(label(format.number(0, fractionDigits: 0)).height, label(format.number(-1, fractionDigits: 0)).height)
    }
    /// Labels and the zero line.
    let textColor: Color
    /// Tick labels, axis captions and secondary text.
    let mutedColor: Color
    /// Gridlines.
    let gridColor: Color
    let palette: [Color]
    /// One label line in the chart's language.
    let lineHeight: Double
    /// Generated numbers ("1,250", "42%", "-2.5") are set in the Latin face when the
    /// language's own face would make their lines taller (Lao, Arabic: marks above and
    /// below the letters): they are Latin digits anyway, and a number then takes the same
    /// room in every language, so axes come out alike.
    let latinNumbers: Bool
    /// What had to be left out or cut short.
    let warnings = ChartWarnings()

    /// Space between a label and what it labels, and between neighbouring labels.
    static let gap = 3.0
    /// White between the names of neighbouring rows (horizontal bars, progress items): with
    /// a line of text, 16 to 17 points a row in Latin scripts, which reads as a list.
    var rowSpacing: Double { lineHeight * 0.45 }
    /// Okabe and Ito's colours, safe for colour-blind readers: the palette when a style has none.
    static let defaultPalette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
        .compactMap(Color.init(hex:))

    /// - Parameter labels: labels already made for this chart at another height.
    init(chart: Chart, width: Double, height: Double, style: Style, options: ChartOptions, text: TextEngine,
         labels: LabelCache = LabelCache()) {
        self.chart = chart
        self.width = width
        self.height = height
        self.options = options
        var maker = LabelMaker(engine: text, families: style.fonts[.sans]?.families ?? [:], size: options.fontSize)
        maker.cache = labels
        self.maker = maker
        textColor = style.colors.text
        mutedColor = options.printSafe ? style.colors.text : style.colors.text.lighter(0.35)
        gridColor = options.printSafe ? Color(grey: 0.7) : style.colors.rule.lighter(0.45)
        palette = style.colors.charts.isEmpty ? Self.defaultPalette : style.colors.charts
        let lineHeight = maker.lineHeight(language: options.language)
        self.lineHeight = lineHeight
        latinNumbers = lineHeight > maker.lineHeight(language: "en") * 1.1
        format = ChartNumberFormat(language: options.language, nativeDigits: options.nativeDigits)
    }

    func resolve(_ text: Text) -> Text.Resolved {
        text.resolve(options.language)
    }

    var unit: String? { chart.unit.map { resolve($0).value } }

    /// A label of a model text, in the language it resolved to, wrapped to `width`.
    func label(_ text: Text, width: Double = LabelMaker.unlimited) -> Label {
        let resolved = resolve(text)
        return maker.make(resolved.value, language: resolved.language, width: width)
    }

    /// A one-line label of generated text (numbers, dates) in the chart's language; a bare
    /// number in Latin digits in the Latin face where that is more compact.
    func label(_ string: String, bold: Bool = false) -> Label {
        let text = digits(string)
        let latin = latinNumbers && text.unicodeScalars.allSatisfy { $0.isASCII ? !$0.properties.isAlphabetic : Self.numberMarks.contains($0) }
        return maker.make(text, language: latin ? "en" : options.language, bold: bold)
    }

    /// Generated text in the style's digits: the script's own when it asks for native ones,
    /// so that tick labels, value labels, dates and the axis caption's "× 10⁶" all agree.
    func digits(_ string: String) -> String {
        options.nativeDigits ? Script.nativeDigits(string, language: options.language) : string
    }

    /// What a bare number may contain besides ASCII digits and punctuation: no-break spaces,
    /// the left-to-right mark before a minus, the minus sign, superscripts of "× 10⁻⁶".
    private static let numberMarks = Set("\u{00A0}\u{202F}\u{200E}\u{2212}×⁰¹²³⁴⁵⁶⁷⁸⁹⁻…".unicodeScalars)

    /// A model text wrapped to `width` in at most `maxLines` lines, cut short with an ellipsis
    /// if it needs more (`shortened` then says so) where `cut` says (see `LabelMaker.Cut`).
    func fitted(_ text: Text, width: Double, maxLines: Int = 1, cut: LabelMaker.Cut = .end) -> Label {
        let resolved = resolve(text)
        return maker.fitted(resolved.value, language: resolved.language, width: width, maxLines: maxLines, cut: cut)
    }

    /// 'text' in the rendered language, for warnings.
    func quoted(_ text: Text) -> String {
        ChartWarnings.quote(resolve(text).value)
    }

    /// Looks for series (or slices) in order, coloured the same in every language (see
    /// `SeriesColors`); greys and hatching in print.
    func looks(names: [Text?], colors: [Color?]) -> [SeriesLook] {
        if options.printSafe { return SeriesLook.printSafe(count: names.count) }
        let languages = options.languages.isEmpty ? [options.language] : options.languages
        return SeriesLook.colored(SeriesColors.assign(names: names, own: colors, delegations: options.delegationColors,
                                                      languages: languages, palette: palette))
    }
}
