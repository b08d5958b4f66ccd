import BriefingNative

/// Slices a shaped paragraph into finished lines: glyphs cut at the breaks, runs put
/// in visual order (Unicode bidi rule L2), spaces stretched when justifying.
extension ShapedParagraph {
    /// Justified lines stretch their spaces at most this many ems; a line that would
    /// need more (few spaces, as in Lao or Thai) is set ragged instead of gappy.
    static let maximumSpaceStretch = 1.2

    func line(range: Range<Int>, width: Double, justify: Bool, isLast: Bool,
              hyphenRun: LineRun?) -> TextLine {
        let end = trimmedEnd(start: range.lowerBound, end: range.upperBound)
        let visible = range.lowerBound..<end
        var pieces: [(run: ShapedRun, glyphs: [ShapedGlyph])] = []
        for run in shaped.runs where run.range.overlaps(visible) {
            let glyphs = Array(run.glyphs(in: visible))
            if !glyphs.isEmpty { pieces.append((run, glyphs)) }
        }
        pieces = Self.visualOrder(pieces, rightToLeft: shaped.rightToLeft)

        let natural = prefixWidth[end] - prefixWidth[range.lowerBound] + (hyphenRun?.width ?? 0)
        var stretch = 0.0
        if justify && !isLast {
            let spaces = pieces.reduce(0) { count, piece in
                count + piece.glyphs.filter { isStretchable($0.cluster) }.count
            }
            let size = pieces.first?.run.font.size ?? 10
            if spaces > 0 {
                let perSpace = (width - natural) / Double(spaces)
                if perSpace > 0 && perSpace <= Self.maximumSpaceStretch * size { stretch = perSpace }
            }
        }

        var runs: [LineRun] = []
        var pen = 0.0
        for piece in pieces {
            let start = pen
            var glyphs: [LineGlyph] = []
            var kept: [ShapedGlyph] = []
            glyphs.reserveCapacity(piece.glyphs.count)
            kept.reserveCapacity(piece.glyphs.count)
            for glyph in piece.glyphs {
                if !glyph.isEmpty {
                    glyphs.append(LineGlyph(id: glyph.isMissing ? 0 : glyph.id, x: pen + glyph.xOffset, y: glyph.yOffset))
                    kept.append(glyph)
                }
                pen += glyph.advance + (stretch > 0 && isStretchable(glyph.cluster) ? stretch : 0)
            }
            guard !kept.isEmpty else { continue }
            let pieceRange = max(piece.run.range.lowerBound, visible.lowerBound)..<min(piece.run.range.upperBound, visible.upperBound)
            runs.append(LineRun(
                font: piece.run.font, glyphs: glyphs, text: text(pieceRange),
                clusters: Self.clusters(of: kept, in: pieceRange, rightToLeft: piece.run.isRightToLeft,
                                        text: bytes),
                backward: piece.run.isRightToLeft, tag: piece.run.tag, x: start, width: pen - start))
        }
        if var hyphenRun {
            hyphenRun.glyphs = hyphenRun.glyphs.map { LineGlyph(id: $0.id, x: $0.x + pen, y: $0.y) }
            hyphenRun.x = pen
            pen += hyphenRun.width
            runs.append(hyphenRun)
        }
        return TextLine(runs: runs, width: pen, naturalWidth: natural, range: range,
                        endsWithHyphen: hyphenRun != nil, isLast: isLast)
    }

    private func isStretchable(_ offset: Int) -> Bool {
        Self.isStretchable(bytes, offset)
    }

    /// Reverses, from the highest level down to the lowest odd one, every sequence of
    /// runs at that level or above (UAX #9, rule L2).
    static func visualOrder<Piece>(_ pieces: [(run: ShapedRun, glyphs: Piece)], rightToLeft: Bool)
        -> [(run: ShapedRun, glyphs: Piece)] {
        guard let highest = pieces.map(\.run.level).max() else { return pieces }
        let lowestOdd = (pieces.map(\.run.level).min() ?? 0) | 1
        guard highest >= lowestOdd else { return pieces }
        var ordered = pieces
        for level in stride(from: highest, through: lowestOdd, by: -1) {
            var index = 0
            while index < ordered.count {
                guard ordered[index].run.level >= level else { index += 1; continue }
                var end = index
                while end < ordered.count && ordered[end].run.level >= level { end += 1 }
                ordered[index..<end].reverse()
                index = end
            }
        }
        return ordered
    }

    /// Maps text bytes onto glyphs for Cairo: one cluster per distinct glyph cluster,
    /// each owning the bytes up to the next, listed in text order (for right-to-left
    /// runs, glyphs are then counted from the end, as Cairo's backward flag says).
    /// Empty when each glyph is exactly one character, in order (most Latin text), which
    /// `LineRun.clusters` documents and the renderer expands: it saves a third of the
    /// memory a long document's glyphs take.
    static func clusters(of glyphs: [ShapedGlyph], in range: Range<Int>, rightToLeft: Bool, text: [UInt8]) -> [TextCluster] {
        if !rightToLeft && isOneGlyphPerCharacter(glyphs, in: range, text: text) { return [] }
        var groups: [(cluster: Int, count: Int)] = []
        for glyph in rightToLeft ? glyphs.reversed() : glyphs {
            if let last = groups.last, last.cluster == glyph.cluster {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((glyph.cluster, 1))
            }
        }
        // Merge groups that are out of text order (rare reorderings) into their predecessor.
        var ordered: [(cluster: Int, count: Int)] = []
        for group in groups {
            if let last = ordered.last, group.cluster <= last.cluster {
                ordered[ordered.count - 1].count += group.count
            } else {
                ordered.append(group)
            }
        }
        return ordered.enumerated().map { index, group in
            let start = index == 0 ? range.lowerBound : group.cluster
            let end = index + 1 < ordered.count ? ordered[index + 1].cluster : range.upperBound
            return TextCluster(bytes: end - start, glyphs: group.count)
        }
    }

    private static func isOneGlyphPerCharacter(_ glyphs: [ShapedGlyph], in range: Range<Int>, text: [UInt8]) -> Bool {
        var offset = range.lowerBound
        for glyph in glyphs {
            guard glyph.cluster == offset else { return false }
            // The length of the UTF-8 sequence that starts here.
            let lead = text[offset]
            offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        return offset == range.upperBound
    }
}
