import BriefingText
import Foundation

/// The words a language puts after a number to scale it, and how it joins number, word and
/// unit. Short forms where the language's press uses them in figures ("Md", "млрд", "mld"), full
/// words where it has no short form ("tỷ", "ຕື້", "مليار", "milyar"), and Hindi's lakhs and crores.
struct ScaleWords: Sendable, Hashable {
    /// Scale words from the smallest to the largest.
    var tiers: [Magnitude]
    /// The word follows the number without a space ("50億").
    var joinsWord = false
    /// A unit in the language's own script follows without a space ("50億ドル").
    var joinsUnit = false
    /// Currency codes and symbols go before the number ("USD 5 billion", "$5 billion").
    var currencyFirst = false
    /// What separates a number from "%": a narrow no-break space in French, none in English.
    var percentSpace = ""
    /// The percent sign goes before the number, as Turkish writes it ("%42").
    var percentFirst = false
    /// Counts in myriads (10⁴, 10⁸, 10¹²) as Chinese, Japanese and Korean do, with the
    /// million of statistical tables (百万) for amounts that no myriad gives in whole numbers
    /// of up to four digits (see `ChartNumberFormat.magnitude`).
    var myriads = false

    enum CurrencyPosition { case code, symbol }

    init(language: String) {
        let primary = Script.primarySubtag(of: language)
        let million = 1e6, billion = 1e9, trillion = 1e12
        func tiers(_ words: [(Double, String)]) -> [Magnitude] { words.map { Magnitude(factor: $0.0, word: $0.1) } }
        switch primary {
        case "en":
            self.tiers = tiers([(million, "million"), (billion, "billion"), (trillion, "trillion")])
            currencyFirst = true
        case "fr":
            self.tiers = tiers([(million, "M"), (billion, "Md")])
            percentSpace = "\u{202F}"
        case "de":
            self.tiers = tiers([(million, "Mio."), (billion, "Mrd."), (trillion, "Bio.")])
            percentSpace = "\u{00A0}"
        case "es":
            self.tiers = tiers([(million, "M"), (billion, "mil\u{00A0}M")])
            percentSpace = "\u{00A0}"
        case "it":
            self.tiers = tiers([(million, "Mln"), (billion, "Mld"), (trillion, "Bln")])
        case "pt":
            self.tiers = tiers([(million, "mi"), (billion, "bi"), (trillion, "tri")])
        case "ru":
            self.tiers = tiers([(million, "млн"), (billion, "млрд"), (trillion, "трлн")])
            percentSpace = "\u{00A0}"
        case "vi":
            self.tiers = tiers([(million, "triệu"), (billion, "tỷ"), (trillion, "nghìn\u{00A0}tỷ")])
        case "lo":
            self.tiers = tiers([(million, "ລ້ານ"), (billion, "ຕື້"), (trillion, "ລ້ານລ້ານ")])
        case "th":
            self.tiers = tiers([(million, "ล้าน"), (billion, "พันล้าน"), (trillion, "ล้านล้าน")])
        case "km":
            self.tiers = tiers([(million, "លាន"), (billion, "ប៊ីលាន"), (trillion, "ទ្រីលាន")])
        case "my":
            self.tiers = tiers([(million, "သန်း"), (billion, "ဘီလီယံ"), (trillion, "ထရီလီယံ")])
        case "ar":
            self.tiers = tiers([(million, "مليون"), (billion, "مليار"), (trillion, "تريليون")])
        case "fa":
            // Iranian budget tables count a trillion as a thousand milliards.
            self.tiers = tiers([(million, "میلیون"), (billion, "میلیارد"), (trillion, "هزار\u{00A0}میلیارد")])
        case "el":
            self.tiers = tiers([(million, "εκατ."), (billion, "δισ."), (trillion, "τρισ.")])
        case "nl":
            self.tiers = tiers([(million, "mln"), (billion, "mld"), (trillion, "bln")])
            currencyFirst = true
        case "pl":
            self.tiers = tiers([(million, "mln"), (billion, "mld"), (trillion, "bln")])
        case "cs":
            self.tiers = tiers([(million, "mil."), (billion, "mld."), (trillion, "bil.")])
            percentSpace = "\u{00A0}"
        case "uk":
            self.tiers = tiers([(million, "млн"), (billion, "млрд"), (trillion, "трлн")])
            percentSpace = "\u{00A0}"
        case "tr":
            self.tiers = tiers([(million, "milyon"), (billion, "milyar"), (trillion, "trilyon")])
            percentFirst = true
        case "id":
            self.tiers = tiers([(million, "juta"), (billion, "miliar"), (trillion, "triliun")])
            currencyFirst = true
        case "hi":
            // Indian figures count in lakhs (10⁵) and crores (10⁷), and in lakh crores (10¹²)
            // past a hundred thousand crores, as the Union Budget does: "₹5 लाख करोड़".
            self.tiers = tiers([(1e5, "लाख"), (1e7, "करोड़"), (trillion, "लाख\u{00A0}करोड़")])
            currencyFirst = true
        case "ja":
            self.tiers = tiers([(1e4, "万"), (million, "百万"), (1e8, "億"), (trillion, "兆")])
            joinsWord = true
            joinsUnit = true
            myriads = true
        case "zh":
            self.tiers = tiers([(1e4, "万"), (million, "百万"), (1e8, "亿"), (trillion, "万亿")])
            joinsWord = true
            joinsUnit = true
            myriads = true
        case "ko":
            self.tiers = tiers([(1e4, "만"), (million, "백만"), (1e8, "억"), (trillion, "조")])
            joinsWord = true
            myriads = true
        default:
            // No words known: powers of ten read the same in every language.
            self.tiers = [6, 9, 12].map { Magnitude(factor: pow(10, Double($0)), word: ChartNumberFormat.timesTen($0)) }
        }
    }

    /// Whether `unit` is an ISO 4217 code (three capital letters) or a currency symbol.
    static func currencyPosition(of unit: String) -> CurrencyPosition? {
        if unit.count == 3 && unit.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) { return .code }
        return ["$", "€", "£", "¥", "₹"].contains(unit) ? .symbol : nil
    }
}
