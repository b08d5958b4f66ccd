import BriefingNative
import Foundation

/// Shapes and breaks paragraphs: the layout's only way to reach Pango.
///
/// One engine per thread (Pango font maps are not thread-safe). It caches font
/// metrics and the hyphen of each font, which every paragraph would otherwise ask for.
public final class TextEngine {
    public let fonts: FontSystem
    /// Breaks justified paragraphs, whose spaces stretch: total-fit evens them out.
    public var lineBreaker: any LineBreaker
    /// Breaks ragged text (titles, captions, table cells, scripts without spaces): lines
    /// filled as far as they go read best when nothing is stretched.
    public var raggedLineBreaker: any LineBreaker = FirstFitLineBreaker()
    private var metricsCache: [MetricsKey: (ascent: Double, descent: Double)] = [:]
    private var hyphenCache: [HyphenKey: LineRun] = [:]
    private var italicCache: [String: Bool] = [:]
    private let hyphenator = Hyphenator()

    public init(fonts: FontSystem, lineBreaker: any LineBreaker = TotalFitLineBreaker()) {
        self.fonts = fonts
        self.lineBreaker = lineBreaker
    }

    /// Shapes a paragraph on one unbroken line, after applying the language's
    /// typographic conventions (no-break spaces) and turning line ends into spaces.
    public func shape(_ paragraph: StyledParagraph) -> ShapedParagraph {
        var scalars: [Unicode.Scalar] = []
        var owners: [Int] = []
        for (index, span) in paragraph.spans.enumerated() {
            for scalar in span.text.unicodeScalars {
                let isBreak = scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\t"
                scalars.append(isBreak ? " " : scalar)
                owners.append(index)
            }
        }
        let typeset = Typography.apply(to: scalars, language: paragraph.language)
        scalars = paragraph.spans.contains(where: \.verbatim)
            ? scalars.indices.map { paragraph.spans[owners[$0]].verbatim ? scalars[$0] : typeset[$0] }
            : typeset
        if paragraph.rightToLeft {
            (scalars, owners) = Self.isolatingLeftToRight(scalars, owners: owners, spans: paragraph.spans)
        }
        let addressRanges = Typography.addressRanges(in: scalars)
        let glue = Typography.glue(scalars, addresses: addressRanges)
        var glueOffsets = Set<Int>()
        var text: [UInt8] = []
        text.reserveCapacity(scalars.count)
        var attributes: [ShapingAttribute] = []
        var unhyphenated: [Range<Int>] = []
        var names: [Range<Int>] = []
        var offset = 0
        var spanStart = 0
        // Where each scalar starts in `text`, and where the text ends.
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(scalars.count + 1)
        for index in scalars.indices {
            byteOffsets.append(offset)
            if glue.contains(index) { glueOffsets.insert(offset) }
            text.append(contentsOf: scalars[index].utf8)
            offset += scalars[index].utf8.count
            let endsSpan = index + 1 == scalars.count || owners[index + 1] != owners[index]
            if endsSpan {
                let span = paragraph.spans[owners[index]]
                if !span.hyphenates { unhyphenated.append(spanStart..<offset) }
                if span.isName { names.append(spanStart..<offset) }
                attributes.append(ShapingAttribute(
                    range: spanStart..<offset, families: span.font.families, size: span.font.size,
                    bold: span.font.bold, italic: span.font.italic, language: paragraph.language,
                    letterSpacing: span.letterSpacing, tag: span.tag))
                spanStart = offset
            }
        }
        byteOffsets.append(offset)
        let shaped = ShapedText(text: String(decoding: text, as: UTF8.self), attributes: attributes, rightToLeft: paragraph.rightToLeft, in: fonts)
        let hyphen = paragraph.spans.last.map { hyphenRun(font: $0.font, language: paragraph.language, tag: $0.tag) }
        var hyphenPoints: [Int] = []
        if paragraph.hyphenate {
            // Neither what must not be hyphenated (code, links, names) nor addresses
            // written in the text ("gov.exam-ple" would be copied wrong).
            let addresses = addressRanges.map { byteOffsets[$0.lowerBound]..<byteOffsets[$0.upperBound] }
            hyphenPoints = Self.points(hyphenator.points(in: shaped.text, language: paragraph.language),
                                       outside: (unhyphenated + addresses).sorted { $0.lowerBound < $1.lowerBound })
        }
        let addressBreaks = Typography.breaks(in: addressRanges, of: scalars).map { byteOffsets[$0] }
        return ShapedParagraph(shaped: shaped, language: paragraph.language, hyphen: hyphen ?? nil, extraBreaks: addressBreaks,
                               hyphenPoints: hyphenPoints, glue: glueOffsets, names: names)
    }

