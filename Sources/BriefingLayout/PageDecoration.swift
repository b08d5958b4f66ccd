import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// What every page carries besides the flow: running header and footer with
/// "page N of M", the classification marking, the DRAFT watermark, box backgrounds.
extension LayoutContext {
    func page(_ placed: [PlacedStrip], number: Int, count: Int) -> Page {
        var frame = Frame(width: style.page.width, height: style.page.height)
        frame.items += content(placed)
        if briefing.status == .draft { frame.items += watermark() }
        frame.items += furniture(number: number, count: count)
        return Page(frame: frame, label: String(number), marks: placed.map(\.strip.mark), textBlock: textBlock)
    }

    /// The text block's rectangle on the page.
    var textBlock: Rect {
        Rect(x: leftMargin, y: style.page.marginTop, width: width, height: pageContentHeight)
    }

    /// Box backgrounds, then the strips' items and outline destinations, placed on the page.
    func content(_ placed: [PlacedStrip]) -> [FrameItem] {
        let origin = Point(x: leftMargin, y: style.page.marginTop)
        var items = boxBackgrounds(placed).map { $0.offset(by: origin) }
        for entry in placed {
            items += entry.strip.items.map { $0.offset(by: Point(x: origin.x, y: origin.y + entry.y)) }
            for anchor in entry.strip.anchors {
                items.append(.destination(name: anchor.name, at: Point(x: origin.x, y: origin.y + entry.y)))
            }
        }
        return items
    }

    /// Running header (not on the first page, under the title, unless the style asks),
    /// footer with "page N of M" on every page, and the classification marking.
    func furniture(number: Int, count: Int) -> [FrameItem] {
        running(number: number, count: count, header: number > 1 || style.running.onFirstPage) + classificationMarks()
    }

    /// One background per run of strips of the same box on this page.
    private func boxBackgrounds(_ placed: [PlacedStrip]) -> [FrameItem] {
        var items: [FrameItem] = []
        // A box is its number within its column: the two columns of a parallel edition
        // number their boxes independently.
        var done = Set<BoxDecoration.Identity>()
        for (index, entry) in placed.enumerated() {
            for box in entry.strip.boxes where !done.contains(box.identity) {
                var end = index
                while end + 1 < placed.count && placed[end + 1].strip.boxes.contains(where: { $0.identity == box.identity }) {
                    end += 1
                }
                done.insert(box.identity)
                let top = placed[index].y
                let bottom = placed[end].y + placed[end].strip.height
                let rect = Rect(x: box.x, y: top, width: box.width, height: bottom - top)
                if box.fill != nil || box.stroke != nil {
                    items.append(.path(PathElement.rectangle(rect), Paint(fill: box.fill, stroke: box.stroke, lineWidth: box.strokeWidth)))
                }
                if let bar = box.bar {
                    let barX = box.barOnRight ? rect.maxX - box.barWidth : rect.x
                    items.append(.path(PathElement.rectangle(Rect(x: barX, y: top, width: box.barWidth, height: rect.height)),
                                       Paint(fill: bar)))
                }
            }
        }
        return items
    }

