import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Section 4's blocks, each turned into strips.
extension LayoutContext {
    /// Height available for content on a page, to decide whether a box may split.
    var pageContentHeight: Double {
        style.page.height - style.page.marginTop - style.page.marginBottom
    }

    func layout(_ block: Block, into flow: inout Flow) {
        let gap = style.spacing.block
        switch block.kind {
        case .paragraph(let text):
            let (inlines, location) = resolve(text)
            let strips = paragraph(inlines, role: .body, location: location)
            flow.append(strips, spaceBefore: gap)
            // A lead-in ending with a colon announces what follows (a list, a table): it
            // never ends a page without at least the start of it.
            if !strips.isEmpty && Self.isLeadIn(inlines) { flow.keepLastWithNext() }
        case .list(let items):
            flow.append(list(items, numbered: false), spaceBefore: gap)
        case .numbered(let items):
            flow.append(list(items, numbered: true), spaceBefore: gap)
        case .quote(let text, let by):
            flow.append(quote(text, by: by), spaceBefore: gap * 1.5, spaceAfter: gap * 1.5)
        case .callout(let text, let kind):
            flow.append(callout(text, kind: kind), spaceBefore: gap * 2, spaceAfter: gap * 2)
        case .table(let table):
            flow.append(self.table(table, location: block.location), spaceBefore: gap * 2, spaceAfter: gap * 2)
        case .image(let image):
            flow.append(self.image(image, location: block.location), spaceBefore: gap * 2, spaceAfter: gap * 2)
        case .chart(let id):
            if let chart = briefing.chart(id: id) {
                flow.append(figure(chart, below: flow.heightKeptWithNext(spaceBefore: gap * 2)), spaceBefore: gap * 2,
                            spaceAfter: gap * 2)
            }
        case .pageBreak:
            flow.breakPage()
        }
    }

    /// How a lead-in ends: with a colon, in the scripts that have their own (Latin, Arabic
    /// and most others ":", Chinese and Japanese "：" or the small "﹕", Khmer "៖",
    /// Ethiopic "፦"); Thai and Lao, which write no colon there, end it with "as follows"
    /// or "the following".
    static let leadInEndings = [":", "：", "﹕", "៖", "፦", "ดังนี้", "ต่อไปนี้", "ດັ່ງນີ້", "ຕໍ່ໄປນີ້"]