    /// Right-to-left text with the marks that keep what reads left to right in order: a
    /// left-to-right mark before each sign that starts a number (see
    /// `Typography.signedNumberStarts`), and each code span isolated left to right, so
    /// that `{"a": 1}` keeps its braces and quotes in place. Each mark belongs to the span
    /// of the text it marks.
    private static func isolatingLeftToRight(_ scalars: [Unicode.Scalar], owners: [Int], spans: [TextSpan])
        -> ([Unicode.Scalar], [Int]) {
        let signs = Set(Typography.signedNumberStarts(in: scalars))
        var marked: [Unicode.Scalar] = []
        var markedOwners: [Int] = []
        marked.reserveCapacity(scalars.count + signs.count)
        markedOwners.reserveCapacity(scalars.count + signs.count)
        func append(_ scalar: Unicode.Scalar, _ owner: Int) {
            marked.append(scalar)
            markedOwners.append(owner)
        }
        for index in scalars.indices {
            let owner = owners[index]
            let previous = index > 0 ? owners[index - 1] : nil
            if let previous, previous != owner, spans[previous].verbatim { append(Typography.popDirectionalIsolate, previous) }
            if spans[owner].verbatim && previous != owner { append(Typography.leftToRightIsolate, owner) }
            if signs.contains(index) { append(Typography.leftToRightMark, owner) }
            append(scalars[index], owner)
        }
        if let last = owners.last, spans[last].verbatim { append(Typography.popDirectionalIsolate, last) }
        return (marked, markedOwners)
    }

    /// The sorted `points` that lie in none of the sorted `ranges`, in one pass over both.
    private static func points(_ points: [Int], outside ranges: [Range<Int>]) -> [Int] {
        var kept: [Int] = []
        var index = 0
        for point in points {
            // Ranges ending at or before a point end before every later one too.
            while index < ranges.count && ranges[index].upperBound <= point { index += 1 }
            // Overlapping ranges (an address inside a link) may end in any order.
            let inside = ranges[index...].prefix { $0.lowerBound <= point }.contains { $0.contains(point) }
            if !inside { kept.append(point) }
        }
        return kept
    }

    /// Breaks a paragraph into lines of the given widths.
    /// - Parameters:
    ///   - width: the available width of line `n`.
    ///   - justify: stretch spaces so that every line but the last fills its width.
    public func lines(of paragraph: ShapedParagraph, width: (Int) -> Double, justify: Bool) -> [TextLine] {
        let breaks = (justify ? lineBreaker : raggedLineBreaker).breaks(in: paragraph, width: width)
        var lines: [TextLine] = []
        var start = 0
        for (index, breakpoint) in breaks.enumerated() where breakpoint.offset > start {
            let hyphen = breakpoint.kind == .hyphen ? paragraph.hyphen : nil
            var line = paragraph.line(range: start..<breakpoint.offset, width: width(index),
                                      justify: justify, isLast: false, hyphenRun: hyphen)
            // A break the language does not allow was forced by a word wider than the line.
            line.cutsWord = !paragraph.allowsBreak(at: breakpoint.offset)
            lines.append(line)
            start = breakpoint.offset
        }
        if start < paragraph.byteCount || lines.isEmpty {
            lines.append(paragraph.line(range: start..<paragraph.byteCount, width: width(lines.count),
                                        justify: justify, isLast: true, hyphenRun: nil))
        }
        return lines
    }

    /// Whether `family` has an italic face (asked of fontconfig once per family).
    public func hasItalic(family: String) -> Bool {
        if let cached = italicCache[family] { return cached }
        let value = fonts.hasItalic(family: family)
        italicCache[family] = value
        return value
    }

    /// Ascent and descent of a font, to place baselines in a line box.
    public func metrics(of font: FontSpec, language: String) -> (ascent: Double, descent: Double) {
        let key = MetricsKey(font: font, language: language)
        if let cached = metricsCache[key] { return cached }
        let value = fonts.metrics(families: font.families, size: font.size, bold: font.bold, language: language)
        metricsCache[key] = value
        return value
    }

    private func hyphenRun(font: FontSpec, language: String, tag: Int) -> LineRun? {
        let key = HyphenKey(font: font, language: language, tag: tag)
        if let cached = hyphenCache[key] { return cached }
        let attribute = ShapingAttribute(range: 0..<1, families: font.families, size: font.size, bold: font.bold,
                                         italic: font.italic, language: language, tag: tag)
        let shaped = ShapedText(text: "-", attributes: [attribute], rightToLeft: false, in: fonts)
        guard let run = shaped.runs.first else { return nil }
        var x = 0.0
        let glyphs = run.glyphs.map { glyph in
            defer { x += glyph.advance }
            return LineGlyph(id: glyph.id, x: x + glyph.xOffset, y: glyph.yOffset)
        }
        let line = LineRun(font: run.font, glyphs: glyphs, text: "-", clusters: [TextCluster(bytes: 1, glyphs: glyphs.count)], backward: false,
                           tag: tag, x: 0, width: x)
        hyphenCache[key] = line
        return line
    }

    private struct MetricsKey: Hashable {
        var font: FontSpec
        var language: String
    }

    private struct HyphenKey: Hashable {
        var font: FontSpec
        var language: String
        var tag: Int
    }
}
