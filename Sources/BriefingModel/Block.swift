import Foundation

/// One element of a section's body, with where it was written.
public struct Block: Sendable, Hashable {
    public var kind: BlockKind
    public var location: SourceLocation

    public init(_ kind: BlockKind, at location: SourceLocation = .unknown) {
        self.kind = kind
        self.location = location
    }
}

/// The block forms of section 4 of the format; a block is exactly one of them.
public enum BlockKind: Sendable, Hashable {
    case paragraph(RichText)
    case list([RichText])
    case numbered([RichText])
    case quote(RichText, by: RichText?)
    case callout(RichText, kind: CalloutKind)
    case table(Table)
    /// Places the chart with this ID (checked at load) with its number and title.
    case chart(id: String)
    case image(Image)
    case pageBreak
}

/// The heading of a callout box, printed in the rendered language; default `note`.
public enum CalloutKind: String, Sendable, Hashable, CaseIterable {
    case note, warning, decision
}

/// A table; every row has exactly as many cells as there are columns (checked at load),
/// so layout can split it across pages and repeat the header without guessing.
public struct Table: Sendable, Hashable {
    public var columns: [Text]
    public var rows: [[RichText]]
    public var caption: Text?

    public init(columns: [Text], rows: [[RichText]], caption: Text? = nil) {
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }
}

/// A PNG picture from the summary's folder.
public struct Image: Sendable, Hashable {
    /// As written in the summary, for messages.
    public var path: String
    /// The file, resolved against the summary's folder; the loader has checked that it
    /// exists and does not lead outside that folder.
    public var url: URL
    public var caption: Text?
    /// Alternative text for accessible PDF output.
    public var alt: Text?
    /// The fraction of the text width (0.1–1.0); nil lets layout use the natural size.
    public var width: Double?

    public init(path: String, url: URL, caption: Text? = nil, alt: Text? = nil, width: Double? = nil) {
        self.path = path
        self.url = url
        self.caption = caption
        self.alt = alt
        self.width = width
    }
}
