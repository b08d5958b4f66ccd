import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// Two languages side by side, paragraph against paragraph: the edition delegations
/// sign and keep.
extension DocumentLayout {
    /// Space between the two columns, in ems of body text.
    static let gutterInEms = 2.0

    /// Lays out the briefing in two columns, `languages.0` first: on the left, or on the
    /// right when it reads right to left (an Arabic–French edition opens on the Arabic,
    /// as such editions do). Each block of
    /// one language is paired with the same block of the other, line against line, so
    /// that both start at the same height and a page break cuts both at once; each
    /// column runs in its own direction.
    public static func layoutParallel(_ briefing: Briefing, style: Style, languages: (String, String),
                                      text: TextEngine, imageSizes: [URL: (width: Int, height: Int)] = [:])
        -> LaidOutDocument {
        let full = style.page.width - style.page.marginInner - style.page.marginOuter
        let gutter = style.role(.body).size * gutterInEms
        let column = (full - gutter) / 2
        let left = LayoutContext(briefing: briefing, style: style, language: languages.0, text: text,
                                 imageSizes: imageSizes, width: column)
        let right = LayoutContext(briefing: briefing, style: style, language: languages.1, text: text,
                                  imageSizes: imageSizes, width: column)
        // Both titles at one size: the smaller, should one language's longest word need it.
        let titleScale = min(left.fittingTitleScale(), right.fittingTitleScale())
        // The page is bound on the side of the language that opens it.
        let margin = left.leftMargin
        for context in [left, right] {
            context.reportsCutTableCells = false
            context.reportsCrowdedCharts = false
            context.titleScale = titleScale
            context.leftMargin = margin
        }
        let leftFlow = left.flow()
        let rightFlow = right.flow()
        // Tables too wide for a column, and charts whose labels a column cannot hold, are
        // set across the page, one language after the other; those flows are laid out
        // only when some block needs them.
        var wide: (Flow, Flow)?
        var wideDiagnostics: [Diagnostic] = []
        if (leftFlow.strips + rightFlow.strips).contains(where: \.crowded) {
            let contexts = [languages.0, languages.1].map { language in
                let context = LayoutContext(briefing: briefing, style: style, language: language, text: text,
                                            imageSizes: imageSizes, width: full)
                context.reportsCutText = false
                return context
            }
            wide = contexts.map { $0.flow() }.pairs
            // Only what these layouts add: words cut in the tables printed across the page,
            // and what the charts printed across the page still cannot show.
            let charts = left.crowdedCharts.union(right.crowdedCharts).map(LayoutContext.chartWarningPrefix)
            wideDiagnostics = contexts.flatMap(\.diagnostics).filter { diagnostic in
                diagnostic.message.hasPrefix(LayoutContext.cutWarning) || charts.contains { diagnostic.message.hasPrefix($0) }
            }
        }
        // Which language takes which side of the page.
        let mirrored = left.rightToLeft
        let (start, end) = mirrored ? (right, left) : (left, right)
        let strips = pair(mirrored ? rightFlow : leftFlow, mirrored ? leftFlow : rightFlow, offset: column + gutter,
                          wide: wide, gap: style.spacing.block * 2, rightLeads: mirrored)
        let placed = Paginator(pageHeight: left.pageContentHeight).paginate(strips)

        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        let block = Rect(x: left.leftMargin, y: style.page.marginTop, width: full, height: left.pageContentHeight)
        for (index, strips) in placed.enumerated() {
            var frame = Frame(width: style.page.width, height: style.page.height)
            let ruleX = block.x + column + gutter / 2
            for (top, bottom) in ruleSegments(strips, height: block.height, gap: gutter) {
                frame.items.append(.path([.move(Point(x: ruleX, y: block.y + top)), .line(Point(x: ruleX, y: block.y + bottom))],
                                         Paint(stroke: style.colors.rule, lineWidth: style.spacing.ruleWidth)))
            }
            frame.items += left.content(strips)
            if briefing.status == .draft {
                // Each column's half of the page carries the word in its own language.
                let halves = [Rect(x: 0, y: 0, width: ruleX, height: style.page.height),
                              Rect(x: ruleX, y: 0, width: style.page.width - ruleX, height: style.page.height)]
                for (context, half) in zip([start, end], halves) {
                    frame.items += context.watermark(across: half, measure: (half.width * half.width + half.height * half.height).squareRoot() * 0.8)
                }
            }
            frame.items += start.furniture(number: index + 1, count: placed.count)
            frame.items += end.furniture(number: index + 1, count: placed.count).map {
                $0.offset(by: Point(x: column + gutter, y: 0))
            }
            pages.append(Page(frame: frame, label: String(index + 1), marks: strips.map(\.strip.mark), textBlock: block))
            for anchor in strips.flatMap(\.strip.anchors) {
                outline.append(OutlineEntry(title: anchor.title, destination: anchor.name, level: anchor.level, page: index))
            }
        }
        return left.document(pages: pages, outline: outline, titleSuffix: " / " + right.resolve(briefing.title),
                             diagnostics: right.diagnostics + wideDiagnostics, missing: right.missingCharacters)
    }

