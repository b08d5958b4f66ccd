/// The typographic conventions of section 5b of the format, applied to a paragraph
/// before shaping: they change characters, never markup.
public enum Typography {
    /// Titles written before a name, which a line never leaves behind at its end
    /// ("Mr | Teerapong Srisomboon", "Mme | Claire Duvernet").
    static let honorifics: Set<String> = [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Pr", "Sir", "Dame",
        "M.", "Mme", "Mlle", "Me", "H.E.", "S.E.", "Sr.", "Sra.", "Srta.", "Herr", "Frau",
        "Ông", "Bà", "Г-н", "Г-жа",
    ]

    /// `name` with the space after a leading title a no-break space: the title stays
    /// with the name it belongs to.
    public static func tyingHonorific(_ name: String) -> String {
        guard let space = name.firstIndex(of: " "), honorifics.contains(String(name[..<space])) else { return name }
        return name.replacingCharacters(in: space...space, with: "\u{00A0}")
    }

    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

    /// Returns the scalars with spaces replaced where no line may break.
    ///
    /// In French, the space before `; ! ?` and `»` and after `«` becomes a narrow
    /// no-break space, and before `:` a no-break space; in every language the space
    /// between a number and the word or symbol after it ("5 milliards", "50 %"), and
    /// between a currency code and a number ("USD 5"), and after a day or ordinal
    /// number written with a period ("31. März"), does not break; nor does the space
    /// inside guillemets ("« EDI cảng »"), which would leave a quotation mark alone at
    /// a line's end or start. In Czech, Slovak and Polish, the space after a one-letter
    /// word ("v", "z", "a", "i", "w") does not break either. Whichever guillemet comes first in the paragraph opens
    /// quotations: « in French or Vietnamese, » in German or Danish ("»Zitat«").
    public static func apply(to scalars: [Unicode.Scalar], language: String) -> [Unicode.Scalar] {
        let french = language.lowercased().hasPrefix("fr")
        let opening = scalars.first { $0 == "«" || $0 == "»" }
        let closing: Unicode.Scalar? = opening.map { $0 == "«" ? "»" : "«" }
        let primary = Script.primarySubtag(of: language)
        let ordinalDots = Self.ordinalDotLanguages.contains(primary)
        let oneLetterWords = Self.oneLetterWordLanguages.contains(primary)
        var result = scalars
        for index in scalars.indices where scalars[index] == " " {
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            if french, let after, [";", "!", "?", "»"].contains(after) {
                result[index] = narrowNoBreakSpace
            } else if french, after == ":" {
                result[index] = noBreakSpace
            } else if french, before == "«" {
                result[index] = noBreakSpace
            } else if opening != nil, before == opening || after == closing {
                result[index] = noBreakSpace
            } else if let before, let after, isNumberUnitPair(scalars, space: index, before: before, after: after) {
                result[index] = after.properties.numericType != nil || after == "%" ? narrowNoBreakSpace : noBreakSpace
            } else if ordinalDots, let after, after.properties.isAlphabetic, isOrdinal(scalars, before: index) {
                result[index] = noBreakSpace
            } else if oneLetterWords, after != nil, isOneLetterWord(scalars, before: index) {
                result[index] = noBreakSpace
            }
        }
        return result
    }

    /// Languages that write ordinals and days with a period ("31. März", "3. Sitzung").
    static let ordinalDotLanguages: Set<String> = ["de", "da", "nb", "nn", "no", "fi", "is", "cs", "sk", "sl", "hr",
                                                  "sr", "bs", "hu", "tr", "et", "lv", "pl"]

    /// Languages whose typesetting keeps a one-letter preposition or conjunction with the
    /// word after it (Czech "v Praze", "k jednání", Polish "w Warszawie", "i dalej"): a line
    /// never ends with one (ČSN 01 6910; Polish publishers' rule against "sieroty").
    static let oneLetterWordLanguages: Set<String> = ["cs", "sk", "pl"]

    /// Whether the scalar before `space` is a word of one letter: a letter after the start
    /// of the paragraph, a space or an opening bracket or quotation mark.
    private static func isOneLetterWord(_ scalars: [Unicode.Scalar], before space: Int) -> Bool {
        guard space >= 1, scalars[space - 1].properties.isAlphabetic else { return false }
        guard space >= 2 else { return true }
        let previous = scalars[space - 2]
        return previous == " " || previous == noBreakSpace || "([„“‚‘«»\"'".unicodeScalars.contains(previous)
    }

    /// A one- or two-digit number with a period, as German and the Nordic languages
    /// write days and ordinals ("31. März", "3. Sitzung"): it stays with its word.
    /// Years and other long numbers ending a sentence are not ordinals.
    private static func isOrdinal(_ scalars: [Unicode.Scalar], before space: Int) -> Bool {
        guard space >= 2, scalars[space - 1] == "." else { return false }
        var start = space - 1
        while start > 0, isDigit(scalars[start - 1]) { start -= 1 }
        let digits = space - 1 - start
        return (1...2).contains(digits) && (start == 0 || !scalars[start - 1].properties.isAlphabetic)
    }

    private static func isNumberUnitPair(_ scalars: [Unicode.Scalar], space: Int,
                                         before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        let digitBefore = before.properties.numericType != nil
        if digitBefore && (after.properties.isAlphabetic || after.properties.numericType != nil
                           || "%‰°".unicodeScalars.contains(after) || after.properties.generalCategory == .currencySymbol) {
            return true
        }
        // "USD 5", "€ 5": a currency code of capitals, or a currency symbol, then a number.
        if after.properties.numericType != nil {
            if before.properties.generalCategory == .currencySymbol { return true }
            var start = space
            while start > 0, scalars[start - 1].properties.isUppercase { start -= 1 }
            let boundary = start == 0 || !scalars[start - 1].properties.isAlphabetic
            return space - start == 3 && boundary
        }
        return false
    }

    /// The brackets and marks a Chinese or Japanese phrase starts before or ends after.
    private static let openingMarks = Set("（「『【〔《〈(".unicodeScalars)
    private static let closingMarks = Set("）」』】〕》〉)、。，．".unicodeScalars)

    /// Byte offsets in `text` that start a phrase of Chinese or Japanese: before an
    /// opening bracket, after a closing one or after 、。, and where kana gives way to
    /// kanji or katakana and back (not from kanji to hiragana: particles and verb
    /// endings stay with their word). An approximation of phrase segmentation
    /// (what BudouX learns) good enough to keep a heading's words whole.
    public static func phraseStarts(in text: String) -> Set<Int> {
        enum Kind { case han, hiragana, katakana, opening, closing, other }
        func kind(_ scalar: Unicode.Scalar) -> Kind {
            switch scalar.value {
            case 0x3040...0x309F: .hiragana
            case 0x30A0...0x30FF, 0x31F0...0x31FF: .katakana
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: .han
            default:
                if openingMarks.contains(scalar) { .opening }
                else if closingMarks.contains(scalar) { .closing }
                else { .other }
            }
        }
        var starts = Set<Int>()
        var offset = 0
        var previous: Kind?
        for scalar in text.unicodeScalars {
            let current = kind(scalar)
            if let previous {
                let boundary = switch (previous, current) {
                case (_, .opening), (.closing, _): true
                case (.hiragana, .han), (.hiragana, .katakana), (.katakana, .han), (.han, .katakana): true
                default: false
                }
                if boundary { starts.insert(offset) }
            }
            previous = current
            offset += scalar.utf8.count
        }
        return starts
    }
}
