@testable import BriefingCharts
import BriefingModel
import BriefingStyle
import BriefingText
import Testing

@Suite("Numbers and scale words")
struct NumberFormatTests {
    @Test("French: decimal comma, narrow no-break space between thousands, « Md »")
    func french() {
        let format = ChartNumberFormat(language: "fr")
        #expect(format.number(1_234_567.5, fractionDigits: 1) == "1\u{202F}234\u{202F}567,5")
        #expect(format.number(-0.25, fractionDigits: 2) == "\u{2212}0,25")
        #expect(format.format(5, scale: .billion, unit: "USD") == "5\u{A0}Md\u{A0}USD")
        #expect(format.format(2.5, scale: .million, unit: "EUR") == "2,5\u{A0}M\u{A0}EUR")
        #expect(format.percent(42, fractionDigits: 0) == "42\u{202F}%")
        // French has no word past the milliard in figures: a trillion is a thousand of them.
        #expect(format.format(1e12, scale: .one, unit: nil) == "1\u{202F}000\u{A0}Md")
        #expect(format.caption(magnitude: format.magnitude(largest: 5e9), unit: "USD") == "Md\u{A0}USD")
    }

    @Test("English: currency code first, words in full")
    func english() {
        let format = ChartNumberFormat(language: "en")
        #expect(format.number(1234.5, fractionDigits: 1) == "1,234.5")
        #expect(format.format(5, scale: .billion, unit: "USD") == "USD\u{A0}5\u{A0}billion")
        #expect(format.format(2.5, scale: .million, unit: "$") == "$2.5\u{A0}million")
        #expect(format.format(12, scale: .one, unit: "t") == "12\u{A0}t")
        #expect(format.format(1, scale: .one, unit: "%") == "1%")
        #expect(format.format(1e12, scale: .one, unit: "t") == "1\u{A0}trillion\u{A0}t")
        // The author's scale stands while it reads well; thousands are written out.
        #expect(format.format(2500, scale: .million, unit: "USD") == "USD\u{A0}2,500\u{A0}million")
        #expect(format.format(250, scale: .thousand, unit: "USD") == "USD\u{A0}250,000")
        #expect(format.caption(magnitude: format.magnitude(largest: 5e9), unit: "USD") == "USD\u{A0}billion")
        #expect(format.caption(magnitude: .one, unit: nil) == nil)
    }

    @Test("Vietnamese, Lao, Thai: the language's own scale words after the number")
    func southeastAsian() {
        #expect(ChartNumberFormat(language: "vi").format(5, scale: .billion, unit: "USD") == "5\u{A0}tỷ\u{A0}USD")
        #expect(ChartNumberFormat(language: "vi").number(1234.5, fractionDigits: 1) == "1.234,5")
        #expect(ChartNumberFormat(language: "lo").format(5, scale: .billion, unit: "USD") == "5\u{A0}ຕື້\u{A0}USD")
        #expect(ChartNumberFormat(language: "lo").format(3, scale: .million, unit: nil) == "3\u{A0}ລ້ານ")
        #expect(ChartNumberFormat(language: "lo").number(1234.5, fractionDigits: 1) == "1.234,5")
        #expect(ChartNumberFormat(language: "th").format(5, scale: .billion, unit: "USD") == "5\u{A0}พันล้าน\u{A0}USD")
        #expect(ChartNumberFormat(language: "th").number(1234.5, fractionDigits: 1) == "1,234.5")
    }

    @Test("Arabic: Latin digits by default, مليار for a billion")
    func arabic() {
        let format = ChartNumberFormat(language: "ar")
        #expect(format.number(1234.5, fractionDigits: 1) == "1,234.5")
        #expect(format.format(5, scale: .billion, unit: "USD") == "5\u{A0}مليار\u{A0}USD")
        #expect(format.format(7, scale: .million, unit: nil) == "7\u{A0}مليون")
        // A left-to-right mark keeps the sign before the number in right-to-left text.
        #expect(format.number(-2.5, fractionDigits: 1) == "\u{200E}\u{2212}2.5")
    }

    @Test("Turkish writes the percent sign first; Czech and Ukrainian set it apart")
    func percentSigns() {
        #expect(ChartNumberFormat(language: "tr").percent(42, fractionDigits: 0) == "%42")
        #expect(ChartNumberFormat(language: "tr").format(12.5, scale: .one, unit: "%") == "%12,5")
        #expect(ChartNumberFormat(language: "cs").percent(42, fractionDigits: 0) == "42\u{A0}%")
        #expect(ChartNumberFormat(language: "uk").percent(42, fractionDigits: 0) == "42\u{A0}%")
        #expect(ChartNumberFormat(language: "pl").percent(42, fractionDigits: 0) == "42%")
    }

