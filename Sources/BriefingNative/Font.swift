import CPangoCairo

/// One concrete font at one size, as Pango chose it for a run of text.
///
/// Glyph runs carry it from shaping to rendering; only this module can reach the
/// underlying Pango and Cairo objects, so the layout stays free of C types.
public final class Font: Hashable, CustomStringConvertible {
    let pointer: UnsafeMutablePointer<PangoFont>

    /// The family name fontconfig reports, e.g. "Noto Serif Lao".
    public let family: String
    /// The size in points.
    public let size: Double
    public let isBold: Bool
    public let isItalic: Bool

    init(_ pointer: UnsafeMutablePointer<PangoFont>) {
        g_object_ref(UnsafeMutableRawPointer(pointer))
        self.pointer = pointer
        let description = pango_font_describe(pointer)
        family = pango_font_description_get_family(description).map { String(cString: $0) } ?? "?"
        size = Double(pango_font_description_get_size(description)) / Double(PANGO_SCALE)
        isBold = pango_font_description_get_weight(description).rawValue >= PANGO_WEIGHT_SEMIBOLD.rawValue
        isItalic = pango_font_description_get_style(description) != PANGO_STYLE_NORMAL
        pango_font_description_free(description)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    /// The Cairo font the renderer draws this font's glyphs with; owned by Pango.
    var scaledFont: OpaquePointer? {
        pango_cairo_font_get_scaled_font(OpaquePointer(pointer))
    }

    public static func == (lhs: Font, rhs: Font) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
    public var description: String { "\(family) \(size)pt\(isBold ? " bold" : "")\(isItalic ? " italic" : "")" }
}
