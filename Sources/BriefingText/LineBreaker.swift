/// Where a line may end, with what it costs.
public struct Breakpoint: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// After a space or another ordinary opportunity.
        case normal
        /// A dictionary word boundary inside a name ("โสวัณ|ณารา"): a space earlier on
        /// the line is the better break, since a reader takes a name as one word.
        case insideName
        /// Inside a word, adding a hyphen.
        case hyphen
        /// Between two syllables of a Korean word, without a hyphen: Korean print breaks
        /// words there only to save a line from gaping (see `ShapedParagraph`).
        case insideWord
        /// Anywhere between graphemes: only when a word is wider than the line.
        case emergency
    }

    /// UTF-8 offset where the next line starts.
    public var offset: Int
    public var kind: Kind

    /// A break inside a word (with a hyphen, or between Korean syllables): what a word's
    /// width is measured across.
    public var isInsideWord: Bool { kind == .hyphen || kind == .insideWord }
}

/// Chooses where a paragraph's lines end.
///
/// The paragraph offers its break opportunities and measures candidate lines;
/// a breaker only decides. First-fit is the default; an optimal (total-fit)
/// breaker can replace it without touching shaping, layout or rendering.
public protocol LineBreaker: Sendable {
    /// Returns the breakpoints that end each line except the last, in order.
    /// - Parameter width: the available width of line `n` (first lines may be indented).
    func breaks(in paragraph: ShapedParagraph, width: (Int) -> Double) -> [Breakpoint]
}

/// Fills each line with as much as fits. It hyphenates only when the last ordinary
/// break would leave the line loose (justified spaces stretched wide), and never on
/// more than two lines in a row; it breaks inside a word without a hyphen only when
/// a single word is wider than the line.
public struct FirstFitLineBreaker: LineBreaker {
    /// A ragged line filled to less than this fraction at its last ordinary break is
    /// short enough that a hyphen is the lesser evil (narrow table cells); a fuller one
    /// keeps its words whole, as ragged setting should.
    public static let looseLine = 0.65
    /// Below this share of the measure, a line may end inside a name rather than before it.
    public static let nameBreakFill = 0.4
    public static let maximumConsecutiveHyphens = 2

    public init() {}

    public func breaks(in paragraph: ShapedParagraph, width: (Int) -> Double) -> [Breakpoint] {
        var result: [Breakpoint] = []
        var start = 0
        let end = paragraph.byteCount
        let candidates = paragraph.breakpoints
        var index = 0
        var hyphensInARow = 0
        while start < end {
            let available = width(result.count)
            if paragraph.lineWidth(from: start, to: end, hyphen: false) <= available { break }
            var ordinary: Breakpoint?
            // The last ordinary break that does not split a name.
            var outsideName: Breakpoint?
            var hyphen: Breakpoint?
            var scan = index
            while scan < candidates.count {
                let candidate = candidates[scan]
                scan += 1
                // Ragged lines have no spaces to gape: Korean words stay whole.
                if candidate.offset <= start || candidate.kind == .insideWord { continue }
                let isHyphen = candidate.kind == .hyphen
                let lineWidth = paragraph.lineWidth(from: start, to: candidate.offset, hyphen: isHyphen)
                if lineWidth > available {
                    if isHyphen { continue }
                    break
                }
                if isHyphen { hyphen = candidate } else { ordinary = candidate }
                if candidate.kind == .normal { outsideName = candidate }
            }
            // A break inside a name only when the break before it would leave the line
            // less than `nameBreakFill` full: a reader takes a name as one word, but a line
            // of one short word beside an empty measure reads as a mistake.
            if let outsideName, paragraph.lineWidth(from: start, to: outsideName.offset, hyphen: false) >= Self.nameBreakFill * available {
                ordinary = outsideName
            }
            var chosen = ordinary
            if let hyphen, Self.maximumConsecutiveHyphens > hyphensInARow,
               hyphen.offset > (ordinary?.offset ?? start) {
                let fill = ordinary.map { paragraph.lineWidth(from: start, to: $0.offset, hyphen: false) / available } ?? 0
                if fill < Self.looseLine { chosen = hyphen }
            }
            guard let chosen = chosen ?? emergencyBreak(paragraph, from: start, width: available) else { break }
            hyphensInARow = chosen.kind == .hyphen ? hyphensInARow + 1 : 0
            result.append(chosen)
            start = chosen.offset
            while index < candidates.count && candidates[index].offset <= start { index += 1 }
        }
        return Self.withoutRunt(result, in: paragraph, width: width)
    }

    /// A last line shorter than this share of the measure is a runt ("た。" alone under
    /// a full line of Japanese, "États." under a paragraph).
    public static let runt = 0.1
    /// The least a line may keep of its measure when it gives its end to a runt.
    public static let fillGivingToRunt = 0.6

    /// `breaks` with the last one moved back to the latest ordinary break that gives the
    /// last line more than a runt's length while the line before stays fairly full: a
    /// ragged paragraph can always spare a word for its last line.
    static func withoutRunt(_ breaks: [Breakpoint], in paragraph: ShapedParagraph, width: (Int) -> Double) -> [Breakpoint] {
        guard let last = breaks.last, last.kind == .normal || last.kind == .insideName else { return breaks }
        let end = paragraph.byteCount
        let measure = width(breaks.count)
        guard paragraph.lineWidth(from: last.offset, to: end, hyphen: false) < measure * runt else { return breaks }
        let start = breaks.count > 1 ? breaks[breaks.count - 2].offset : 0
        let previous = width(breaks.count - 1)
        let better = paragraph.breakpoints.last { candidate in
            candidate.offset > start && candidate.offset < last.offset && candidate.kind == .normal
                && paragraph.lineWidth(from: candidate.offset, to: end, hyphen: false) >= measure * runt
                && paragraph.lineWidth(from: candidate.offset, to: end, hyphen: false) <= measure
                && paragraph.lineWidth(from: start, to: candidate.offset, hyphen: false) >= previous * fillGivingToRunt
        }
        guard let better else { return breaks }
        return Array(breaks.dropLast()) + [better]
    }

    /// The furthest grapheme boundary that fits, or the first one when even a single
    /// character does not: a line never runs past the text block if it can be helped.
    /// Inside a Latin, Greek or Cyrillic word the cut takes a hyphen, and room for it.
    private func emergencyBreak(_ paragraph: ShapedParagraph, from start: Int, width: Double) -> Breakpoint? {
        var chosen: Breakpoint?
        // The last cut that fits without its hyphen, should none fit with one.
        var bare: Breakpoint?
        for offset in paragraph.graphemeBoundaries + [paragraph.byteCount] where offset > start {
            let hyphenated = paragraph.takesHyphen(at: offset)
            if paragraph.lineWidth(from: start, to: offset, hyphen: false) > width {
                return chosen ?? bare ?? Breakpoint(offset: offset, kind: .emergency)
            }
            bare = Breakpoint(offset: offset, kind: .emergency)
            if !hyphenated || paragraph.lineWidth(from: start, to: offset, hyphen: true) <= width {
                chosen = Breakpoint(offset: offset, kind: hyphenated ? .hyphen : .emergency)
            }
        }
        return nil
    }
}
