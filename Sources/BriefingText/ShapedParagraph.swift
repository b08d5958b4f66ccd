import BriefingNative

/// A character no font of the set could draw, at its byte offset in the paragraph.
public struct MissingCharacter: Sendable, Equatable {
    public var offset: Int
    public var scalar: Unicode.Scalar
    public var tag: Int
}

/// A paragraph shaped once on an unbroken line, with its break opportunities and a
/// constant-time measure of any candidate line: what a line breaker works on.
public struct ShapedParagraph {
    let shaped: ShapedText
    let bytes: [UInt8]
    /// `prefixWidth[b]` is the width of all clusters that start before byte `b`.
    let prefixWidth: [Double]
    /// `prefixSpaces[b]` counts the stretchable spaces that start before byte `b`.
    let prefixSpaces: [Int32]
    /// The average advance of the paragraph's spaces, what justification stretches.
    public let spaceWidth: Double
    /// Byte offset of each character, and whether it is white space.
    let characterOffsets: [Int]
    let whiteSpace: [Bool]
    /// The hyphen a line broken inside a word ends with, in the paragraph's last font.
    let hyphen: LineRun?

    public let byteCount: Int
    /// Places where a line may end, in order, excluding the paragraph's end.
    public private(set) var breakpoints: [Breakpoint]
    /// Grapheme boundaries, for the rare word wider than a whole line.
    public let graphemeBoundaries: [Int]
    public let missing: [MissingCharacter]
    public let language: String
    /// The text as shaped: the spans' text after the language's typographic conventions.
    public var text: String { shaped.text }

    /// - Parameters:
    ///   - glue: byte offsets where no line may break (see `Typography.glue`).
    ///   - names: byte ranges of names, whose dictionary breaks are a last resort.
    ///   - extraBreaks: byte offsets where a line may break though the script's rules do
    ///     not allow it (inside web addresses).
    init(shaped: ShapedText, language: String, hyphen: LineRun?, extraBreaks: [Int] = [], hyphenPoints: [Int],
         glue: Set<Int>, names: [Range<Int>]) {
        self.shaped = shaped
        self.language = language
        self.hyphen = hyphen
        bytes = Array(shaped.text.utf8)
        byteCount = bytes.count

        var widths = [Double](repeating: 0, count: bytes.count + 1)
        var missing: [MissingCharacter] = []
        for run in shaped.runs {
            for glyph in run.glyphs {
                widths[glyph.cluster] += glyph.advance
                if glyph.isMissing, let scalar = String(decoding: bytes[glyph.cluster...].prefix(4), as: UTF8.self).unicodeScalars.first {
                    missing.append(MissingCharacter(offset: glyph.cluster, scalar: scalar, tag: run.tag))
                }
            }
        }
        var sum = 0.0
        prefixWidth = widths.map { width in
            defer { sum += width }
            return sum
        }
        var spaces: Int32 = 0
        var spaceAdvance = 0.0
        var counts = [Int32](repeating: 0, count: bytes.count + 1)
        for offset in 0..<bytes.count {
            counts[offset] = spaces
            if Self.isStretchable(bytes, offset) {
                spaces += 1
                spaceAdvance += widths[offset]
            }
        }
        counts[bytes.count] = spaces
        prefixSpaces = counts
        let size = shaped.runs.first?.font.size ?? 10
        spaceWidth = spaces > 0 ? max(spaceAdvance / Double(spaces), size * 0.2) : size * 0.25
        self.missing = missing
        characterOffsets = shaped.characters.map(\.byteOffset)
        whiteSpace = shaped.characters.map(\.isWhite)
        var boundary = 0
        graphemeBoundaries = shaped.text.map { character in
            boundary += character.utf8.count
            return boundary
        }.dropLast()
        var ordinary = Self.findBreakpoints(shaped, language: language, names: names)
            .filter { !glue.contains($0.offset) }
        let found = Set(ordinary.map(\.offset))
        ordinary += extraBreaks.filter { !found.contains($0) }.map { Breakpoint(offset: $0, kind: .normal) }
        // A hyphen may go only between clusters (never inside a ligature) and where
        // no ordinary break already is.
        let clusterStarts = Set(shaped.runs.flatMap { $0.glyphs.map(\.cluster) })
        let taken = Set(ordinary.map(\.offset))
        let hyphens = hyphenPoints.filter { clusterStarts.contains($0) && !taken.contains($0) }
            .map { Breakpoint(offset: $0, kind: .hyphen) }
        breakpoints = (ordinary + hyphens).sorted { $0.offset < $1.offset }
    }

