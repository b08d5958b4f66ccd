import CPangoCairo

/// How one span of a paragraph's text should be shaped. Ranges are UTF-8 byte offsets.
public struct ShapingAttribute: Sendable {
    public var range: Range<Int>
    /// Comma-separated family list, in order of preference (one face per script).
    public var families: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    /// BCP 47 tag: picks language-specific glyph forms (Japanese vs Chinese) and breaks.
    public var language: String
    /// Extra space after each character, in points.
    public var letterSpacing: Double
    /// The caller's own index for this span, handed back on every run that came from it.
    public var tag: Int

    public init(range: Range<Int>, families: String, size: Double, bold: Bool = false, italic: Bool = false,
                language: String, letterSpacing: Double = 0, tag: Int) {
        self.range = range
        self.families = families
        self.size = size
        self.bold = bold
        self.italic = italic
        self.language = language
        self.letterSpacing = letterSpacing
        self.tag = tag
    }
}

/// One glyph as HarfBuzz placed it, in points.
public struct ShapedGlyph: Sendable, Equatable {
    public var id: UInt32
    public var advance: Double
    public var xOffset: Double
    public var yOffset: Double
    /// Byte offset, in the paragraph text, of the cluster this glyph belongs to.
    public var cluster: Int
    /// No font in the set has this character: drawn as nothing, reported as missing.
    public var isMissing: Bool
    /// A zero-width placeholder Pango emits for invisible characters.
    public var isEmpty: Bool
}

/// A maximal piece of text in one font, one direction and one span, glyphs in visual order.
public struct ShapedRun {
    public var range: Range<Int>
    /// Bidi embedding level: even is left-to-right, odd right-to-left.
    public var level: Int
    public var font: Font
    public var glyphs: [ShapedGlyph]
    public var tag: Int

    public var isRightToLeft: Bool { level % 2 == 1 }
    public var width: Double { glyphs.reduce(0) { $0 + $1.advance } }

    /// The glyphs whose clusters lie in `range`. HarfBuzz keeps clusters in order along
    /// a run (ascending, or descending when right to left), so two binary searches find
    /// them: filtering a run as long as a whole paragraph once per line or per span
    /// would take time in the square of the paragraph's length.
    public func glyphs(in range: Range<Int>) -> ArraySlice<ShapedGlyph> {
        /// The first index whose glyph comes at or after `offset` in the run's order.
        func boundary(_ offset: Int) -> Int {
            glyphs.partitioningIndex { isRightToLeft ? $0.cluster < offset : $0.cluster >= offset }
        }
        let (first, end) = isRightToLeft
            ? (boundary(range.upperBound), boundary(range.lowerBound))
            : (boundary(range.lowerBound), boundary(range.upperBound))
        // Clusters out of order (never seen from HarfBuzz) give nothing rather than a trap.
        return first <= end ? glyphs[first..<end] : []
    }
}

/// What Pango knows about the position before each character.
public struct CharacterBoundary: Sendable, Equatable {
    public var byteOffset: Int
    public var scalar: Unicode.Scalar
    public var isLineBreak: Bool
    public var isMandatoryBreak: Bool
    public var isWhite: Bool
    public var isCharBreak: Bool
}

/// A paragraph shaped once, on a single unbroken line.
///
/// The line breaker measures candidate lines on it and slices its runs into lines,
/// so shaping happens once per paragraph whatever the number of lines.
public struct ShapedText {
    public var text: String
    /// Runs in logical order.
    public var runs: [ShapedRun]
    /// One entry per Unicode scalar, in order.
    public var characters: [CharacterBoundary]
    public var rightToLeft: Bool

    /// Shapes `text` (which must not contain line separators) with `attributes`.
    public init(text: String, attributes: [ShapingAttribute], rightToLeft: Bool, in fonts: FontSystem) {
        self.text = text
        self.rightToLeft = rightToLeft
        let context = fonts.context
        pango_context_set_base_dir(context, rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR)
        let layout = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_auto_dir(layout, 0)
        let byteCount = text.utf8.count
        text.withCString { pango_layout_set_text(layout, $0, Int32(byteCount)) }

        let list = pango_attr_list_new()!
        defer { pango_attr_list_unref(list) }
        for attribute in attributes {
            Self.insert(attribute, into: list)
        }
        // One language attribute per stretch of text in a language, not one per span:
        // Pango filters its attribute lists in time that grows with their square.
        var start = 0
        for (index, attribute) in attributes.enumerated()
        where index + 1 == attributes.count || attributes[index + 1].language != attribute.language {
            let language = pango_attr_language_new(pango_language_from_string(attribute.language))!
            language.pointee.start_index = guint(attributes[start].range.lowerBound)
            language.pointee.end_index = guint(attribute.range.upperBound)
            pango_attr_list_insert(list, language)
            start = index + 1
        }
        pango_layout_set_attributes(layout, list)

        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += String(scalar).utf8.count
        }
        var count: Int32 = 0
        let logAttributes = pango_layout_get_log_attrs_readonly(layout, &count)
        characters = scalars.indices.map { index in
            let attribute = logAttributes![index]
            return CharacterBoundary(
                byteOffset: offsets[index], scalar: scalars[index],
                isLineBreak: attribute.is_line_break != 0,
                isMandatoryBreak: attribute.is_mandatory_break != 0,
                isWhite: attribute.is_white != 0,
                isCharBreak: attribute.is_char_break != 0)
        }

