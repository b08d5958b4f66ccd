/// The typographic conventions of section 5b of the format, applied to a paragraph
/// before shaping: they change characters, never markup.
public enum Typography {
    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"

    /// Returns the scalars with spaces replaced where no line may break.
    ///
    /// In French, the space before `; ! ?` and `»` and after `«` becomes a narrow
    /// no-break space, and before `:` a no-break space; in every language the space
    /// between a number and the word or symbol after it ("5 milliards", "50 %"), and
    /// between a currency code and a number ("USD 5"), does not break.
    public static func apply(to scalars: [Unicode.Scalar], language: String) -> [Unicode.Scalar] {
        let french = language.lowercased().hasPrefix("fr")
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
            } else if let before, let after, isNumberUnitPair(scalars, space: index, before: before, after: after) {
                result[index] = after.properties.numericType != nil || after == "%" ? narrowNoBreakSpace : noBreakSpace
            }
        }
        return result
    }

    private static func isNumberUnitPair(_ scalars: [Unicode.Scalar], space: Int,
                                         before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        let digitBefore = before.properties.numericType != nil
        if digitBefore && (after.properties.isAlphabetic || after.properties.numericType != nil
                           || after == "%" || after.properties.generalCategory == .currencySymbol) {
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

    /// Indices of the scalars before which no line may break although the script's
    /// rules would allow it: between a number and the Chinese or Japanese unit
    /// around it ("2025年11月14日", "1,570万ドル", "第5回").
    public static func glue(_ scalars: [Unicode.Scalar]) -> Set<Int> {
        var glued = Set<Int>()
        for index in scalars.indices.dropFirst() {
            let before = scalars[index - 1]
            let after = scalars[index]
            let digitBefore = before.properties.numericType == .decimal
            let digitAfter = after.properties.numericType == .decimal
            if (digitBefore && isHanOrKana(after)) || (isHanOrKana(before) && digitAfter) {
                glued.insert(index)
            }
        }
        return glued
    }

    private static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        switch Script.of(scalar) {
        case .hanSimplified, .hanTraditional, .japanese: true
        default: false
        }
    }
}