    /// Where the rule between the columns is drawn on a page: its whole height but
    /// for the strips set across both columns, with `gap` clear above and below them,
    /// and not where no column text stands beside it (under a table that ends a page)
    /// or for less than twice the gap.
    static func ruleSegments(_ strips: [PlacedStrip], height: Double, gap: Double) -> [(Double, Double)] {
        var segments: [(Double, Double)] = []
        var top = 0.0
        for placed in strips where placed.strip.spansColumns {
            let start = placed.y - gap
            if start > top { segments.append((top, start)) }
            top = max(top, placed.y + placed.strip.height + gap)
        }
        if top < height { segments.append((top, height)) }
        guard strips.contains(where: \.strip.spansColumns) else { return segments }
        // A stub beside a heading squeezed between two wide tables reads as a stray mark.
        return segments.filter { segment in
            segment.1 - segment.0 >= 2 * gap
                && strips.contains { !$0.strip.spansColumns && $0.y < segment.1 && $0.y + $0.strip.height > segment.0 }
        }
    }

    /// Pairs block `i` of one flow with block `i` of the other; inside a block, each
    /// paragraph, list item or table row with its counterpart, line against line.
    /// A crowded table or chart is taken instead from the `wide` flows (laid out across
    /// the page), the first language's above the second's, `gap` apart.
    /// - Parameter rightLeads: the right column holds the edition's first language, whose
    ///   headings make the outline.
    static func pair(_ first: Flow, _ second: Flow, offset: Double, wide: (Flow, Flow)? = nil,
                     gap: Double = 0, rightLeads: Bool = false) -> [Strip] {
        var strips: [Strip] = []
        let count = max(first.blocks.count, second.blocks.count)
        for index in 0..<count {
            let crowded = [first, second].contains { flow in
                index < flow.blocks.count && flow.strips[flow.blocks[index]].contains(where: \.crowded)
            }
            if crowded, let (wideFirst, wideSecond) = wide,
               index < wideFirst.blocks.count, index < wideSecond.blocks.count {
                var second = Array(wideSecond.strips[wideSecond.blocks[index]])
                if !second.isEmpty {
                    second[0].spaceBefore = max(second[0].spaceBefore, gap)
                    second[0].pageBreakBefore = false
                    // The second language's heading stands beside the first's, above the
                    // first table: should the second table start a page, its heading
                    // comes again above it.
                    second[0].repeatHeader = headingBefore(index, in: wideSecond)
                }
                strips += (Array(wideFirst.strips[wideFirst.blocks[index]]) + second).map { strip in
                    var strip = strip
                    strip.spansColumns = true
                    strip.repeatHeader = strip.repeatHeader.map { header in
                        var header = header
                        header.spansColumns = true
                        return header
                    }
                    return strip
                }
                continue
            }
            let left = index < first.blocks.count ? units(Array(first.strips[first.blocks[index]])) : []
            let right = index < second.blocks.count ? units(Array(second.strips[second.blocks[index]])) : []
            // The same model gives the same units in both languages; if not, pair lines.
            let pairs = left.count == right.count ? Array(zip(left, right)) : [(left.flatMap { $0 }, right.flatMap { $0 })]
            for (leftUnit, rightUnit) in pairs {
                for line in 0..<max(leftUnit.count, rightUnit.count) {
                    strips.append(combine(strip(line, of: leftUnit), strip(line, of: rightUnit), offset: offset,
                                          rightLeads: rightLeads))
                }
            }
        }
        return strips
    }