    /// Header and footer slots filled from the style's templates.
    private func running(number: Int, count: Int, header: Bool) -> [FrameItem] {
        let page = style.page
        let running = style.running
        let pattern = Vocabulary.term(.pageOf, language: language) ?? Vocabulary.term(.pageOf, language: "en") ?? "{n}/{m}"
        let fields: [String: String] = [
            "{title}": resolve(briefing.title),
            "{reference}": briefing.reference?.value ?? "",
            "{issuer}": briefing.issuer.map(resolve) ?? "",
            "{date}": format.date(briefing.date),
            "{page}": format.localized(Vocabulary.pageOf(number, count, pattern: pattern)),
        ]
        func fill(_ template: String) -> String {
            fields.reduce(template) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
        let location = SourceLocation(file: briefing.file, line: 1, column: 1)
        let role = style.role(.running)
        var items: [FrameItem] = []
        /// Sets the two slots of a header or footer on one line: the end slot at its
        /// natural width (at most half the line), the start slot in what is left, each
        /// shortened with an ellipsis when it is wider than its room.
        func slots(_ start: String, _ end: String, y: Double) {
            var endWidth = 0.0
            if !end.isEmpty {
                let set = line(end, at: y, alignment: .end, room: width / 2)
                items += set.items
                endWidth = set.width
            }
            guard !start.isEmpty else { return }
            items += line(start, at: y, alignment: .start, room: width - endWidth - (endWidth > 0 ? 18 : 0)).items
        }
        /// One slot's line, set once for every page that has the same text in the same
        /// place: the end slot flush with the end, as wide as its text; the start slot as
        /// wide as `room`. The text is shortened on purpose, so no cut is reported.
        func line(_ text: String, at y: Double, alignment: Alignment, room: Double) -> RunningLine {
            let key = "\(y)|\(alignment)|\(room)|\(text)"
            if let cached = runningLines[key] { return cached }
            let textSpans = spans(shortening(text, toFit: room, location: location), role: .running)
            let shaped = shape(textSpans, location: location)
            let lineWidth = alignment == .end ? min(shaped.naturalWidth, room) : room
            let x = alignment == .end ? width - lineWidth : 0
            let strip = lines(shaped, font: textSpans[0].font, role: .running, x: x, width: lineWidth,
                              alignment: alignment, location: nil).first
            let set = RunningLine(items: strip?.items.map { $0.offset(by: Point(x: leftMargin, y: y)) } ?? [],
                                  width: lineWidth)
            runningLines[key] = set
            return set
        }
        let headerY = page.headerOffset
        let footerY = page.height - page.footerOffset - role.leading
        if header {
            slots(fill(running.headerStart), fill(running.headerEnd), y: headerY)
        }
        slots(fill(running.footerStart), fill(running.footerEnd), y: footerY)
        if running.rules {
            if header {
                items.append(horizontalRule(at: headerY + role.leading + 2, width: style.spacing.ruleWidth)
                    .offset(by: Point(x: leftMargin, y: 0)))
            }
            items.append(horizontalRule(at: footerY - 2, width: style.spacing.ruleWidth)
                .offset(by: Point(x: leftMargin, y: 0)))
        }
        return items
    }

    /// The longest beginning of `text` that fits `room` with "…", cut where a line could
    /// break, as a reader expects a title to be shortened: between words (in Thai, Lao,
    /// Khmer and Burmese between dictionary words; in Chinese and Japanese between
    /// phrases, else between characters); only a text with no such place that fits is
    /// cut between grapheme clusters, never inside one.
    private func shortening(_ text: String, toFit room: Double, location: SourceLocation) -> String {
        let shaped = shape(spans(text, role: .running), location: location)
        if shaped.naturalWidth <= room { return text }
        let bytes = Array(shaped.text.utf8)
        func candidate(_ end: Int) -> String? {
            // The shaped text carries the bidi marks shaping added: shaping adds them again.
            var kept = String.UnicodeScalarView(String(decoding: bytes[..<end], as: UTF8.self).unicodeScalars
                .filter { !Typography.bidiMarks.contains($0) })
            while let last = kept.last, Self.droppedBeforeEllipsis.contains(last) { kept.removeLast() }
            return kept.isEmpty ? nil : String(kept) + "…"
        }
        func fits(_ candidate: String) -> Bool {
            shape(spans(candidate, role: .running), location: location).naturalWidth <= room
        }
        for ends in cutPoints(shaped) {
            // Wider beginnings are longer ones: the longest that fits is found by halving.
            var low = 0
            var high = ends.count
            while low < high {
                let middle = (low + high) / 2
                if let shown = candidate(ends[middle]), fits(shown) { low = middle + 1 } else { high = middle }
            }
            if low > 0, let shown = candidate(ends[low - 1]) { return shown }
        }
        // Not even one cluster fits: the line overflows its room rather than vanish.
        return text.count > 1 ? String(text.prefix(1)) + "…" : text
    }

    /// Byte offsets where a running-header text may be cut, in the order they are
    /// tried: where a line may break (phrases first in Chinese and Japanese, whose lines
    /// may break between any two characters), then between grapheme clusters.
    private func cutPoints(_ shaped: ShapedParagraph) -> [[Int]] {
        let breaks = shaped.breakpoints.filter { $0.kind == .normal }.map(\.offset)
        var tiers = [breaks, shaped.graphemeBoundaries]
        if Self.writesPhrases(language) {
            let phrases = Self.phraseBoundaries(in: shaped.text)
            tiers.insert(breaks.filter(phrases.contains), at: 0)
        }
        return tiers
    }

    /// What a shortened text does not end with before its "…": spaces, and punctuation
    /// that would dangle (a comma, a colon, a dash, an opening bracket).
    private static let droppedBeforeEllipsis = CharacterSet.whitespaces
        .union(CharacterSet(charactersIn: ",;:、，：；–—-·・/（(「『【《〈"))

    /// The classification, centred at the top and bottom edges of every page, on one
    /// line: made smaller to fit (down to `smallestMarkingScale`), and never cut short
    /// without a warning, since a reader must see the whole marking. Set once, for
    /// every page.
    private func classificationMarks() -> [FrameItem] {
        if let classificationItems { return classificationItems }
        let items = settingClassification()
        classificationItems = items
        return items
    }

    private func settingClassification() -> [FrameItem] {
        guard let classification = briefing.classification else { return [] }
        let location = classification.resolve(language).location
        let natural = spans(resolve(classification), role: .classification)
        let scale = Self.fittingScale(measured(natural).naturalWidth, in: width, smallest: Self.smallestMarkingScale)
        let marking = lines(Self.scaled(natural, by: scale), role: .classification, width: width, alignment: .center,
                            location: location, scale: scale)
        if marking.count > 1 {
            warn("\(Self.cutWarning)the classification is wider than the page even in smaller type; "
                 + "only its first line is printed at the top and bottom of each page", at: location)
        }
        guard let line = marking.first else { return [] }
        let page = style.page
        let leading = style.role(.classification).leading
        let top = max(4, page.headerOffset - leading - 4)
        let bottom = page.height - max(4, page.footerOffset - leading - 4) - leading
        return line.items.map { $0.offset(by: Point(x: leftMargin, y: top)) }
            + line.items.map { $0.offset(by: Point(x: leftMargin, y: bottom)) }
    }

    /// The smallest the classification marking is made to fit the page's width.
    static let smallestMarkingScale = 0.6

    /// "DRAFT" in the language, large and pale across the page. It is drawn over the
    /// page, not under it, so that images, table fills and boxes cannot hide it; its
    /// ink is translucent, a darker grey at 30 % that looks like the
    /// style's watermark colour on white paper while the text under it stays legible.
    func watermark() -> [FrameItem] {
        let page = style.page
        return watermark(across: Rect(x: 0, y: 0, width: page.width, height: page.height), measure: page.width * 1.2)
    }

    /// The watermark along the diagonal of `area` (the page, or one column's half of it in
    /// a parallel edition, so that each delegation reads the word in its own language), on
    /// a line `measure` wide.
    func watermark(across area: Rect, measure: Double) -> [FrameItem] {
        let opacity = 0.3
        let location = SourceLocation(file: briefing.file, line: 1, column: 1)
        let pale = style.colors.watermark
        func ink(_ component: Double) -> Double { max(0, (component - (1 - opacity)) / opacity) }
        let marking = lines(spans(term(.draft), role: .watermark, color: Color(red: ink(pale.red), green: ink(pale.green), blue: ink(pale.blue))),
                            role: .watermark, width: measure, alignment: .center, location: location)
        guard let line = marking.first else { return [] }
        let leading = style.role(.watermark).leading
        let angle = -atan2(area.height, area.width)
        let content = Frame(width: measure, height: leading,
                            items: line.items.map { item in
                                var item = item.offset(by: Point(x: -measure / 2 - (rightToLeft ? width - measure : 0),
                                                                 y: -leading / 2))
                                if case .glyphs(var run) = item {
                                    run.opacity = opacity
                                    item = .glyphs(run)
                                }
                                return item
                            })
        return [.group(content, translate: Point(x: area.x + area.width / 2, y: area.y + area.height / 2), rotate: angle, clip: nil)]
    }
}

/// A header or footer line, placed, and the width it takes.
struct RunningLine {
    var items: [FrameItem]
    var width: Double
}