    /// Pango's break opportunities, except next to a letter of a script written without
    /// spaces (Thai, Lao, Khmer, Burmese), where ICU's dictionary decides: Pango finds
    /// none for Lao, Khmer and Burmese, and cuts Thai compounds (ชาย|แดน) that ICU keeps.
    /// A dictionary break between two letters of a name is `insideName`.
    private static func findBreakpoints(_ shaped: ShapedText, language: String, names: [Range<Int>]) -> [Breakpoint] {
        let scripts = shaped.characters.map { Script.of($0.scalar)?.needsDictionaryBreaks == true }
        var dictionary = Set<Int>()
        if scripts.contains(true) {
            var characterAtUTF16: [Int: Int] = [:]
            var utf16 = 0
            for (index, character) in shaped.characters.enumerated() {
                characterAtUTF16[utf16] = index
                utf16 += character.scalar.utf16.count
            }
            for boundary in LineBreakIterator.boundaries(in: shaped.text, locale: language) {
                if let index = characterAtUTF16[boundary] { dictionary.insert(index) }
            }
        }
        // Korean is written with spaces between words, and modern Korean typesetting
        // breaks there ("keep-all"), not between any two syllables as UAX #14 allows, nor
        // ever between a syllable and a digit or letter of the same word ("9월", "DTP3를").
        // Between two syllables a justified line may still break (`insideWord`) rather
        // than gape, as Korean print does in narrow columns.
        let keepAll = Script.of(language: language) == .korean
        var result: [Breakpoint] = []
        for (index, character) in shaped.characters.enumerated().dropFirst() {
            let byDictionary = scripts[index] || scripts[index - 1]
            let allowed = byDictionary ? dictionary.contains(index) : character.isLineBreak
            let previous = shaped.characters[index - 1].scalar
            func isHangul(_ scalar: Unicode.Scalar) -> Bool { Script.of(scalar) == .korean }
            func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
                isHangul(scalar) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if keepAll && allowed && (isHangul(character.scalar) || isHangul(previous))
                && isWordPart(character.scalar) && isWordPart(previous) {
                if isHangul(character.scalar) && isHangul(previous) {
                    result.append(Breakpoint(offset: character.byteOffset, kind: .insideWord))
                }
                continue
            }
            guard allowed else { continue }
            let offset = character.byteOffset
            let inName = byDictionary && !shaped.characters[index - 1].isWhite && !character.isWhite
                && names.contains { $0.lowerBound < offset && offset < $0.upperBound }
            // After a soft hyphen the line ends with a visible one, as any hyphenation.
            let kind: Breakpoint.Kind = previous == "\u{00AD}" ? .hyphen : inName ? .insideName : .normal
            result.append(Breakpoint(offset: offset, kind: kind))
        }
        return result
    }

    /// Whether the language allows a line to end at byte `offset` (breakpoints are sorted).
    public func allowsBreak(at offset: Int) -> Bool {
        let low = breakpoints.partitioningIndex { $0.offset >= offset }
        return low < breakpoints.count && breakpoints[low].offset == offset
    }

    /// Whether a word cut at `offset` (a grapheme boundary inside a word wider than the
    /// line) should end its line with a hyphen, as a typesetter would: between two
    /// letters of a script written with hyphens (Latin, Greek, Cyrillic).
    public func takesHyphen(at offset: Int) -> Bool {
        guard hyphen != nil, offset > 0, offset < byteCount else { return false }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let before = String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.first
        var end = offset + 1
        while end < byteCount && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let after = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first
        return [before, after].allSatisfy { scalar in
            guard let scalar, scalar.properties.isAlphabetic else { return false }
            return [.latin, .greek, .cyrillic].contains(Script.of(scalar))
        }
    }

    /// The natural width of the line from `start` to `end`, without trailing spaces.
    public func lineWidth(from start: Int, to end: Int, hyphen: Bool) -> Double {
        let trimmed = trimmedEnd(start: start, end: end)
        return prefixWidth[trimmed] - prefixWidth[start] + (hyphen ? self.hyphen?.width ?? 0 : 0)
    }

    /// The same paragraph with only the break opportunities `keep` accepts (given the
    /// byte offset of each): headings in Chinese and Japanese break between phrases.
    public func keepingBreaks(where keep: (Int) -> Bool) -> ShapedParagraph {
        var copy = self
        copy.breakpoints = breakpoints.filter { keep($0.offset) }
        return copy
    }

    /// How many spaces justification may stretch on the line from `start` to `end`
    /// (trailing spaces excluded).
    public func stretchableSpaces(from start: Int, to end: Int) -> Int {
        Int(prefixSpaces[trimmedEnd(start: start, end: end)] - prefixSpaces[start])
    }

    /// An ordinary or no-break space: what justification stretches.
    static func isStretchable(_ bytes: [UInt8], _ offset: Int) -> Bool {
        bytes[offset] == 0x20 || (bytes[offset] == 0xC2 && offset + 1 < bytes.count && bytes[offset + 1] == 0xA0)
    }

    /// The width of the whole paragraph on one line.
    public var naturalWidth: Double { lineWidth(from: 0, to: byteCount, hyphen: false) }

    /// The widest piece between two break opportunities: the narrowest a column
    /// holding this text can be without breaking inside a word.
    public var widestWord: Double {
        var widest = 0.0
        var start = 0
        for offset in breakpoints.filter({ !$0.isInsideWord }).map(\.offset) + [byteCount] {
            widest = max(widest, lineWidth(from: start, to: offset, hyphen: false))
            start = offset
        }
        return widest
    }

    /// The same paragraph with its hyphenation points kept only inside words wider
    /// than `width`: a word that cannot fit is hyphenated where its language allows, and
    /// ragged lines that fit without hyphens are left without them.
    public func hyphenating(wordsWiderThan width: Double) -> ShapedParagraph {
        var copy = self
        var start = 0
        var kept: [Breakpoint] = []
        var hyphens: [Breakpoint] = []
        func endWord(at end: Int) {
            if lineWidth(from: start, to: end, hyphen: false) > width { kept += hyphens }
            hyphens = []
            start = end
        }
        for point in breakpoints {
            if point.isInsideWord {
                hyphens.append(point)
            } else {
                endWord(at: point.offset)
                kept.append(point)
            }
        }
        endWord(at: byteCount)
        copy.breakpoints = kept
        return copy
    }

    func trimmedEnd(start: Int, end: Int) -> Int {
        var index = characterIndex(atOrAfter: end) - 1
        var trimmed = end
        while index >= 0, characterOffsets[index] >= start, whiteSpace[index] {
            trimmed = characterOffsets[index]
            index -= 1
        }
        return trimmed
    }

    /// Index of the first character whose offset is at least `offset`.
    func characterIndex(atOrAfter offset: Int) -> Int {
        characterOffsets.partitioningIndex { $0 >= offset }
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
