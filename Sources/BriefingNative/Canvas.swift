import CCairo
import CPangoCairo
import Foundation

/// The kinds of file a canvas writes, each a different Cairo surface.
public enum CanvasFormat: Sendable {
    case pdf, svg, png
}

/// PDF document information; dates fixed so that output is byte-identical run to run.
public struct DocumentMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date-time, e.g. "2025-12-02T00:00:00Z".
    public var creationDate: String

    public init(title: String, author: String, subject: String, keywords: String, creator: String, creationDate: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }
}

/// A glyph placed at an absolute position, for `Canvas.showGlyphs`.
public struct PlacedGlyph: Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double

    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// A Cairo surface and its drawing context: the one place that draws.
///
/// PDF and SVG surfaces stream to a file as pages are finished; a PNG canvas holds
/// one page image that `writePNG` saves. Statuses are checked after drawing and
/// turned into errors by `finish`.
public final class Canvas {
    let surface: OpaquePointer
    let cairo: OpaquePointer
    public let format: CanvasFormat

    /// - Parameters:
    ///   - file: where a PDF or SVG is written (ignored for PNG).
    ///   - width, height: the page size in points.
    ///   - scale: pixels per point for PNG.
    public init(format: CanvasFormat, file: URL?, width: Double, height: Double, scale: Double = 1) throws {
        self.format = format
        let created: OpaquePointer?
        switch format {
        case .pdf:
            created = file.map { cairo_pdf_surface_create($0.path, width, height) }
        case .svg:
            created = file.map { cairo_svg_surface_create($0.path, width, height) }
        case .png:
            // Opaque: a page is paper, and its last row and column of pixels, which the
            // page only partly covers, must not come out half transparent.
            created = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((width * scale).rounded(.up)), Int32((height * scale).rounded(.up)))
        }
        guard let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS else {
            if let created { cairo_surface_destroy(created) }
            throw NativeError("cannot create a \(format) surface\(file.map { " at \($0.path)" } ?? "")")
        }
        if format == .svg {
            cairo_svg_surface_restrict_to_version(created, CAIRO_SVG_VERSION_1_2)
        }
        surface = created
        cairo = cairo_create(created)
        if format == .png {
            cairo_scale(cairo, scale, scale)
            fillBackground()
        }
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// White paper under the whole image, to its last pixel.
    private func fillBackground() {
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
    }

    // MARK: Document

    /// Sets title, author and dates; call before the first page is drawn.
    public func setMetadata(_ metadata: DocumentMetadata) {
        guard format == .pdf else { return }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
    }

