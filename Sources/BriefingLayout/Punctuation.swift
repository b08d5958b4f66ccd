import BriefingText

/// The punctuation the renderer adds between pieces of text (lists of names, source
/// entries, "Figure 1 — Title", "Source: …"), in the conventions of each script.
extension LayoutContext {
    private var script: Script { Script.of(language: language) }
    private var isChineseOrJapanese: Bool { script.writesPhrases }

    /// ", " in most languages; the ideographic comma in Chinese and Japanese, the
    /// Arabic comma, and Burmese's own "၊".
    var listSeparator: String {
        if isChineseOrJapanese { return "、" }
        switch script {
        case .arabic: return "، "
        case .myanmar: return "၊ "
        default: return ", "
        }
    }

    /// Between two different fields, such as a source's publisher and its date: the
    /// list separator, except in Chinese, whose "、" only joins items of one list.
    var fieldSeparator: String {
        [.hanSimplified, .hanTraditional].contains(script) ? "，" : listSeparator
    }

    /// What ends a sentence of the renderer's own ("。" in Chinese and Japanese).
    var sentenceEnd: String {
        isChineseOrJapanese ? "。" : ". "
    }

    /// `sentenceEnd` after `text`, without its period when `text` already ends with one
    /// (an abbreviation: "22 марта 2024 г." takes no second period).
    func sentenceEnd(after text: String) -> String {
        let end = sentenceEnd
        guard let period = end.first, text.hasSuffix(String(period)) else { return end }
        return String(end.dropFirst())
    }

    /// Between a label and what it labels: "Source : " in French (with its no-break
    /// space), "出典：" in Japanese, "Source: " elsewhere.
    var labelSeparator: String {
        if isChineseOrJapanese { return "：" }
        return language.hasPrefix("fr") ? "\u{00A0}: " : ": "
    }

    /// "Figure 2 — " before a chart's title; "図2　" in Japanese.
    func figureLabel(_ number: Int) -> String {
        if isChineseOrJapanese { return "\(term(.figure))\(format.integer(number))\u{3000}" }
        return "\(term(.figure)) \(format.integer(number)) — "
    }

    /// A field set apart for the bidi algorithm (first-strong isolate) on right-to-left
    /// pages, so that a Latin publisher followed by a date does not pull the date's
    /// digits into its own direction ("World Bank, 1 مارس" stays in field order).
    func isolated(_ field: String) -> String {
        rightToLeft ? "\u{2068}\(field)\u{2069}" : field
    }
}
