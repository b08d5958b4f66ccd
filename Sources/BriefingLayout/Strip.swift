import BriefingFrame
import BriefingModel

/// A horizontal slice of the flow, as tall as its content, that pagination places
/// whole: a line of a paragraph, a table row, a heading, an image with its caption.
///
/// Pagination rules are expressed on strips: `keepWithNext` forbids a page break
/// after this strip (headings, first and second-to-last lines of a paragraph, a
/// box that must not split), `repeatHeader` re-draws a table's header on a new page.
struct Strip {
    var height: Double
    /// Space above, dropped when the strip starts a page.
    var spaceBefore: Double = 0
    /// Items relative to the strip's top-left corner at the text block's left edge.
    var items: [FrameItem] = []
    var keepWithNext = false
    var pageBreakBefore = false
    /// The boxes (key points, callout) this strip is part of, drawn behind it: one,
    /// or one per column in a parallel edition.
    var boxes: [BoxDecoration] = []
    /// Strips to draw first when this strip starts a page (a table's header row).
    var repeatHeader: [Strip] = []
    /// Outline entries that begin at this strip.
    var anchors: [Anchor] = []
    /// What the strip is, for checks on pagination.
    var mark: FlowMark = .other
    /// Part of a figure that may move to the top of the next page while the text after
    /// it fills this one.
    var floats = false
    /// Part of a table whose columns cannot all keep their longest word whole at this
    /// width, or of a chart that cannot show all its labels: a parallel edition sets
    /// such a block across both columns instead.
    var crowded = false
    /// Set across both columns of a parallel edition (a crowded table or chart): the rule
    /// between the columns stops around it.
    var spansColumns = false
}

/// What a strip on a page holds, recorded on each page so that pagination rules
/// (no heading last on a page, no lone line, table headers repeated) can be checked
/// on the result rather than trusted.
public enum FlowMark: Hashable, Sendable {
    case heading(level: Int)
    /// Line `index` of `count` of paragraph number `paragraph`.
    case line(paragraph: Int, index: Int, count: Int)
    case tableHeader(table: Int)
    case tableRow(table: Int, row: Int)
    case other
}

/// The background and rules of a box; consecutive strips with the same `id` share one.
struct BoxDecoration {
    var id: Int
    var x: Double
    var width: Double
    var fill: Color?
    var stroke: Color?
    var strokeWidth: Double
    /// A coloured bar down the start edge (callouts).
    var bar: Color?
    var barWidth: Double
    /// The start edge is on the right (right-to-left text).
    var barOnRight: Bool

    struct Identity: Hashable {
        var id: Int
        var x: Double
    }

    var identity: Identity { Identity(id: id, x: x) }

    func offset(by dx: Double) -> BoxDecoration {
        var copy = self
        copy.x += dx
        return copy
    }
}

/// A heading that the PDF outline lists.
struct Anchor {
    var name: String
    var title: String
    var level: Int
}

extension Array where Element == Strip {
    /// Chains the strips so that pagination keeps them on one page.
    func keptTogether() -> [Strip] {
        var result = self
        for index in result.indices.dropLast() {
            result[index].keepWithNext = true
        }
        return result
    }

    var totalHeight: Double {
        enumerated().reduce(0) { $0 + $1.element.height + ($1.offset == 0 ? 0 : $1.element.spaceBefore) }
    }

    /// The strips as one, for a block whose lines keep their own pitch in a parallel
    /// edition (a title made smaller to fit its column) rather than pair with the other
    /// language's line by line.
    func merged() -> Strip? {
        guard var merged = first else { return nil }
        merged.mark = .other
        var y = merged.height
        for strip in dropFirst() {
            y += strip.spaceBefore
            merged.items += strip.items.map { $0.offset(by: Point(x: 0, y: y)) }
            y += strip.height
        }
        merged.height = y
        merged.keepWithNext = last?.keepWithNext ?? false
        return merged
    }
}
