import BriefingModel
import BriefingText
import Foundation

/// How many units one displayed number stands for, and the word a language writes after it
/// ("Md" for 10⁹ in French, "億" for 10⁸ in Japanese); `word` is nil for plain numbers.
public struct Magnitude: Sendable, Hashable {
    public var factor: Double
    public var word: String?

    public static let one = Magnitude(factor: 1, word: nil)
}

/// Numbers, percentages and scaled quantities written the way a language writes them in a
/// chart: "1 234,5" and "5 Md USD" in French, "USD 5 billion" in English, "5 tỷ USD" in
/// Vietnamese, "50億 USD" in Japanese.
///
/// Digits are Latin (the contract's default; a style's native digits are swapped in where
/// labels are made, see `init`); decimal and grouping separators come from the language's
/// locale data, scale words from `ScaleWords`. Every space inside a quantity is a no-break
/// space, so a label never wraps between a number and its unit.
public struct ChartNumberFormat: Sendable, Hashable {
    public let language: String
    let decimalSeparator: String
    let groupingSeparator: String
    /// Whether a four-digit number is grouped: "1,234" in English, but "1234" in Spanish
    /// and Polish, whose CLDR data group only from five digits ("12 345").
    let groupsFourDigits: Bool
    /// The minus sign U+2212, as typesetting wants in every language (a hyphen-minus is
    /// shorter and sits lower than the plus sign and the digits); in right-to-left languages
    /// led by a left-to-right mark, as CLDR has it, so that the sign stays before the number
    /// ("−2.5", not "2.5−"). A face without the sign gets it from the fallback face, as any
    /// other missing character.
    let minusSign: String
    let words: ScaleWords

    /// Amounts below this are written out in full ("250 000 USD"), never with a scale word.
    static let smallestScaled = 1e6
    /// Amounts below this count in powers of ten.
    static let smallestUnscaled = 1e-3

    /// `nativeDigits`: the numbers will be shown in the script's own digits (a style's
    /// `digits: native`), and take the separators that go with them: Arabic writes "١٢٬٥٠٠٫٥"
    /// with its own decimal separator "٫" and thousands separator "٬", never the Latin "."
    /// and "," between Arabic-Indic digits. The digits themselves are swapped where the label
    /// is made (`ChartContext.label`), with the dates'.
    public init(language: String, nativeDigits: Bool = false) {
        self.language = language
        // "@numbers=latn" keeps the separators that go with Latin digits (Persian, for one,
        // has other separators for its own digits); "@numbers=arab" and the like, those that
        // go with the native ones.
        let system = nativeDigits ? Self.numberingSystem(language: language) : nil
        let locale = Locale(identifier: language + "@numbers=" + (system ?? "latn"))
        decimalSeparator = locale.decimalSeparator ?? "."
        groupingSeparator = locale.groupingSeparator ?? ","
        groupsFourDigits = Self.groupsFourDigits(locale)
        words = ScaleWords(language: language)
        minusSign = Script.of(language: language).isRightToLeft ? "\u{200E}\u{2212}" : "\u{2212}"
    }

    /// Whether the locale's number format groups 1000 (CLDR's minimum grouping digits 1).
    private static func groupsFourDigits(_ locale: Locale) -> Bool {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        return formatter.string(from: 1000).map { $0.count > 4 } ?? true
    }

    /// The CLDR numbering system of a language's own digits (those of
    /// `Script.zeroDigit(language:)`): Persian's and Urdu's extended Arabic-Indic digits,
    /// else its script's; nil for a script that writes Latin digits.
    static func numberingSystem(language: String) -> String? {
        if Script.zeroDigit(language: language) == "\u{06F0}" { return "arabext" }
        return switch Script.of(language: language) {
        case .arabic: "arab"
        case .devanagari: "deva"
        case .thai: "thai"
        case .lao: "laoo"
        case .myanmar: "mymr"
        case .khmer: "khmr"
        default: nil
        }
    }

    /// `value` rounded to `fractionDigits` decimals, grouped by thousands. Negative values take
    /// `minusSign`.
    public func number(_ value: Double, fractionDigits: Int) -> String {
        let digits = max(0, min(fractionDigits, 12))
        let rounded = (abs(value) * pow(10, Double(digits))).rounded()
        var text = rounded < 9e18 ? String(UInt64(rounded)) : String(format: "%.0f", rounded)
        if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
        let integer = text.dropLast(digits)
        var grouped = ""
        let groups = integer.count > 4 || groupsFourDigits
        for (index, character) in integer.enumerated() {
            if groups && index > 0 && (integer.count - index) % 3 == 0 { grouped += groupingSeparator }
            grouped.append(character)
        }
        if digits > 0 { grouped += decimalSeparator + text.suffix(digits) }
        return (value < 0 && rounded > 0 ? minusSign : "") + grouped
    }

