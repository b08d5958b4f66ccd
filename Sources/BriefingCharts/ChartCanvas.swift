import BriefingFrame
import BriefingModel

/// Where the lines of a multi-line label sit relative to each other, in the chart's own
/// left-to-right drawing; mirroring a chart for a right-to-left language swaps start and end.
enum LineAlignment {
    case start, center, end

    var mirrored: LineAlignment {
        switch self {
        case .start: .end
        case .center: .center
        case .end: .start
        }
    }
}

/// A label put somewhere: its box's top-left corner is `pivot + offset` before the box turns
/// by `rotation` (radians, clockwise on the page) about `pivot`.
struct PlacedLabel {
    var label: Label
    var pivot: Point
    var offset: Point
    var rotation: Double
    var alignment: LineAlignment
    var color: Color
}

/// What a chart draws, in drawing order, before it becomes frame items. Charts are drawn left
/// to right and mirrored as a whole for right-to-left languages, which keeps every chart type
/// free of direction tests.
struct ChartCanvas {
    enum Item {
        case path([PathElement], Paint)
        case label(PlacedLabel)
    }

    var items: [Item] = []

    mutating func stroke(_ elements: [PathElement], color: Color, width: Double, dash: [Double] = []) {
        items.append(.path(elements, Paint(stroke: color, lineWidth: width, dash: dash)))
    }

    mutating func fill(_ elements: [PathElement], color: Color, opacity: Double = 1) {
        items.append(.path(elements, Paint(fill: color, opacity: opacity)))
    }

    /// Fills a shape the way a series looks: colour or grey, hatching, outline.
    mutating func fill(_ elements: [PathElement], look: SeriesLook, opacity: Double = 1) {
        items.append(.path(elements, Paint(fill: look.fill, opacity: opacity)))
        if let hatch = look.hatch {
            let lines = hatch.lines(inside: elements)
            if !lines.isEmpty { stroke(lines, color: hatch.color, width: hatch.lineWidth) }
        }
        if let outline = look.outline { stroke(elements, color: outline, width: SeriesLook.outlineWidth) }
    }

    /// A box of the page's colour (white) under a label that lies on gridlines or hatching,
    /// so that they stop short of its text.
    mutating func knockout(_ rect: Rect) {
        fill(PathElement.rectangle(rect), color: .white)
    }

    /// Places an unrotated label with its box's top-left corner at `origin`.
    mutating func place(_ label: Label, at origin: Point, alignment: LineAlignment = .start, color: Color) {
        items.append(.label(PlacedLabel(label: label, pivot: origin, offset: Point(x: 0, y: 0), rotation: 0,
                                        alignment: alignment, color: color)))
    }

    mutating func place(_ placed: PlacedLabel) {
        items.append(.label(placed))
    }

    /// The same drawing reflected about the vertical line through the middle of a chart
    /// `width` wide. Text is not reflected: label boxes move and their lines realign.
    func mirrored(width: Double) -> ChartCanvas {
        func reflect(_ point: Point) -> Point { Point(x: width - point.x, y: point.y) }
        var copy = ChartCanvas()
        copy.items = items.map { item in
            switch item {
            case .path(let elements, let paint):
                return .path(elements.flatMap { element -> [PathElement] in
                    switch element {
                    case .move(let point): [.move(reflect(point))]
                    case .line(let point): [.line(reflect(point))]
                    case .cubic(let a, let b, let c): [.cubic(reflect(a), reflect(b), reflect(c))]
                    case .close: [.close]
                    }
                }, paint)
            case .label(var placed):
                placed.pivot = reflect(placed.pivot)
                placed.offset.x = -(placed.offset.x + placed.label.width)
                placed.rotation = -placed.rotation
                placed.alignment = placed.alignment.mirrored
                return .label(placed)
            }
        }
        return copy
    }

    /// The finished frame: paths as they are, labels as glyph runs (in a rotated group when
    /// turned).
    func frame(width: Double, height: Double) -> Frame {
        var frame = Frame(width: width, height: height)
        for item in items {
            switch item {
            case .path(let elements, let paint):
                frame.items.append(.path(elements, paint))
            case .label(let placed):
                let glyphs = Self.glyphs(of: placed)
                if placed.rotation == 0 {
                    frame.items += glyphs.map { $0.offset(by: placed.pivot) }
                } else {
                    frame.items.append(.group(Frame(width: placed.label.width, height: placed.label.height, items: glyphs),
                                              translate: placed.pivot, rotate: placed.rotation, clip: nil))
                }
            }
        }
        return frame
    }

    /// Glyph runs of a label relative to its pivot.
    private static func glyphs(of placed: PlacedLabel) -> [FrameItem] {
        var items: [FrameItem] = []
        let label = placed.label
        for (line, baseline) in zip(label.lines, label.baselines) {
            let indent: Double = switch placed.alignment {
            case .start: 0
            case .center: (label.width - line.width) / 2
            case .end: label.width - line.width
            }
            for run in line.runs {
                let origin = Point(x: placed.offset.x + indent + run.x, y: placed.offset.y + baseline)
                items.append(.glyphs(GlyphRunItem(origin: origin, run: run, color: placed.color)))
            }
        }
        return items
    }
}