    /// Adds an outline (bookmark) entry pointing at a named destination; returns its id
    /// for children. `parent` 0 is the root.
    @discardableResult
    public func addOutline(parent: Int, title: String, destination: String, open: Bool) -> Int {
        guard format == .pdf else { return 0 }
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent), title, "dest='\(Self.quote(destination))'", flags))
    }

    /// The label viewers show for the current page ("i", "1", …).
    public func setPageLabel(_ label: String) {
        guard format == .pdf else { return }
        cairo_pdf_surface_set_page_label(surface, label)
    }

    /// Sets the size of the page about to be drawn (PDF pages may differ in size).
    public func setPageSize(width: Double, height: Double) {
        switch format {
        case .pdf: cairo_pdf_surface_set_size(surface, width, height)
        case .svg, .png: break
        }
    }

    /// Ends the current page and starts a new one.
    public func showPage() {
        cairo_show_page(cairo)
    }

    /// Flushes and closes the file; throws if anything went wrong while drawing.
    public func finish() throws {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        let drawStatus = cairo_status(cairo)
        guard status == CAIRO_STATUS_SUCCESS, drawStatus == CAIRO_STATUS_SUCCESS else {
            let failing = status == CAIRO_STATUS_SUCCESS ? drawStatus : status
            throw NativeError("cairo: \(String(cString: cairo_status_to_string(failing)))")
        }
    }

    /// Writes the PNG canvas's page to `file`.
    public func writePNG(to file: URL) throws {
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, file.path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw NativeError("cannot write \(file.path): \(String(cString: cairo_status_to_string(status)))")
        }
    }

    // MARK: State

    public func save() { cairo_save(cairo) }
    public func restore() { cairo_restore(cairo) }
    public func translate(x: Double, y: Double) { cairo_translate(cairo, x, y) }
    public func rotate(radians: Double) { cairo_rotate(cairo, radians) }

    public func setColor(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        if alpha >= 1 {
            cairo_set_source_rgb(cairo, red, green, blue)
        } else {
            cairo_set_source_rgba(cairo, red, green, blue, alpha)
        }
    }

    public func setLineWidth(_ width: Double) { cairo_set_line_width(cairo, width) }

    /// Dash lengths in points; empty for a solid line.
    public func setDash(_ pattern: [Double]) {
        pattern.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32(pattern.count), 0) }
    }

    // MARK: Paths

    public func moveTo(x: Double, y: Double) { cairo_move_to(cairo, x, y) }
    public func lineTo(x: Double, y: Double) { cairo_line_to(cairo, x, y) }
    public func curveTo(x1: Double, y1: Double, x2: Double, y2: Double, x: Double, y: Double) {
        cairo_curve_to(cairo, x1, y1, x2, y2, x, y)
    }
    public func closePath() { cairo_close_path(cairo) }
    public func rectangle(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(cairo, x, y, width, height)
    }
    public func newPath() { cairo_new_path(cairo) }
    public func fill(preserve: Bool = false) { preserve ? cairo_fill_preserve(cairo) : cairo_fill(cairo) }
    public func stroke() { cairo_stroke(cairo) }
    public func clip() { cairo_clip(cairo) }

    // MARK: Text

    /// Draws glyphs of one font, with the text they came from so that PDF viewers can
    /// copy and search it. `clusters` pairs (UTF-8 byte count, glyph count), in the
    /// order of the glyphs, or of the text when `backward` (right-to-left runs).
    public func showGlyphs(_ glyphs: [PlacedGlyph], font: Font, text: String,
                           clusters: [(bytes: Int32, glyphs: Int32)], backward: Bool) {
        guard !glyphs.isEmpty, let scaled = font.scaledFont else { return }
        cairo_set_scaled_font(cairo, scaled)
        let cairoGlyphs = glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
        let cairoClusters = clusters.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) }
        let flags = backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0)
        let bytes = text.utf8.count
        cairoGlyphs.withUnsafeBufferPointer { glyphBuffer in
            cairoClusters.withUnsafeBufferPointer { clusterBuffer in
                cairo_show_text_glyphs(cairo, text, Int32(bytes), glyphBuffer.baseAddress, Int32(glyphs.count),
                                       clusterBuffer.baseAddress, Int32(clusters.count), flags)
            }
        }
    }

    // MARK: Tags

    /// Starts a link to an external URI over a rectangle of the page.
    public func beginLink(uri: String, rect: (x: Double, y: Double, width: Double, height: Double)) {
        guard format == .pdf else { return }
        cairo_tag_begin(cairo, CAIRO_TAG_LINK, "uri='\(Self.quote(uri))' rect=[\(Self.rect(rect))]")
    }


    private static func rect(_ rect: (x: Double, y: Double, width: Double, height: Double)) -> String {
        "\(rect.x) \(rect.y) \(rect.width) \(rect.height)"
    }

    public func endLink() {
        guard format == .pdf else { return }
        cairo_tag_end(cairo, CAIRO_TAG_LINK)
    }

    /// Opens a structure element of tagged PDF ("Document", "P", …). Cairo 1.16 writes a
    /// broken file when a page has link annotations but no enclosing structure element,
    /// so a PDF's pages are always drawn inside a "Document" element.
    public func beginStructure(_ tag: String) {
        guard format == .pdf else { return }
        cairo_tag_begin(cairo, tag, nil)
    }

    public func endStructure(_ tag: String) {
        guard format == .pdf else { return }
        cairo_tag_end(cairo, tag)
    }

    /// Marks a named destination at a point of the current page (outline targets).
    public func addDestination(name: String, x: Double, y: Double) {
        guard format == .pdf else { return }
        let attributes = "name='\(Self.quote(name))' x=\(x) y=\(y)"
        cairo_tag_begin(cairo, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(cairo, CAIRO_TAG_DEST)
    }

    // MARK: Images

    /// Paints a PNG image scaled into a rectangle.
    public func drawImage(_ image: PNGImage, x: Double, y: Double, width: Double, height: Double) {
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_scale(cairo, width / Double(image.pixelWidth), height / Double(image.pixelHeight))
        cairo_set_source_surface(cairo, image.surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD)
        cairo_paint(cairo)
        cairo_restore(cairo)
    }

    /// Quotes a value for Cairo's tag attribute syntax (single quotes, backslash escapes).
    private static func quote(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// A decoded PNG file, kept as a Cairo image surface.
public final class PNGImage {
    let surface: OpaquePointer
    public let pixelWidth: Int
    public let pixelHeight: Int

    public init(contentsOf file: URL) throws {
        guard let surface = cairo_image_surface_create_from_png(file.path) else {
            throw NativeError("cannot read \(file.path)")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw NativeError("\(file.lastPathComponent) is not a readable PNG image (\(String(cString: cairo_status_to_string(status))))")
        }
        self.surface = surface
        pixelWidth = Int(cairo_image_surface_get_width(surface))
        pixelHeight = Int(cairo_image_surface_get_height(surface))
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Why the file does not decode as a PNG image (Cairo's words), or nil when it does.
    public static func problem(decoding file: URL) -> String? {
        guard let surface = cairo_image_surface_create_from_png(file.path) else { return "it cannot be opened" }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        return status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
    }
}
