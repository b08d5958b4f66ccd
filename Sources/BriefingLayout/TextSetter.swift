import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Turns rich text into spans and spans into line strips: the bridge between the
/// model's inline markup and the text engine.
extension LayoutContext {
    /// Spans for inline markup in a role: strong is bold, emphasis italic (or the
    /// contrasting face, in scripts without italics: see `italicPieces`), code
    /// monospaced, links coloured and clickable, `[[ID]]` the name in this language.
    func spans(_ inlines: [Inline], role: TextRole, bold: Bool? = nil, italic: Bool? = nil,
               color: Color? = nil) -> [TextSpan] {
        let roleStyle = style.role(role)
        // Letter-spacing suits capitals of bicameral scripts; it tears Lao, Thai or
        // Arabic apart (marks detach, joins break), so other scripts are set solid.
        let tracks = [.latin, .cyrillic, .greek].contains(Script.of(language: language))
        var spans: [TextSpan] = []
        func walk(_ inlines: [Inline], bold: Bool, italic: Bool, link: String?) {
            for inline in inlines {
                switch inline {
                case .text(let string):
                    append(string, bold: bold, italic: italic, monospaced: false, link: link)
                case .strong(let children):
                    walk(children, bold: true, italic: italic, link: link)
                case .emphasis(let children):
                    walk(children, bold: bold, italic: !italic, link: link)
                case .code(let string):
                    append(string, bold: bold, italic: italic, monospaced: true, link: link)
                case .link(let label, let url):
                    walk(label, bold: bold, italic: italic, link: url)
                case .reference(let id):
                    append(name(of: id), bold: bold, italic: italic, monospaced: false, link: link, isName: true)
                }
            }
        }
        func append(_ string: String, bold: Bool, italic: Bool, monospaced: Bool, link: String?, isName: Bool = false) {
            var font = self.font(for: role, bold: bold, italic: italic, monospaced: monospaced)
            if monospaced { font.size *= 0.92 }
            let paint = link != nil ? style.colors.link : (color ?? roleStyle.color)
            let text = roleStyle.uppercase ? string.uppercased(with: Locale(identifier: language)) : string
            let tracking = tracks ? roleStyle.tracking : 0
            let pieces = italic && !monospaced ? italicPieces(text, role: role, bold: bold) : [(text, font)]
            for piece in pieces {
                spans.append(TextSpan(piece.text, font: piece.font, letterSpacing: tracking,
                                      tag: tag(color: paint, link: link, tracked: tracking != 0),
                                      hyphenates: link == nil && !monospaced && !isName,
                                      verbatim: monospaced, isName: isName))
            }
        }
        walk(inlines, bold: bold ?? roleStyle.bold, italic: italic ?? roleStyle.italic, link: nil)
        return spans
    }

    /// Spans for plain text in a role.
    func spans(_ string: String, role: TextRole, bold: Bool? = nil, color: Color? = nil) -> [TextSpan] {
        spans([.text(string)], role: role, bold: bold, color: color)
    }

    /// Dates and the fixed words of a column (a status): never hyphenated, since
    /// "31 de di-ciembre" reads worse than a date on two lines.
    func unhyphenated(_ string: String, role: TextRole) -> [TextSpan] {
        spans(string, role: role).map { span in
            var span = span
            span.hyphenates = false
            return span
        }
    }

    /// People's and delegations' names: never hyphenated, since a language's patterns
    /// cut a foreign name wrongly ("Gonça-lves") and nobody splits a name they respect;
    /// in Thai or Khmer, broken at a space before between dictionary words.
    func names(_ string: String, role: TextRole, bold: Bool? = nil) -> [TextSpan] {
        spans(Typography.tyingHonorific(string), role: role, bold: bold).map { span in
            var span = span
            span.hyphenates = false
            span.isName = true
            return span
        }
    }

    /// The scale at which something `extent` wide fits `room`: 1 when it fits already,
    /// never below `smallest`, and a hair under the room, or rounding would break (or
    /// hyphenate) what was just made to fit.
    static func fittingScale(_ extent: Double, in room: Double, smallest: Double) -> Double {
        extent > room ? max(smallest, room * 0.995 / extent) : 1
    }