    @Test("Scale words of the languages added later", arguments: [
        ("pl", "5\u{A0}mld\u{A0}USD"), ("cs", "5\u{A0}mld.\u{A0}USD"), ("uk", "5\u{A0}млрд\u{A0}USD"),
        ("el", "5\u{A0}δισ.\u{A0}USD"), ("tr", "5\u{A0}milyar\u{A0}USD"), ("fa", "5\u{A0}میلیارد\u{A0}USD"),
        ("nl", "USD\u{A0}5\u{A0}mld"), ("id", "USD\u{A0}5\u{A0}miliar"), ("it", "5\u{A0}Mld\u{A0}USD"),
    ])
    func scaleWords(language: String, expected: String) {
        #expect(ChartNumberFormat(language: language).format(5, scale: .billion, unit: "USD") == expected)
    }

    @Test("Hindi counts in lakhs and crores")
    func hindi() {
        let format = ChartNumberFormat(language: "hi")
        #expect(format.format(2.5, scale: .million, unit: nil) == "25\u{A0}लाख")
        #expect(format.format(5, scale: .billion, unit: "₹") == "₹500\u{A0}करोड़")
        #expect(format.format(48_000, scale: .billion, unit: "₹") == "₹48\u{A0}लाख\u{A0}करोड़")
        #expect(format.format(250_000, scale: .one, unit: nil) == "250,000")
    }

    @Test("Japanese: myriads (万, 億, 兆) joined to the number")
    func japanese() {
        let format = ChartNumberFormat(language: "ja")
        #expect(format.number(1234.5, fractionDigits: 1) == "1,234.5")
        #expect(format.format(5, scale: .billion, unit: "USD") == "50億\u{A0}USD")
        #expect(format.format(5, scale: .billion, unit: "ドル") == "50億ドル")
        #expect(format.format(3, scale: .million, unit: nil) == "300万")
        #expect(format.format(2, scale: .thousand, unit: nil) == "2,000")
        #expect(format.format(1e12, scale: .one, unit: nil) == "1兆")
        #expect(format.format(2e-6, scale: .one, unit: nil) == "2\u{A0}×\u{A0}10⁻⁶")
    }

    @Test("Values from 1e-6 to 1e12 keep three significant digits and no more")
    func range() {
        let format = ChartNumberFormat(language: "en")
        #expect(format.format(1e-6, scale: .one, unit: nil) == "1\u{A0}×\u{A0}10⁻⁶")
        #expect(format.format(2.5e-6, scale: .one, unit: "t") == "2.5\u{A0}×\u{A0}10⁻⁶\u{A0}t")
        #expect(format.format(0.000_123_456, scale: .one, unit: nil) == "123\u{A0}×\u{A0}10⁻⁶")
        #expect(format.format(0.001_234_5, scale: .one, unit: nil) == "0.00123")
        #expect(format.format(1234.5678, scale: .one, unit: nil) == "1,235")
        #expect(format.format(0, scale: .billion, unit: "USD") == "USD\u{A0}0\u{A0}billion")
        #expect(format.format(999_999, scale: .one, unit: nil) == "999,999")
        #expect(format.format(1.5e6, scale: .one, unit: nil) == "1.5\u{A0}million")
        #expect(format.format(-2.5e9, scale: .one, unit: nil) == "\u{2212}2.5\u{A0}billion")
    }

    @Test("Languages without scale words count in powers of ten")
    func powersOfTen() {
        #expect(ChartNumberFormat(language: "sw").format(5, scale: .billion, unit: "USD") == "5\u{A0}×\u{A0}10⁹\u{A0}USD")
    }

    @Test("Decimals: enough for every value, three significant digits at most")
    func decimals() {
        #expect(ChartNumberFormat.fractionDigits(showing: [5, 10], significant: 3) == 0)
        #expect(ChartNumberFormat.fractionDigits(showing: [2.5, 5], significant: 3) == 1)
        #expect(ChartNumberFormat.fractionDigits(showing: [1234.56], significant: 3) == 0)
        #expect(ChartNumberFormat.fractionDigits(showing: [1e-6, 3e-6], significant: 3) == 6)
        #expect(ChartNumberFormat.fractionDigits(showing: [0], significant: 3) == 0)
    }
}

