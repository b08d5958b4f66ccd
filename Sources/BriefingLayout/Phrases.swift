import BriefingText

/// Phrases of Chinese and Japanese, which may break between any two characters: where a
/// running header is best cut short.
extension LayoutContext {
    /// Characters after which a Chinese or Japanese phrase ends, besides those
    /// `Typography.phraseStarts` knows: spaces, the middle dot between the parts of a
    /// foreign name, and punctuation.
    static let phraseEnds: Set<Character> = [" ", "\u{3000}", "・", "、", "。", "，", "：", "；", "！", "？", "/"]

    /// Whether text in `language` is Chinese or Japanese.
    static func writesPhrases(_ language: String) -> Bool {
        [.japanese, .hanSimplified, .hanTraditional].contains(Script.of(language: language))
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
}
