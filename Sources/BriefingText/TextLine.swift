import BriefingNative

/// One glyph placed on a line: `x` from the line's start edge, `y` from its baseline.
public struct LineGlyph: Sendable, Equatable {
    public var id: UInt32
    public var x: Double
    public var y: Double

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// Glyphs of one font and one span on a line, in visual order, with the text they
/// render (for copy and search in PDF viewers).
public struct LineRun {
    public var font: Font
    public var glyphs: [LineGlyph]
    public var text: String
    /// (UTF-8 bytes, glyphs) pairs mapping `text` onto `glyphs`.
    public var clusters: [(bytes: Int, glyphs: Int)]
    /// Clusters are listed from the last glyph backwards (right-to-left runs).
    public var backward: Bool
    /// The caller's span tag.
    public var tag: Int
    /// Horizontal extent on the line.
    public var x: Double
    public var width: Double
}

/// A finished line: the unit pagination and rendering see.
public struct TextLine {
    public var runs: [LineRun]
    /// The width the glyphs take, after justification.
    public var width: Double
    /// The natural width before justification.
    public var naturalWidth: Double
    /// UTF-8 byte range of the paragraph text on this line.
    public var range: Range<Int>
    public var endsWithHyphen: Bool
    public var isLast: Bool
}
