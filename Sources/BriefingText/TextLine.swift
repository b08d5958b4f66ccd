import BriefingNative

/// One glyph placed on a line: `x` from the line's start edge, `y` from its baseline.
///
/// Positions are kept in single precision (a 50 µm error on a 600-point line is far
/// below what a printer resolves): a long document holds millions of glyphs, and
/// twelve bytes each instead of twenty-four halves the layout's memory.
public struct LineGlyph: Sendable, Equatable {
    public var id: UInt32
    private var storedX: Float
    private var storedY: Float

    public var x: Double { Double(storedX) }
    public var y: Double { Double(storedY) }

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        storedX = Float(x)
        storedY = Float(y)
    }
}

/// Text bytes mapped onto glyphs, as Cairo takes them for copyable PDF text.
public struct TextCluster: Sendable, Equatable {
    public var bytes: Int32
    public var glyphs: Int32

    public init(bytes: Int, glyphs: Int) {
        self.bytes = Int32(bytes)
        self.glyphs = Int32(glyphs)
    }
}

/// Glyphs of one font and one span on a line, in visual order, with the text they
/// render (for copy and search in PDF viewers).
public struct LineRun {
    public var font: Font
    public var glyphs: [LineGlyph]
    public var text: String
    /// How `text` maps onto `glyphs`; empty when glyph `i` is character `i` of the text.
    public var clusters: [TextCluster]
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
    /// The line ends inside a word that was wider than the line: cut where no rule of
    /// the language allows, the text did not fit.
    public var cutsWord = false
}
