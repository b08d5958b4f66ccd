import BriefingText

/// Phrases of Chinese and Japanese, which may break between any two characters: where a
/// running header is best cut short, and what a table column keeps whole.
extension LayoutContext {
    /// Characters after which a Chinese or Japanese phrase ends, besides those
    /// `Typography.phraseStarts` knows: spaces, the middle dot between the parts of a
    /// foreign name, and punctuation.
    static let phraseEnds: Set<Character> = [" ", "\u{3000}", "・", "、", "。", "，", "：", "；", "！", "？", "/"]

    /// Whether text in `language` is Chinese or Japanese.
    static func writesPhrases(_ language: String) -> Bool {
        Script.of(language: language).writesPhrases
    }

    /// Byte offsets in `text` where a phrase starts.
    static func phraseBoundaries(in text: String) -> Set<Int> {
        var boundaries = Typography.phraseStarts(in: text)
        var offset = 0
        for character in text {
            offset += character.utf8.count
            if phraseEnds.contains(character) { boundaries.insert(offset) }
        }
        return boundaries
    }

    /// The width `cell` needs to keep its words whole: its widest word, or in Chinese and
    /// Japanese its widest phrase (a name, a status, a heading, a part of a name between
    /// its dots), counting at most `cap` for a phrase: a longer one is prose, which may
    /// break anywhere. Measured by characters, a column could set a name or a two-character
    /// heading one character per line.
    static func wordWidth(_ cell: ShapedParagraph, cap: Double) -> Double {
        phrases(of: cell).reduce(cell.widestWord) { widest, phrase in
            max(widest, min(cap, cell.lineWidth(from: phrase.lowerBound, to: phrase.upperBound, hyphen: false)))
        }
    }

    /// `cell` to be broken between its phrases, and inside only those wider than `width`:
    /// a name or a status wraps whole onto the next line rather than leave a character
    /// behind ("ベトナ / ム").
    static func keepingPhrases(_ cell: ShapedParagraph, within width: Double) -> ShapedParagraph {
        guard writesPhrases(cell.language) else { return cell }
        let wide = phrases(of: cell).filter { cell.lineWidth(from: $0.lowerBound, to: $0.upperBound, hyphen: false) > width }
        let starts = phraseBoundaries(in: cell.text)
        return cell.keepingBreaks { offset in
            starts.contains(offset) || wide.contains { $0.lowerBound < offset && offset < $0.upperBound }
        }
    }

    /// The byte ranges of a Chinese or Japanese paragraph's phrases, between phrase
    /// boundaries where a line may break; none in other scripts.
    private static func phrases(of cell: ShapedParagraph) -> [Range<Int>] {
        guard writesPhrases(cell.language) else { return [] }
        let ends = phraseBoundaries(in: cell.text).filter { $0 > 0 && $0 < cell.byteCount && cell.allowsBreak(at: $0) }
        var ranges: [Range<Int>] = []
        var start = 0
        for end in ends.sorted() + [cell.byteCount] {
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}