    /// A percentage, `value` being already in percent: "42 %" in French, "42%" in English,
    /// "%42" in Turkish.
    public func percent(_ value: Double, fractionDigits: Int) -> String {
        withPercent(number(value, fractionDigits: fractionDigits))
    }

    /// "42 %", "42%", or Turkish "%42".
    private func withPercent(_ number: String) -> String {
        words.percentFirst ? "%" + words.percentSpace + number : number + words.percentSpace + "%"
    }

    /// The magnitude to display amounts in, given the largest absolute amount in plain units.
    /// The author's `preferred` scale is kept when it reads well (between 1 and 9 999 of it);
    /// otherwise the largest of the language's scale words that fits is used, and none below a
    /// million. Amounts under a thousandth, or past ten thousand of the language's largest
    /// word, count in powers of ten ("2.5 × 10⁻⁶", "3.5 × 10²¹", never "3,500,000,000
    /// trillion"), so that nobody has to count zeros on an axis.
    ///
    /// Chinese, Japanese and Korean count in myriads whatever the author's scale: the myriad
    /// (万 10⁴, 億 10⁸, 兆 10¹²) that gives the largest amount two to four whole digits
    /// ("1,570万", "50億"); else the million of statistical tables when it does ("242百万",
    /// rather than "2.42億"); else the largest word that fits ("1兆").
    public func magnitude(largest: Double, preferred: ChartScale = .one) -> Magnitude {
        if !words.myriads, let tier = words.tiers.first(where: { $0.factor == preferred.factor }),
           largest == 0 || (largest >= tier.factor && largest < tier.factor * 1e4) {
            return tier
        }
        if largest > 0 && largest < Self.smallestUnscaled { return Self.powerOfTen(largest) }
        if let top = words.tiers.last, largest >= top.factor * 1e4 { return Self.powerOfTen(largest) }
        guard largest >= Self.smallestScaled else { return .one }
        if words.myriads {
            func wholeDigits(_ tier: Magnitude) -> Bool { largest >= tier.factor * 10 && largest < tier.factor * 1e4 }
            func isMyriad(_ tier: Magnitude) -> Bool {
                let exponent = log10(tier.factor)
                return abs(exponent - (exponent / 4).rounded() * 4) < 1e-9
            }
            if let tier = words.tiers.first(where: { isMyriad($0) && wholeDigits($0) }) ?? words.tiers.first(where: wholeDigits) {
                return tier
            }
            return words.tiers.last(where: { isMyriad($0) && $0.factor <= largest }) ?? .one
        }
        return words.tiers.last(where: { $0.factor <= largest }) ?? .one
    }

    /// The power of ten, a multiple of three, that gives `largest` one to three whole digits.
    private static func powerOfTen(_ largest: Double) -> Magnitude {
        let exponent = Int(floor(log10(largest) / 3)) * 3
        return Magnitude(factor: pow(10, Double(exponent)), word: timesTen(exponent))
    }

    /// "× 10⁻⁶": a power of ten that reads the same in every language.
    static func timesTen(_ exponent: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let digits = String(abs(exponent)).compactMap { $0.wholeNumberValue.map { superscripts[$0] } }
        return "×\u{00A0}10" + (exponent < 0 ? "⁻" : "") + String(digits)
    }

    /// A formatted number with its scale word and unit: "5 Md USD", "USD 5 billion", "5 %".
    public func quantity(_ number: String, magnitude: Magnitude, unit: String?) -> String {
        compose(number, magnitude: magnitude, unit: unit)
    }

    /// What an axis says its numbers are in: "Md USD", "USD billion", "tỷ USD", "%";
    /// nil when the numbers are plain.
    public func caption(magnitude: Magnitude, unit: String?) -> String? {
        let text = compose(nil, magnitude: magnitude, unit: unit)
        return text.isEmpty ? nil : text
    }

    /// One value given in `scale` units, to three significant digits: `format(5, scale: .billion,
    /// unit: "USD")` is "5 Md USD" in French.
    public func format(_ value: Double, scale: ChartScale, unit: String?) -> String {
        let amount = value * scale.factor
        let magnitude = Self.isPercent(unit) ? .one : self.magnitude(largest: abs(amount), preferred: scale)
        let shown = amount / magnitude.factor
        let digits = Self.fractionDigits(showing: [shown], significant: 3)
        return quantity(number(shown, fractionDigits: digits), magnitude: magnitude, unit: unit)
    }