@Suite("Small values and the minus sign")
struct SmallValuesAndMinusTests {
    @Test("A value small beside its scale word gets the decimals it needs")
    func smallValues() {
        #expect(ChartNumberFormat.fractionDigits(0, for: -0.045) == 3)
        #expect(ChartNumberFormat.fractionDigits(0, for: 0.1205) == 2)
        #expect(ChartNumberFormat.fractionDigits(2, for: 0.3) == 2, "never fewer than the others")
        #expect(ChartNumberFormat.fractionDigits(0, for: 0.3) == 1)
        #expect(ChartNumberFormat.fractionDigits(0, for: 5) == 0)
        #expect(ChartNumberFormat.fractionDigits(0, for: 0) == 0)
        #expect(ChartNumberFormat.fractionDigits(0, for: 0.000_012) == 6)
        // The others' decimals are set by the values of one and more.
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [5, 0.1205, -0.045], significant: 3) == 0)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [5, 2.5, 0.3], significant: 3) == 1)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [0.5, 0.25], significant: 3) == 2)
    }

    /// The figures in a rendered chart.
    private func texts(_ chart: Chart, engine: TextEngine, language: String, style: Style = ChartFixtures.style) -> [String] {
        let options = ChartOptions(style: style, language: language)
        let frame = ChartRenderer.frame(for: chart, size: (460, 220), style: style, options: options, text: engine)
        return frame.texts(engine: engine, language: language)
    }

    @Test("−45 million, 120.5 million and 5 billion on one axis: every label reads its value",
          arguments: [("en", ["\u{2212}0.045", "0.12", "5"]), ("fr", ["\u{2212}0,045", "0,12", "5"])])
    func mixedMagnitudes(language: String, expected: [String]) throws {
        let engine = try ChartFixtures.engine()
        for type in [ChartType.column, .bar] {
            let chart = ChartFixtures.chart(type, categories: ["A", "B", "C"], series: [[-45e6, 120.5e6, 5e9]], unit: "USD")
            let texts = texts(chart, engine: engine, language: language)
            for label in expected { #expect(texts.contains(label), "\(type) \(language): \(label) in \(texts)") }
            #expect(!texts.contains { $0.contains("<") || $0.contains(">") }, "\(type) \(language): \(texts)")
            #expect(texts.contains(language == "fr" ? "Md\u{A0}USD" : "USD\u{A0}billion"), "\(texts)")
            // The ticks are round: 0 to 5 (billion); the −0.045 takes the axis a little below
            // zero, not to a tick of −1.
            for tick in ["0", "1", "5"] { #expect(texts.contains(tick), "\(type) \(language): \(tick) in \(texts)") }
            #expect(!texts.contains("\u{2212}1"), "\(type) \(language): \(texts)")
        }
        // Beside much larger values, where the others need no decimals (and the labels read
        // "<1" and ">-1" before): the small ones still read as themselves.
        let wide = ChartFixtures.chart(.column, categories: ["A", "B", "C", "D"], series: [[-45e6, 120.5e6, 5e9, 150e9]], unit: "USD")
        let texts = texts(wide, engine: engine, language: language)
        #expect(!texts.contains { $0.contains("<") || $0.contains(">") }, "\(texts)")
        for label in expected { #expect(texts.contains(label), "\(language): \(label) in \(texts)") }
    }

    @Test("Legends and progress details read small amounts too")
    func legendsAndDetails() throws {
        let engine = try ChartFixtures.engine()
        let pie = ChartFixtures.chart(.pie, categories: ["A", "B"], series: [[5e9, 0.3e6]], unit: "USD")
        let legend = texts(pie, engine: engine, language: "en")
        #expect(legend.contains("(USD\u{A0}5\u{A0}billion)") && legend.contains("(USD\u{A0}0.0003\u{A0}billion)"), "\(legend)")
        let progress = Chart(id: "p", type: .progress, title: Text("P"), unit: Text("USD"),
                             items: [ProgressItem(label: Text("Cross-border trade in the northern provinces"), value: 45e6, target: 5e9)])
        let details = texts(progress, engine: engine, language: "fr")
        #expect(details.contains { $0.hasPrefix("0,045\u{A0}/\u{A0}5") }, "\(details)")
    }

    @Test("Negative numbers take the minus sign U+2212 in every language", arguments: ["en", "fr", "ar", "lo", "ja", "th"])
    func minusSign(language: String) throws {
        let format = ChartNumberFormat(language: language)
        let rightToLeft = Script.of(language: language).isRightToLeft
        #expect(format.number(-250, fractionDigits: 0).hasSuffix("\u{2212}250"))
        #expect(format.number(-2.5, fractionDigits: 1).hasPrefix(rightToLeft ? "\u{200E}\u{2212}" : "\u{2212}"))
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: ["A", "B"], series: [[-250, 1000]])
        let drawn = texts(chart, engine: engine, language: language).joined(separator: " ")
        #expect(drawn.contains("\u{2212}") && !drawn.contains("-"), "\(language): \(drawn)")
    }
}
