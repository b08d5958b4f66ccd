import BriefingModel
import BriefingNative
import BriefingText

/// A point in a frame's coordinate space: points, y growing downwards.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle, origin at the top-left corner.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public func offsetBy(x dx: Double, y dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

/// One drawing command of a path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    case cubic(Point, Point, Point)
    case close
}

/// How a path is painted. A fill with a pattern lets charts survive black-and-white print.
public struct Paint: Hashable, Sendable {
    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Double
    /// Dash lengths for the stroke; empty for solid.
    public var dash: [Double]
    public var opacity: Double

    public init(fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 0.5, dash: [Double] = [], opacity: Double = 1) {
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.dash = dash
        self.opacity = opacity
    }
}

/// A shaped piece of text placed on a page: one line run at a baseline.
public struct GlyphRunItem {
    /// Position of the run's start on the baseline.
    public var origin: Point
    public var font: Font
    /// Glyphs relative to `origin`.
    public var glyphs: [LineGlyph]
    public var text: String
    /// How `text` maps onto `glyphs`; empty when glyph `i` is character `i` of the text.
    public var clusters: [TextCluster]
    public var backward: Bool
    public var color: Color
    public var width: Double
    /// Copied out of the PDF a word at a time rather than a character at a time:
    /// letter-spaced text, whose wide gaps readers would otherwise take for spaces.
    public var copiesByWord = false
    /// Below 1, what lies under the text shows through it (the DRAFT watermark).
    public var opacity = 1.0

    public init(origin: Point, run: LineRun, color: Color) {
        self.origin = origin
        font = run.font
        glyphs = run.glyphs.map { LineGlyph(id: $0.id, x: $0.x - run.x, y: $0.y) }
        text = run.text
        clusters = run.clusters
        backward = run.backward
        self.color = color
        width = run.width
    }
}

/// A raster image placed in a rectangle.
public struct ImageItem: Sendable {
    public var file: String
    public var rect: Rect
    public var alt: String

    public init(file: String, rect: Rect, alt: String) {
        self.file = file
        self.rect = rect
        self.alt = alt
    }
}

/// A clickable area opening an external address.
public struct LinkItem: Sendable {
    public var rect: Rect
    public var uri: String

    public init(rect: Rect, uri: String) {
        self.rect = rect
        self.uri = uri
    }
}

/// Everything a page is made of; renderers walk these and nothing else.
public enum FrameItem {
    case glyphs(GlyphRunItem)
    case path([PathElement], Paint)
    case image(ImageItem)
    case link(LinkItem)
    /// A named place that outline entries and internal links point to.
    case destination(name: String, at: Point)
    /// Items drawn with a transform (translation then rotation about the new origin)
    /// and optionally clipped to a rectangle in the group's coordinates.
    case group(Frame, translate: Point, rotate: Double, clip: Rect?)
}

/// A positioned collection of items with a size: a page, a table cell, a chart.
public struct Frame {
    public var width: Double
    public var height: Double
    public var items: [FrameItem]

    public init(width: Double, height: Double, items: [FrameItem] = []) {
        self.width = width
        self.height = height
        self.items = items
    }
}

extension FrameItem {
    /// The same item moved by `offset`; groups move as a whole.
    public func offset(by offset: Point) -> FrameItem {
        if offset.x == 0 && offset.y == 0 { return self }
        switch self {
        case .glyphs(var run):
            run.origin = Point(x: run.origin.x + offset.x, y: run.origin.y + offset.y)
            return .glyphs(run)
        case .path(let elements, let paint):
            return .path(elements.map { $0.offset(by: offset) }, paint)
        case .image(var image):
            image.rect = image.rect.offsetBy(x: offset.x, y: offset.y)
            return .image(image)
        case .link(var link):
            link.rect = link.rect.offsetBy(x: offset.x, y: offset.y)
            return .link(link)
        case .destination(let name, let point):
            return .destination(name: name, at: Point(x: point.x + offset.x, y: point.y + offset.y))
        case .group(let frame, let translate, let rotate, let clip):
            return .group(frame, translate: Point(x: translate.x + offset.x, y: translate.y + offset.y), rotate: rotate, clip: clip)
        }
    }
}

extension PathElement {
    func offset(by offset: Point) -> PathElement {
        func move(_ point: Point) -> Point { Point(x: point.x + offset.x, y: point.y + offset.y) }
        switch self {
        case .move(let point): return .move(move(point))
        case .line(let point): return .line(move(point))
        case .cubic(let a, let b, let c): return .cubic(move(a), move(b), move(c))
        case .close: return .close
        }
    }

    /// A closed rectangle path.
    public static func rectangle(_ rect: Rect) -> [PathElement] {
        [.move(Point(x: rect.x, y: rect.y)), .line(Point(x: rect.maxX, y: rect.y)),
         .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.x, y: rect.maxY)), .close]
    }
}