    /// Whether the rich text ends as a lead-in does (see `leadInEndings`).
    static func isLeadIn(_ inlines: [Inline]) -> Bool {
        for inline in inlines.reversed() {
            switch inline {
            case .text(let string), .code(let string):
                let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return leadInEndings.contains { trimmed.hasSuffix($0) } }
            case .strong(let children), .emphasis(let children), .link(let children, _):
                if children.contains(where: { !isBlank($0) }) { return isLeadIn(children) }
            case .reference:
                return false
            }
        }
        return false
    }

    /// Whether an inline prints nothing but white space.
    private static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let string), .code(let string): string.allSatisfy(\.isWhitespace)
        case .strong(let children), .emphasis(let children), .link(let children, _): children.allSatisfy(isBlank)
        case .reference: false
        }
    }

    // MARK: Lists

    /// A bulleted or numbered list: markers hang in the indent, text aligns after them.
    /// - Parameter alignment: overrides the role's (sources are set ragged: an address
    ///   cannot break, and justifying around it would open wide gaps).
    func list(_ items: [RichText], numbered: Bool, role: TextRole = .listItem, x: Double = 0,
              width: Double? = nil, alignment: Alignment? = nil) -> [Strip] {
        // Markers hang in the indent, flush with the text; a long list's widest number
        // ("100.") widens the indent rather than wrapping.
        let markers = items.indices.map { numbered ? format.localized("\($0 + 1).") : "•" }
        let gap = style.role(role).size * 0.5
        let widest = markers.last.map { shape(spans($0, role: role), location: resolve(items[0]).1).naturalWidth } ?? 0
        let indent = max(style.spacing.indent, widest + gap)
        let measure = (width ?? self.width - x) - indent
        var strips: [Strip] = []
        var itemEnds: [Int] = []
        for (index, item) in items.enumerated() {
            let (inlines, location) = resolve(item)
            var lines = lines(spans(inlines, role: role), role: role, x: x + indent, width: measure, alignment: alignment,
                              location: location)
            guard !lines.isEmpty else { continue }
            let markerColor = numbered ? style.role(role).color : style.colors.accent
            let markerStrips = self.lines(spans(markers[index], role: role, color: markerColor), role: role, x: x,
                                          width: indent - gap, alignment: .end, location: location)
            lines[0].items += markerStrips.first?.items ?? []
            lines[0].spaceBefore = index == 0 ? 0 : style.spacing.block * 0.4
            strips += controllingWidowsAndOrphans(lines)
            itemEnds.append(strips.count - 1)
        }
        // Widow and orphan control for the list as a whole: its first item does not end
        // a page alone, nor does its last item start one alone.
        if itemEnds.count >= 2 {
            strips[itemEnds[0]].keepWithNext = true
            strips[itemEnds[itemEnds.count - 2]].keepWithNext = true
        }
        return strips
    }

    // MARK: Quotes

    func quote(_ text: RichText, by: RichText?) -> [Strip] {
        let indent = style.spacing.indent
        let (inlines, location) = resolve(text)
        var strips = paragraph(inlines, role: .quote, x: indent, width: width - 2 * indent, location: location)
        if let by {
            let (byInlines, byLocation) = resolve(by)
            var attribution = lines(spans([.text("— ")] + byInlines, role: .quoteBy), role: .quoteBy, x: indent,
                                    width: width - 2 * indent, alignment: .end, location: byLocation)
            if !attribution.isEmpty { attribution[0].spaceBefore = style.spacing.block * 0.5 }
            strips += attribution
        }
        // The rule down the quote's start edge is a box of its own, drawn once over the
        // quote's run of strips on each page (and kept going beside a longer
        // counterpart in a parallel edition).
        let ruleX = rightToLeft ? width - indent * 0.4 : indent * 0.4
        let rule = BoxDecoration(id: newBoxID(), x: ruleX - 0.75, width: 1.5, fill: nil, stroke: nil, strokeWidth: 0,
                                 bar: style.colors.accent, barWidth: 1.5, barOnRight: false)
        return strips.keptTogetherIfFits(pageContentHeight).map { strip in
            var strip = strip
            strip.boxes = [rule]
            return strip
        }
    }

    // MARK: Boxes

    /// A callout: a tinted box with a coloured bar, headed by the kind's name.
    func callout(_ text: RichText, kind: CalloutKind) -> [Strip] {
        let (color, label): (Color, Term) = switch kind {
        case .note: (style.colors.noteColor, .note)
        case .warning: (style.colors.warningColor, .warning)
        case .decision: (style.colors.decisionColor, .decision)
        }
        let (inlines, location) = resolve(text)
        return box(fill: style.colors.boxFill, stroke: nil, bar: color) { x, width in
            let heading = lines(spans(term(label), role: .boxLabel, color: color), role: .boxLabel, x: x,
                                width: width, location: location)
            return heading + paragraph(inlines, role: .body, x: x, width: width, location: location)
        }
    }

    /// Wraps content in a box: padding above and below, a shared background, and
    /// kept on one page unless taller than a page.
    func box(fill: Color?, stroke: Color?, bar: Color?, content: (_ x: Double, _ width: Double) -> [Strip]) -> [Strip] {
        let padding = style.spacing.boxPadding
        let barWidth = bar == nil ? 0 : 3.0
        let decoration = BoxDecoration(id: newBoxID(), x: 0, width: width, fill: fill, stroke: stroke,
                                       strokeWidth: style.spacing.boxRuleWidth, bar: bar, barWidth: barWidth,
                                       barOnRight: rightToLeft)
        var inner = content(padding + barWidth, width - 2 * padding - barWidth)
        if !inner.isEmpty { inner[0].spaceBefore = 0 }
        let strips = [Strip(height: padding)] + inner + [Strip(height: padding)]
        return strips.keptTogetherIfFits(pageContentHeight).map { strip in
            var strip = strip
            strip.boxes = [decoration]
            return strip
        }
    }

    // MARK: Images

    func image(_ image: Image, location: SourceLocation) -> [Strip] {
        guard let size = imageSizes[image.url], size.width > 0, size.height > 0 else { return [] }
        var imageWidth = width * (image.width ?? 1)
        var imageHeight = imageWidth * Double(size.height) / Double(size.width)
        let captionRoom = image.caption == nil ? 0 : style.role(.caption).leading * 3
        let room = pageContentHeight - captionRoom
        if imageHeight > room {
            imageWidth *= room / imageHeight
            imageHeight = room
        }
        let x = (width - imageWidth) / 2
        let alt = image.alt.map(resolve) ?? ""
        var strips = [Strip(height: imageHeight, items: [
            .image(ImageItem(file: image.url.path, rect: Rect(x: x, y: 0, width: imageWidth, height: imageHeight), alt: alt)),
        ])]
        if let caption = image.caption {
            var captionLines = lines(spans(resolve(caption), role: .caption), role: .caption, width: width,
                                     alignment: .center, location: location)
            if !captionLines.isEmpty { captionLines[0].spaceBefore = style.spacing.block }
            strips += captionLines
        }
        return strips.keptTogether()
    }
}

extension Array where Element == Strip {
    /// Keeps the strips together when they fit on a page; a taller block must split.
    func keptTogetherIfFits(_ pageHeight: Double) -> [Strip] {
        totalHeight <= pageHeight ? keptTogether() : self
    }
}