    /// `spans` in type `scale` times their size (a title or marking made to fit).
    static func scaled(_ spans: [TextSpan], by scale: Double) -> [TextSpan] {
        guard scale < 1 else { return spans }
        return spans.map { span in
            var span = span
            span.font.size *= scale
            return span
        }
    }

    /// Spans shaped to be measured only: what they lack is reported where they are set.
    func measured(_ spans: [TextSpan]) -> ShapedParagraph {
        text.shape(StyledParagraph(spans: spans, language: language, rightToLeft: rightToLeft))
    }

    /// Shapes spans in the rendered language, reporting characters no font has.
    func shape(_ spans: [TextSpan], location: SourceLocation, hyphenate: Bool = false) -> ShapedParagraph {
        let paragraph = StyledParagraph(spans: spans, language: language, rightToLeft: rightToLeft, hyphenate: hyphenate)
        let shaped = text.shape(paragraph)
        reportMissing(shaped.missing.map(\.scalar), at: location)
        return shaped
    }

    /// A warning for each character no font has, written at `location`.
    func reportMissing(_ scalars: [Unicode.Scalar], at location: SourceLocation) {
        for scalar in scalars {
            let glyph = MissingGlyph(scalar: scalar, location: location)
            warn("no configured font has \(glyph.name)", at: location)
            missingCharacters.append(glyph)
        }
    }

    /// Sets spans as a paragraph of lines, one strip per line.
    /// - Parameters:
    ///   - x: the start edge of the lines within the text block (from the left, or
    ///     from the right on right-to-left pages).
    ///   - width: the measure.
    ///   - alignment: overrides the role's alignment.
    ///   - location: where the text comes from, for missing-glyph warnings.
    /// - Parameter scale: the spans' size against the role's (a title made smaller to fit
    ///   its longest word), by which the role's leading is scaled too.
    func lines(_ spans: [TextSpan], role: TextRole, x: Double = 0, width: Double, alignment: Alignment? = nil,
               location: SourceLocation, scale: Double = 1) -> [Strip] {
        guard !spans.isEmpty else { return [] }
        let hyphenate = (alignment ?? style.role(role).alignment) == .justify && style.spacing.hyphenate
        var shaped = shape(spans, location: location, hyphenate: hyphenate)
        // A word wider than the measure (a German title in a parallel column) is
        // hyphenated where its language allows, even in ragged text, rather than cut
        // anywhere.
        if !hyphenate && style.spacing.hyphenate && shaped.widestWord > width {
            shaped = text.shape(StyledParagraph(spans: spans, language: language, rightToLeft: rightToLeft, hyphenate: true))
                .hyphenating(wordsWiderThan: width)
        }
        return lines(shaped, font: spans[0].font, role: role, x: x, width: width,
                     alignment: alignment, location: reportsCutText ? location : nil, scale: scale)
    }