        var runs: [ShapedRun] = []
        if let line = pango_layout_get_line_readonly(layout, 0) {
            var node = line.pointee.runs
            while let current = node {
                let glyphItem = current.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
                if let run = Self.run(from: glyphItem, fonts: fonts) { runs.append(run) }
                node = current.pointee.next
            }
        }
        runs.sort { $0.range.lowerBound < $1.range.lowerBound }
        self.runs = Self.split(Self.mergingMarks(runs, text: text), at: attributes)
    }

    /// Gives every glyph the cluster of the grapheme (or stacked syllable) it belongs
    /// to. HarfBuzz may keep a vowel or tone mark (Lao, Thai, Khmer, Vietnamese) in a
    /// cluster of its own; PDF viewers then extract it apart from its base letter, out
    /// of order. One cluster per grapheme keeps copied text whole and lines from
    /// breaking inside a grapheme.
    private static func mergingMarks(_ runs: [ShapedRun], text: String) -> [ShapedRun] {
        var starts: [Int] = []
        var offset = 0
        var joinsNext = false
        for character in text {
            // A Khmer coeng or Burmese virama stacks the next consonant under this one:
            // the written syllable, not the grapheme, is what must stay one cluster.
            if !joinsNext { starts.append(offset) }
            joinsNext = character.unicodeScalars.last.map { $0 == "\u{17D2}" || $0 == "\u{1039}" } ?? false
            offset += character.utf8.count
        }
        func graphemeStart(of cluster: Int) -> Int {
            guard !starts.isEmpty else { return cluster }
            return starts[Swift.max(0, starts.partitioningIndex { $0 > cluster } - 1)]
        }
        return runs.map { run in
            var merged = run
            merged.glyphs = run.glyphs.map { glyph in
                var glyph = glyph
                glyph.cluster = max(run.range.lowerBound, graphemeStart(of: glyph.cluster))
                return glyph
            }
            return merged
        }
    }

    private static func insert(_ attribute: ShapingAttribute, into list: OpaquePointer) {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, attribute.families)
        pango_font_description_set_absolute_size(description, attribute.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, attribute.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, attribute.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        var created = [pango_attr_font_desc_new(description)!]
        pango_font_description_free(description)
        if attribute.letterSpacing != 0 {
            created.append(pango_attr_letter_spacing_new(Int32(attribute.letterSpacing * Double(PANGO_SCALE)))!)
        }
        for pointer in created {
            pointer.pointee.start_index = guint(attribute.range.lowerBound)
            pointer.pointee.end_index = guint(attribute.range.upperBound)
            pango_attr_list_insert(list, pointer)
        }
    }

    /// The run of one Pango glyph item; nil in the degenerate case of no font at all.
    private static func run(from glyphItem: UnsafeMutablePointer<PangoGlyphItem>, fonts: FontSystem) -> ShapedRun? {
        let item = glyphItem.pointee.item!.pointee
        let string = glyphItem.pointee.glyphs!.pointee
        let start = Int(item.offset)
        let scale = Double(PANGO_SCALE)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(string.num_glyphs))
        for index in 0..<Int(string.num_glyphs) {
            let info = string.glyphs[index]
            let id = info.glyph
            glyphs.append(ShapedGlyph(
                id: id & 0x0FFF_FFFF,
                advance: Double(info.geometry.width) / scale,
                xOffset: Double(info.geometry.x_offset) / scale,
                yOffset: Double(info.geometry.y_offset) / scale,
                cluster: start + Int(string.log_clusters[index]),
                isMissing: id & 0x1000_0000 != 0,
                isEmpty: id == 0x0FFF_FFFF))
        }
        guard let font = item.analysis.font.map({ fonts.font(for: $0) }) else { return nil }
        return ShapedRun(range: start..<start + Int(item.length), level: Int(item.analysis.level),
                         font: font, glyphs: glyphs, tag: -1)
    }

    /// Cuts runs where the caller's spans change, so that each run has one tag.
    private static func split(_ runs: [ShapedRun], at attributes: [ShapingAttribute]) -> [ShapedRun] {
        let spans = attributes.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [ShapedRun] = []
        for run in runs {
            // The spans follow one another without overlapping: start at the first one
            // that ends after the run begins.
            let low = spans.partitioningIndex { $0.range.upperBound > run.range.lowerBound }
            let inside = spans[low...].prefix { $0.range.lowerBound < run.range.upperBound }
                .filter { $0.range.overlaps(run.range) }
            if inside.count <= 1 {
                var tagged = run
                tagged.tag = inside.first?.tag ?? spans.last { $0.range.lowerBound <= run.range.lowerBound }?.tag ?? 0
                result.append(tagged)
                continue
            }
            for span in inside {
                let range = max(span.range.lowerBound, run.range.lowerBound)..<min(span.range.upperBound, run.range.upperBound)
                var piece = run
                piece.range = range
                piece.glyphs = Array(run.glyphs(in: range))
                piece.tag = span.tag
                if !piece.glyphs.isEmpty { result.append(piece) }
            }
        }
        return result
    }
}

extension FontSystem {
    /// Ascent and descent of the first face of `families`, to place baselines.
    public func metrics(families: String, size: Double, bold: Bool, language: String) -> (ascent: Double, descent: Double) {
        let description = pango_font_description_new()!
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, families)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        guard let metrics = pango_context_get_metrics(context, description, pango_language_from_string(language))
        else { return (size * 0.8, size * 0.2) }
        defer { pango_font_metrics_unref(metrics) }
        let scale = Double(PANGO_SCALE)
        return (Double(pango_font_metrics_get_ascent(metrics)) / scale,
                Double(pango_font_metrics_get_descent(metrics)) / scale)
    }
}
