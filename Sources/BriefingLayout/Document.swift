import BriefingFrame
import BriefingModel

/// A page ready to draw: a frame of the page's size, and the label viewers show.
public struct Page {
    public var frame: Frame
    public var label: String
    /// What the page holds, top to bottom.
    public var marks: [FlowMark]
    /// The text block's rectangle on the page.
    public var textBlock: Rect
}

/// An entry of the PDF outline, pointing at a destination on a page.
public struct OutlineEntry: Sendable {
    public var title: String
    public var destination: String
    public var level: Int
    public var page: Int
}

/// The layout's result for one language: pages, outline, metadata and diagnostics.
public struct LaidOutDocument {
    public var pages: [Page]
    public var outline: [OutlineEntry]
    public var title: String
    public var subject: String
    public var author: String
    public var keywords: String
    public var language: String
    /// Midnight UTC of the summary's date, ISO 8601: PDF dates come from the input,
    /// never the clock, so that output is byte-identical run to run.
    public var date: String
    public var diagnostics: [Diagnostic]
    /// Characters that no font of the set could draw, where they were written.
    public var missingCharacters: [MissingGlyph]
}

/// A character no configured font has, and the text it was found in.
public struct MissingGlyph: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    public var location: SourceLocation

    /// The character as Unicode writes it: `U+0E89 'ຉ'`.
    public var name: String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) '\(Character(scalar))'"
    }
}