    /// Sets an already shaped paragraph (table cells are shaped once to measure them),
    /// warning at `location`, when there is one, that a word had to be cut to fit.
    func lines(_ shaped: ShapedParagraph, font: FontSpec, role: TextRole, x: Double, width: Double,
               alignment: Alignment?, location: SourceLocation?, scale: Double = 1) -> [Strip] {
        let roleStyle = style.role(role)
        let leading = roleStyle.leading * scale
        let align = alignment ?? roleStyle.alignment
        // Lao, Thai, Khmer, Burmese, Chinese and Japanese have no spaces between words:
        // stretching their rare spaces can leave holes, so they are set ragged unless
        // the style asks for justification at those spaces.
        let justify = align == .justify && style.spacing.justify
            && (Script.of(language: language).separatesWords || style.spacing.justifyWithoutSpaces == .spaces)
        let set = Self.balancedRoles.contains(role)
            ? balancedLines(shaped, width: width)
            : text.lines(of: shaped, width: { _ in width }, justify: justify)
        if let location, let cut = set.first(where: \.cutsWord) {
            warn("\(Self.cutWarning)`\(Self.word(in: shaped.text, around: cut.range.upperBound))` is wider than "
                 + "its \(Int(width.rounded())) pt column and is cut", at: location)
        }
        let metrics = text.metrics(of: font, language: language)
        let baseline = (leading - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
        paragraphCount += 1
        let paragraph = paragraphCount
        return set.enumerated().map { index, line in
            let free = width - line.width
            var offset: Double
            switch align {
            case .start, .justify: offset = 0
            case .center: offset = free / 2
            case .end: offset = free
            }
            if rightToLeft { offset = free - offset }
            let lineX = rightToLeft ? self.width - x - width + offset : x + offset
            var items: [FrameItem] = []
            for run in line.runs {
                let spanStyle = spanStyles[run.tag]
                let origin = Point(x: lineX + run.x, y: baseline)
                var glyphs = GlyphRunItem(origin: origin, run: run, color: spanStyle.color)
                glyphs.copiesByWord = spanStyle.tracked
                items.append(.glyphs(glyphs))
                if let link = spanStyle.link {
                    let rect = Rect(x: origin.x, y: baseline - metrics.ascent, width: run.width,
                                    height: metrics.ascent + metrics.descent)
                    items.append(.link(LinkItem(rect: rect, uri: link)))
                }
            }
            var strip = Strip(height: leading, items: items)
            strip.mark = .line(paragraph: paragraph, index: index, count: set.count)
            return strip
        }
    }

    /// How a warning about a word cut to fit begins.
    static let cutWarning = "text does not fit: "

    /// The word of `text` that the byte offset `cut` falls in, shortened for a message.
    static func word(in text: String, around cut: Int) -> String {
        let bytes = Array(text.utf8)
        let position = min(max(cut, 0), bytes.count)
        var start = position
        while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
        var end = position
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        return word.count > 40 ? String(word.prefix(40)) + "…" : word
    }

    /// Titles and headings are balanced: their lines share the text evenly instead of
    /// leaving a word (or a single Japanese character) alone on the last line.
    static let balancedRoles: Set<TextRole> = [.title, .subtitle, .heading1, .heading2, .heading3]

    /// Ragged lines at the narrowest measure that needs no more lines than `width` does;
    /// in Chinese and Japanese, broken between phrases when every phrase fits the measure.
    /// A phrase wider than the measure would be broken where the phrases allow no break,
    /// which reads (and warns) as a word cut to fit: then the script's own breaks are used.
    private func balancedLines(_ shaped: ShapedParagraph, width: Double) -> [TextLine] {
        if Script.of(language: language).writesPhrases {
            let starts = Typography.phraseStarts(in: shaped.text)
            let phrases = shaped.keepingBreaks { starts.contains($0) }
            let lines = balancedLines(of: phrases, width: width)
            if lines.allSatisfy({ $0.naturalWidth <= width + 0.001 && !$0.cutsWord }) { return lines }
        }
        return balancedLines(of: shaped, width: width)
    }

    private func balancedLines(of shaped: ShapedParagraph, width: Double) -> [TextLine] {
        let full = text.lines(of: shaped, width: { _ in width }, justify: false)
        // A word cut at the full measure is cut as late as it can be: narrower, earlier.
        guard full.count > 1, !full.contains(where: \.cutsWord) else { return full }
        var low = width / 2
        var high = width
        var best = full
        // A narrower measure must not buy its line count by cutting a word that the
        // full measure keeps whole ("ラ|ックフェン" in a narrow parallel column).
        // A dozen halvings bring the measure within a thousandth of the best.
        for _ in 0..<12 {
            let middle = (low + high) / 2
            let trial = text.lines(of: shaped, width: { _ in middle }, justify: false)
            if trial.count <= full.count && trial.allSatisfy({ $0.naturalWidth <= middle + 0.001 })
                && !trial.contains(where: \.cutsWord) {
                best = trial
                high = middle
            } else {
                low = middle
            }
        }
        return best
    }

    /// A paragraph of rich text in a role, with the role's spacing and widow and
    /// orphan control: no single line left alone at the top or bottom of a page.
    func paragraph(_ inlines: [Inline], role: TextRole, x: Double = 0, width: Double? = nil,
                   location: SourceLocation, alignment: Alignment? = nil) -> [Strip] {
        var strips = lines(spans(inlines, role: role), role: role, x: x, width: width ?? self.width - x,
                           alignment: alignment, location: location)
        guard !strips.isEmpty else { return [] }
        strips[0].spaceBefore = style.role(role).spaceBefore
        return controllingWidowsAndOrphans(strips)
    }

    func controllingWidowsAndOrphans(_ strips: [Strip]) -> [Strip] {
        var result = strips
        if result.count >= 2 {
            result[0].keepWithNext = true
            result[result.count - 2].keepWithNext = true
        }
        return result
    }
}
