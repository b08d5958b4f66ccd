/// Which face and size a span of text asks for.
public struct FontSpec: Hashable, Sendable {
    /// Comma-separated families in fallback order (see `FontStack`).
    public var families: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(families: String, size: Double, bold: Bool = false, italic: Bool = false) {
        self.families = families
        self.size = size
        self.bold = bold
        self.italic = italic
    }
}

/// A piece of a paragraph in one font. `tag` is the caller's: every glyph run that
/// comes out of this span carries it back, so the layout can colour and link it.
public struct TextSpan: Sendable {
    public var text: String
    public var font: FontSpec
    public var letterSpacing: Double
    public var tag: Int
    /// Words of this span may be hyphenated (not addresses or code, which a reader
    /// copies as printed).
    public var hyphenates: Bool
    /// Printed exactly as written (code): no typographic spaces are put in.
    public var verbatim: Bool
    /// A person's or delegation's name: broken at its spaces rather than between the
    /// dictionary words of a Thai or Khmer name, where both are possible.
    public var isName: Bool

    public init(_ text: String, font: FontSpec, letterSpacing: Double = 0, tag: Int = 0, hyphenates: Bool = true,
                verbatim: Bool = false, isName: Bool = false) {
        self.text = text
        self.font = font
        self.letterSpacing = letterSpacing
        self.tag = tag
        self.hyphenates = hyphenates
        self.verbatim = verbatim
        self.isName = isName
    }
}

/// A paragraph as the layout hands it to the text engine: spans in one language.
public struct StyledParagraph: Sendable {
    public var spans: [TextSpan]
    /// BCP 47 tag of the text: picks glyph forms, break rules and typographic conventions.
    public var language: String
    public var rightToLeft: Bool
    /// Offer hyphenation points to the line breaker (justified body text).
    public var hyphenate: Bool

    public init(spans: [TextSpan], language: String, rightToLeft: Bool = false, hyphenate: Bool = false) {
        self.spans = spans
        self.language = language
        self.rightToLeft = rightToLeft
        self.hyphenate = hyphenate
    }
}
