/// Where the script's own break rules (UAX #14, ICU's dictionaries) allow a break
/// that a typesetter would not take: inside numbers and between a number and what
/// belongs to it, and before marks that may never start a line.
extension Typography {
    /// Indices of the scalars before which no line may break.
    ///
    /// - inside a number: fullwidth digits are ideographs to UAX #14, which lets
    ///   "２０２８" break anywhere, and "１，２００" at its separators;
    /// - between a number and the Chinese, Japanese or Korean unit around it
    ///   ("2025年11月14日", "1,570万ドル", "第5回", "9월", "１５ｋｍ", "１８％"), and
    ///   inside a word of fullwidth capitals ("ＴＥＵ"); before a number, only a counter
    ///   or the ordinal prefix 第 holds on to it: "約｜９０分" may break, or ragged
    ///   Japanese lines would end a whole phrase early;
    /// - between a sign and its number ("±18", "(–14 m)", "－１４"), the dash being
    ///   a sign only where no letter or digit comes before it ("3–6" is a range);
    ///   a unit may be a run of counters ("１，２００億円", "１６００万ＴＥＵ");
    /// - before the Thai, Lao and Khmer repetition marks, which ICU lets start a line;
    /// - after the slash of a compound unit ("m³/s", "km/h", "USD/t");
    /// - before a spaced dash, which joins what stands either side ("Viet Nam – Laos",
    ///   "défense – sécurité"): it ends a line rather than start the next;
    /// - after a hyphen inside one of `addresses` (see `addressRanges`): "https://eur-" at
    ///   a line end reads as a hyphenated word, and the address copied from it is wrong.
    public static func glue(_ scalars: [Unicode.Scalar], addresses: [Range<Int>]) -> Set<Int> {
        var glued = hyphens(in: addresses, of: scalars)
        // Whether the scalar before `index` is a digit or a counter written after one.
        var number = false
        for index in scalars.indices.dropFirst() {
            let before = scalars[index - 1]
            let after = scalars[index]
            number = isDigit(before) || (number && isCounter(before))
            // Between letters and spaces of alphabetic scripts, the bulk of most text,
            // none of the rules below applies.
            if !number && before != "/" && (after == " " || ("a"..."z").contains(after) || ("A"..."Z").contains(after)) {
                continue
            }
            if number && (isDigit(after) || belongsToNumber(after) && (isDigit(before) || isCounter(after))) {
                glued.insert(index)
            } else if isDigit(after) && (isCounter(before) || before == "第" || before == "제"
                                         || isSign(at: index - 1, in: scalars)) {
                glued.insert(index)
            } else if isNumberSeparator(after), isDigit(before), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                glued.insert(index)
            } else if isNumberSeparator(before), index >= 2, isDigit(scalars[index - 2]), isDigit(after) {
                glued.insert(index)
            } else if isFullwidthLetter(before) && isFullwidthLetter(after) {
                glued.insert(index)
            } else if neverStartsLine(after) || (before == "/" && isShortUnit(after: index, in: scalars)) {
                glued.insert(index)
            } else if (after == "\u{2013}" || after == "\u{2014}") && before == " "
                        && index + 1 < scalars.count && scalars[index + 1] == " " {
                glued.insert(index)
            }
        }
        return glued
    }

    /// The positions after each hyphen inside a web or mail address.
    private static func hyphens(in addresses: [Range<Int>], of scalars: [Unicode.Scalar]) -> Set<Int> {
        var glued = Set<Int>()
        for range in addresses {
            for index in range where scalars[index] == "-" && index + 1 < range.upperBound {
                glued.insert(index + 1)
            }
        }
        return glued
    }

    /// Where a web or mail address may break though the script's rules do not allow it:
    /// before a hyphen, dot, underscore or the punctuation of a query, as the Chicago
    /// Manual advises, so that the mark starts the next line and cannot be taken for a
    /// hyphen that ends a word; never in the scheme's `://` nor at the address's ends.
    static func breaks(in addresses: [Range<Int>], of scalars: [Unicode.Scalar]) -> [Int] {
        addresses.flatMap { range in
            range.dropFirst().filter { index in
                "-._?#%&=~".unicodeScalars.contains(scalars[index]) && index + 1 < range.upperBound
                    && scalars[index - 1] != "/" && scalars[index - 1] != ":"
            }
        }
    }

    /// The stretches between spaces that are web or mail addresses: with a scheme's
    /// `://`, an `@`, starting with `www.`, or a host name and a path. They are never hyphenated, and never
    /// broken after their own hyphens: "https://eur-" or "press-" at a line end reads as
    /// a hyphenated word, and the address copied from it is wrong.
    static func addressRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            var end = start
            // What the token holds that may make it an address; most words hold none.
            var marked = false
            var slash = false
            while end < scalars.count && !isSpace(scalars[end]) {
                let scalar = scalars[end]
                if scalar == "@" || (scalar == ":" && scalars[end...].starts(with: "://".unicodeScalars)) { marked = true }
                if scalar == "/" { slash = true }
                end += 1
            }
            // Without the brackets, quotation marks and final punctuation around it.
            var first = start
            while first < end && "([{«\"'“‘„".unicodeScalars.contains(scalars[first]) { first += 1 }
            var last = end
            while last > first && ")]}»\"'”’.,;:!?".unicodeScalars.contains(scalars[last - 1]) { last -= 1 }
            let token = scalars[first..<last]
            if marked || token.starts(with: "www.".unicodeScalars) || (slash && isHostAndPath(token)) {
                ranges.append(first..<last)
            }
            start = end + 1
        }
        return ranges
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" || scalar == "\n" : scalar.properties.isWhitespace
    }

    /// A host name and a path without a scheme ("gov.example.org/agreement"): before the
    /// first slash, names of two letters or more joined by dots, the last all letters (a
    /// top-level domain). "U.S./EU" and "e.g./i.e." are not addresses.
    private static func isHostAndPath(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let slash = token.firstIndex(of: "/") else { return false }
        let labels = token[..<slash].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let domain = labels.last, domain.count >= 2,
              domain.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        return labels.allSatisfy { $0.count >= 2 || $0.allSatisfy { $0.properties.numericType != nil } }
    }

    /// What may follow a digit without a break: a Chinese, Japanese or Korean unit, a
    /// fullwidth letter or the fullwidth percent sign.
    private static func belongsToNumber(_ scalar: Unicode.Scalar) -> Bool {
        isUnitScript(scalar) || isFullwidthLetter(scalar) || scalar == "％"
    }

    /// Counters and units that follow a number and one another ("億円", "万人", "万ＴＥＵ").
    private static func isCounter(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (counters.contains(scalar) || isFullwidthLetter(scalar))
    }

    private static let counters = Set("年月日時时分秒円元万萬億亿兆個个件人名回号號倍台本枚社歳岁週周割％".unicodeScalars)

    /// The separators of a number's groups and decimals, ASCII and fullwidth.
    private static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == "，" || scalar == "．"
    }

    /// A plus, minus or plus-minus sign (ASCII, mathematical, fullwidth, or an en dash
    /// written as a minus) that starts a number rather than joining two words.
    /// After a Chinese or Japanese word ("輸出は＋２．５％") it is still a sign: those
    /// scripts write no spaces.
    static func isSign(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard signs.contains(scalars[index]) else { return false }
        guard index > 0 else { return true }
        let previous = scalars[index - 1]
        return !isDigit(previous) && (!previous.properties.isAlphabetic || isUnitScript(previous))
    }

    private static let signs = Set("±∓+−–－＋-".unicodeScalars)

    /// Fullwidth Latin letters, as Japanese and Chinese write abbreviations and units.
    private static func isFullwidthLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value)
    }

    /// The repetition marks ๆ ໆ ៗ, which repeat the word they follow.
    private static func neverStartsLine(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{0E46}" || scalar == "\u{0EC6}" || scalar == "\u{17D7}"
    }

    /// One to three letters after a slash that itself follows a letter, digit or
    /// superscript, and end a word: the denominator of a unit, not a path or a URL.
    private static func isShortUnit(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index >= 2 else { return false }
        let numerator = scalars[index - 2]
        guard numerator.properties.isAlphabetic || isDigit(numerator) || "²³".unicodeScalars.contains(numerator)
        else { return false }
        var end = index
        while end < scalars.count, end - index < 4, scalars[end].properties.isAlphabetic { end += 1 }
        let letters = end - index
        let endsWord = end == scalars.count || scalars[end].properties.isWhitespace
            || scalars[end].properties.generalCategory == .otherPunctuation
            || scalars[end].properties.generalCategory == .closePunctuation
        return (1...3).contains(letters) && endsWord
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
    }

    /// Han, kana and Hangul: the scripts whose units and counters are written against
    /// the number ("5年", "第5回", "9월").
    private static func isUnitScript(_ scalar: Unicode.Scalar) -> Bool {
        Script.of(scalar)?.isCJK == true
    }
}
