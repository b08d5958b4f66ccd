import Foundation

/// Knuth and Plass's total-fit line breaking: chooses all the breaks of a paragraph
/// at once so that the sum of the lines' demerits is least, which evens out word
/// spacing over the whole paragraph instead of leaving a loose line after tight ones.
///
/// Lines are only stretched, never shrunk (the line builder stretches spaces), so a
/// candidate line wider than the measure is infeasible and ends the search from its
/// start. When no feasible set of breaks exists (a word wider than the measure), the
/// paragraph falls back to first-fit, which cuts such words between graphemes.
public struct TotalFitLineBreaker: LineBreaker {
    /// Added to every line's badness: fewer lines are better, all else equal (TeX's \linepenalty).
    public static let linePenalty = 10.0
    /// Cost of ending a line with a hyphen (TeX's \hyphenpenalty).
    public static let hyphenPenalty = 50.0
    /// Cost of breaking a name at a dictionary word boundary inside it, as of a hyphen.
    public static let insideNamePenalty = 50.0
    /// Cost of breaking a Korean word between syllables: worth it only to save a line
    /// whose spaces would stretch well past comfort.
    public static let insideWordPenalty = 200.0
    /// Extra cost of two hyphenated lines in a row (TeX's \doublehyphendemerits).
    public static let consecutiveHyphenDemerits = 3000.0
    /// Extra cost of hyphenating the second-last line, which leaves a word's end alone
    /// on the last (TeX's \finalhyphendemerits).
    public static let finalHyphenDemerits = 5000.0
    /// How far a space may stretch, in spaces, before a line counts as very bad.
    public static let stretchPerSpace = 0.5
    /// The loosest adjustment ratio of a good line; looser lines are used only when a
    /// paragraph cannot be set without them.
    public static let tolerance = 4.0

    public init() {}

    private struct Node {
        var offset: Int
        var line: Int
        var demerits: Double
        var hyphenated: Bool
        var previous: Int?
        var breakpoint: Breakpoint?
    }

    public func breaks(in paragraph: ShapedParagraph, width: (Int) -> Double) -> [Breakpoint] {
        guard paragraph.lineWidth(from: 0, to: paragraph.byteCount, hyphen: false) > width(0) else { return [] }
        // As TeX does: first only lines whose spaces stretch within the tolerance; if no
        // such set of breaks exists, any lines, the loosest heavily penalised; and when
        // even that fails (a word wider than the measure), first-fit.
        return search(paragraph, width: width, strict: true)
            ?? search(paragraph, width: width, strict: false)
            ?? FirstFitLineBreaker().breaks(in: paragraph, width: width)
    }

    private func search(_ paragraph: ShapedParagraph, width: (Int) -> Double, strict: Bool) -> [Breakpoint]? {
        let end = paragraph.byteCount
        let candidates = paragraph.breakpoints + [Breakpoint(offset: end, kind: .normal)]
        var nodes = [Node(offset: 0, line: 0, demerits: 0, hyphenated: false, previous: nil, breakpoint: nil)]
        var active = [0]
        for candidate in candidates {
            let isLast = candidate.offset == end
            let isHyphen = candidate.kind == .hyphen
            var best: Node?
            var stillActive: [Int] = []
            for index in active {
                let node = nodes[index]
                guard candidate.offset > node.offset else { stillActive.append(index); continue }
                let measure = width(node.line)
                let natural = paragraph.lineWidth(from: node.offset, to: candidate.offset, hyphen: isHyphen)
                if natural > measure + 0.001 {
                    // Too wide already: lines from this node can only get wider.
                    if !isHyphen { continue }
                    stillActive.append(index)
                    continue
                }
                stillActive.append(index)
                let badness = isLast ? 0 : Self.badness(paragraph, from: node.offset, to: candidate.offset,
                                                       natural: natural, measure: measure)
                if strict && badness > Self.worstTolerated { continue }
                var demerits = pow(Self.linePenalty + badness, 2)
                if isHyphen { demerits += pow(Self.hyphenPenalty, 2) }
                if candidate.kind == .insideName { demerits += pow(Self.insideNamePenalty, 2) }
                if candidate.kind == .insideWord { demerits += pow(Self.insideWordPenalty, 2) }
                if isHyphen && node.hyphenated { demerits += Self.consecutiveHyphenDemerits }
                if isLast && node.hyphenated { demerits += Self.finalHyphenDemerits }
                let total = node.demerits + demerits
                if best.map({ total < $0.demerits }) ?? true {
                    best = Node(offset: candidate.offset, line: node.line + 1, demerits: total, hyphenated: isHyphen,
                                previous: index, breakpoint: candidate)
                }
            }
            active = stillActive
            if let best {
                nodes.append(best)
                active.append(nodes.count - 1)
            }
            if active.isEmpty { break }
        }
        guard let last = nodes.indices.last(where: { nodes[$0].offset == end }) else { return nil }
        var result: [Breakpoint] = []
        var cursor = nodes[last].previous
        while let index = cursor, let breakpoint = nodes[index].breakpoint {
            result.append(breakpoint)
            cursor = nodes[index].previous
        }
        return result.reversed()
    }

    /// The badness of a line stretched exactly to the tolerance.
    static let worstTolerated = 100 * pow(tolerance, 3)
    /// The badness of a line that cannot be set well at all: no spaces to stretch, or
    /// stretched far beyond the tolerance.
    static let awful = 100 * worstTolerated

    /// TeX's badness, 100 r³, where r is how far the spaces must stretch relative to
    /// what they comfortably can; a line with a gap and nothing to stretch is awful.
    static func badness(_ paragraph: ShapedParagraph, from start: Int, to end: Int, natural: Double, measure: Double) -> Double {
        let gap = measure - natural
        let spaces = paragraph.stretchableSpaces(from: start, to: end)
        guard spaces > 0 else { return gap < 0.5 ? 0 : awful }
        let ratio = gap / (Double(spaces) * paragraph.spaceWidth * stretchPerSpace)
        return min(100 * pow(ratio, 3), awful)
    }
}