    /// The fewest decimals that show every value exactly, but no more than give the largest
    /// one `significant` significant digits: [5, 10] → 0, [2.5, 5] → 1, [1234.56] → 0,
    /// [0.000001] → 6.
    public static func fractionDigits(showing values: [Double], significant: Int) -> Int {
        guard let largest = values.map(abs).max(), largest > 0 else { return 0 }
        let cap = max(0, significant - 1 - Int(floor(log10(largest))))
        var digits = 0
        while digits < cap && !values.allSatisfy({ isWhole($0 * pow(10, Double(digits))) }) { digits += 1 }
        return digits
    }

    /// Decimals that several values shown together share (one chart's value labels, a
    /// progress row's value and target), so that they read as one column with one precision:
    /// enough for each value to show up to `significant` significant digits of its own
    /// ("12.5" beside "3,400.8", not "13"; "−3.25" beside "−0.75", not "−3.3"), and then
    /// enough that no two different values read alike ("999.5 / 1,000.0", never "1,000 /
    /// 1,000"), up to `uniformLimit`. A value under one that needs more than one decimal
    /// beyond the others (0.045 beside 5 billion) takes its own from `fractionDigits(_:for:)`
    /// rather than give every other value zeros to match.
    public static func sharedFractionDigits(showing values: [Double], significant: Int = 3) -> Int {
        let finite = values.filter { $0.isFinite }
        func needed(_ values: [Double]) -> Int {
            values.filter { $0 != 0 }.map { fractionDigits(showing: [$0], significant: significant) }.max() ?? 0
        }
        let whole = finite.filter { abs($0) >= 1 }
        let base = needed(whole.isEmpty ? finite : whole), all = needed(finite)
        var digits = min(all <= base + 1 ? all : base, uniformLimit)
        // Beside amounts of one or more, three decimals read as thousands in English
        // ("1.500"): those under one take their own (`fractionDigits(_:for:)`) instead.
        if !whole.isEmpty { digits = min(digits, max(base, 2)) }
        while digits < uniformLimit && !keepsApart(finite, fractionDigits: digits) { digits += 1 }
        return digits
    }

    /// The most decimals that `sharedFractionDigits` gives every value of a chart.
    static let uniformLimit = 3

    /// Whether different values still read differently with `fractionDigits` shared (each
    /// value under one with the decimals of its own it takes: see `fractionDigits(_:for:)`).
    static func keepsApart(_ values: [Double], fractionDigits shared: Int) -> Bool {
        var seen: [Double: Double] = [:]
        for value in values {
            let scale = pow(10, Double(fractionDigits(shared, for: value)))
            let shown = (value * scale).rounded() / scale + 0
            if let other = seen[shown], other != value { return false }
            seen[shown] = value
        }
        return true
    }

    /// Decimals for one value of several written with `shared` decimals: those, but for a
    /// value under one (of the scale word: 0.045 on a billions axis) as many more as give it
    /// two significant digits, so that it reads as itself ("−0.045 billion", "0.12 Md")
    /// rather than "0", "<1" or a rounded-off "0.05". Zero is "0", never "0.00".
    public static func fractionDigits(_ shared: Int, for value: Double) -> Int {
        if value == 0 { return 0 }
        guard value.isFinite, abs(value) < 1 else { return shared }
        return max(shared, fractionDigits(showing: [value], significant: 2))
    }

    static func isWhole(_ value: Double) -> Bool {
        abs(value - value.rounded()) <= 1e-9 * max(1, abs(value))
    }

    static func isPercent(_ unit: String?) -> Bool {
        unit?.trimmingCharacters(in: .whitespaces) == "%"
    }

    private func compose(_ number: String?, magnitude: Magnitude, unit rawUnit: String?) -> String {
        let unit = rawUnit?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let space = "\u{00A0}"
        if Self.isPercent(unit) {
            return number.map(withPercent) ?? "%"
        }
        if let unit, words.currencyFirst, let position = ScaleWords.currencyPosition(of: unit) {
            // English: "USD 5 billion", "$5 billion".
            let amount = [number, magnitude.word].compactMap { $0 }.joined(separator: space)
            guard !amount.isEmpty else { return unit }
            return unit + (position == .code || number == nil ? space : "") + amount
        }
        var text = number ?? ""
        if let word = magnitude.word {
            // Only the language's own words join the number; "× 10⁻⁶" keeps its space.
            let joins = words.joinsWord && words.tiers.contains(magnitude)
            text += text.isEmpty || joins ? word : space + word
        }
        if let unit {
            let latin = unit.unicodeScalars.first.map { $0.isASCII } ?? true
            text += text.isEmpty || (words.joinsUnit && !latin) ? unit : space + unit
        }
        return text
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