    /// The heading that is block `index - 1` of `flow`, as a copy to repeat (no outline
    /// entry of its own); none when that block is something else.
    private static func headingBefore(_ index: Int, in flow: Flow) -> [Strip] {
        guard index > 0 else { return [] }
        let strips = flow.strips[flow.blocks[index - 1]]
        guard !strips.isEmpty, strips.allSatisfy({ if case .heading = $0.mark { true } else { false } }) else { return [] }
        return strips.map { strip in
            var copy = strip
            copy.anchors = []
            copy.spaceBefore = 0
            return copy
        }
    }

    /// Line `line` of a unit; past its end, an empty strip that keeps the unit's boxes
    /// going, so that a key-points box or callout stays open beside a longer counterpart.
    static func strip(_ line: Int, of unit: [Strip]) -> Strip? {
        if line < unit.count { return unit[line] }
        guard let last = unit.last, !last.boxes.isEmpty else { return nil }
        var filler = Strip(height: 0)
        filler.boxes = last.boxes
        return filler
    }

    /// Splits a block's strips into paragraphs (a first line and its continuation lines);
    /// every other strip is a unit of its own.
    static func units(_ strips: [Strip]) -> [[Strip]] {
        var units: [[Strip]] = []
        for strip in strips {
            if case .line(_, let index, _) = strip.mark, index > 0, !units.isEmpty {
                units[units.count - 1].append(strip)
            } else {
                units.append([strip])
            }
        }
        return units
    }

    /// One strip holding both columns' strips, as tall as the taller, kept as either asks.
    static func combine(_ left: Strip?, _ right: Strip?, offset: Double, rightLeads: Bool = false) -> Strip {
        let moved = right.map { strip -> Strip in
            var strip = strip
            strip.items = strip.items.map { $0.offset(by: Point(x: offset, y: 0)) }
            strip.boxes = strip.boxes.map { $0.offset(by: offset) }
            strip.repeatHeader = strip.repeatHeader.map { header in
                var header = header
                header.items = header.items.map { $0.offset(by: Point(x: offset, y: 0)) }
                return header
            }
            return strip
        }
        let parts = [left, moved].compactMap { $0 }
        var strip = Strip(height: parts.map(\.height).max() ?? 0)
        strip.spaceBefore = parts.map(\.spaceBefore).max() ?? 0
        strip.items = parts.flatMap(\.items)
        strip.keepWithNext = parts.contains { $0.keepWithNext }
        strip.pageBreakBefore = parts.contains { $0.pageBreakBefore }
        // A figure pair may move to the next page while the text after it fills this one.
        strip.floats = !parts.isEmpty && parts.allSatisfy(\.floats)
        strip.boxes = parts.flatMap(\.boxes)
        let (lead, other) = rightLeads ? (right, left) : (left, right)
        strip.anchors = lead?.anchors ?? other?.anchors ?? []
        strip.mark = lead?.mark ?? other?.mark ?? .other
        let headers = parts.map(\.repeatHeader)
        if headers.contains(where: { !$0.isEmpty }) {
            let lefts = left?.repeatHeader ?? []
            let rights = moved?.repeatHeader ?? []
            strip.repeatHeader = (0..<max(lefts.count, rights.count)).map { index in
                var header = Strip(height: max(index < lefts.count ? lefts[index].height : 0,
                                               index < rights.count ? rights[index].height : 0))
                header.items = (index < lefts.count ? lefts[index].items : []) + (index < rights.count ? rights[index].items : [])
                header.mark = index < lefts.count ? lefts[index].mark : rights[index].mark
                return header
            }
        }
        return strip
    }
}

private extension Array where Element == Flow {
    /// The first two flows as a pair.
    var pairs: (Flow, Flow)? { count == 2 ? (self[0], self[1]) : nil }
}
