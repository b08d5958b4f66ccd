import BriefingFrame
import BriefingModel
import BriefingNative
import BriefingText
import Foundation

/// Draws frames on a canvas: the one walk over positioned items that every output
/// format (PDF, PNG, SVG) shares.
struct FrameRenderer {
    let canvas: Canvas
    /// Decoded images, loaded once per document however many pages show them; the
    /// n-th copy of a file on one page has a surface of its own (`images[file][n]`),
    /// because Cairo 1.16 lists one surface painted twice on a page twice under the
    /// same name in the page's resources, which makes the PDF invalid.
    var images: [String: [PNGImage]] = [:]
    /// How many times each file has been drawn on the current frame.
    private var uses: [String: Int] = [:]

    init(canvas: Canvas) {
        self.canvas = canvas
    }

    /// Draws one page's frame.
    mutating func draw(_ frame: Frame) throws {
        uses = [:]
        try drawItems(of: frame)
    }

    private mutating func drawItems(of frame: Frame) throws {
        for item in frame.items {
            try draw(item)
        }
    }

    private mutating func draw(_ item: FrameItem) throws {
        switch item {
        case .glyphs(let run):
            setColor(run.color, alpha: run.opacity)
            let glyphs = run.glyphs.map { PlacedGlyph(id: $0.id, x: run.origin.x + $0.x, y: run.origin.y + $0.y) }
            let clusters = Self.pdfClusters(run)
            canvas.showGlyphs(glyphs, font: run.font, text: run.text, clusters: clusters, backward: run.backward)
        case .path(let elements, let paint):
            drawPath(elements, paint: paint)
        case .image(let image):
            let copy = uses[image.file, default: 0]
            uses[image.file] = copy + 1
            let png: PNGImage
            if let cached = images[image.file], copy < cached.count {
                png = cached[copy]
            } else {
                png = try PNGImage(contentsOf: URL(fileURLWithPath: image.file))
                images[image.file, default: []].append(png)
            }
            canvas.drawImage(png, x: image.rect.x, y: image.rect.y, width: image.rect.width, height: image.rect.height)
        case .link(let link):
            canvas.beginLink(uri: link.uri, rect: link.rect.tuple)
            canvas.endLink()
        case .destination(let name, let point):
            canvas.addDestination(name: name, x: point.x, y: point.y)
        case .group(let frame, let translate, let rotate, let clip):
            canvas.save()
            canvas.translate(x: translate.x, y: translate.y)
            if rotate != 0 { canvas.rotate(radians: rotate) }
            if let clip {
                canvas.rectangle(x: clip.x, y: clip.y, width: clip.width, height: clip.height)
                canvas.clip()
            }
            try drawItems(of: frame)
            canvas.restore()
        }
    }

    /// The run's clusters as Cairo should see them. A Khmer syllable's glyphs do not
    /// follow its letters one by one (vowels written before or around their
    /// consonant, subscripts), and Cairo marks each such cluster with its own
    /// /ActualText, which Poppler (Evince, Okular, pdftotext) copies with spaces
    /// inside words; one cluster per space-delimited run of Khmer text copies whole.
    /// Letter-spaced text is merged the same way: its gaps read as spaces otherwise.
    /// (Arabic is not merged: Poppler reverses the text of each such right-to-left span.)
    static func pdfClusters(_ run: GlyphRunItem) -> [(Int32, Int32)] {
        let clusters = run.clusters.isEmpty
            ? run.text.unicodeScalars.map { (Int32(UTF8.width($0)), Int32(1)) }
            : run.clusters.map { ($0.bytes, $0.glyphs) }
        if run.text.unicodeScalars.contains(where: { Script.of($0) == .arabic }) {
            return splitMarks(run, clusters)
        }
        guard run.copiesByWord || run.text.unicodeScalars.contains(where: { Script.of($0) == .khmer }) else {
            return clusters
        }
        let bytes = Array(run.text.utf8)
        var merged: [(Int32, Int32)] = []
        // Clusters follow the text from its start (backward runs take their glyphs
        // from the end of the glyph array, not their text from the end of the text).
        var offset = 0
        var word: (Int32, Int32)?
        for (byteCount, glyphCount) in clusters {
            let range = offset..<(offset + Int(byteCount))
            offset = range.upperBound
            let isSpace = bytes[range].allSatisfy { $0 == 0x20 }
            if isSpace {
                if let current = word { merged.append(current) }
                word = nil
                merged.append((byteCount, glyphCount))
            } else {
                word = ((word?.0 ?? 0) + byteCount, (word?.1 ?? 0) + glyphCount)
            }
        }
        if let word { merged.append(word) }
        return merged
    }

    /// Arabic clusters of a letter and its marks (shadda, tanwin) split in two: the
    /// letter with its glyph, the marks with theirs. Cairo gives a cluster of several glyphs an
    /// /ActualText and its glyphs the code points of the font's own table, which for
    /// a medial lam is the presentation form U+FEE0: readers then copy "حصﻠت" for
    /// "حصلت" wherever that glyph appears. Giving the letter's glyph a cluster of its own
    /// maps it to its letter. In a backward run Cairo takes each cluster's glyphs from
    /// the end of the glyph array, where a right-to-left cluster has its letter.
    static func splitMarks(_ run: GlyphRunItem, _ clusters: [(Int32, Int32)]) -> [(Int32, Int32)] {
        let bytes = Array(run.text.utf8)
        var offset = 0
        var result: [(Int32, Int32)] = []
        for (byteCount, glyphCount) in clusters {
            let range = offset..<(offset + Int(byteCount))
            offset = range.upperBound
            let scalars = Array(String(decoding: bytes[range], as: UTF8.self).unicodeScalars)
            guard glyphCount > 1, scalars.count > 1 else {
                result.append((byteCount, glyphCount))
                continue
            }
            // The letter and its first glyph; the marks share what is left (a shadda
            // and a fatha may be one glyph).
            let letter = (Int32(scalars[0].utf8.count), Int32(1))
            let marks = (byteCount - letter.0, glyphCount - 1)
            result += [letter, marks]
        }
        return result
    }

    private func drawPath(_ elements: [PathElement], paint: Paint) {
        canvas.newPath()
        for element in elements {
            switch element {
            case .move(let point): canvas.moveTo(x: point.x, y: point.y)
            case .line(let point): canvas.lineTo(x: point.x, y: point.y)
            case .cubic(let a, let b, let c): canvas.curveTo(x1: a.x, y1: a.y, x2: b.x, y2: b.y, x: c.x, y: c.y)
            case .close: canvas.closePath()
            }
        }
        if let fill = paint.fill {
            setColor(fill, alpha: paint.opacity)
            canvas.fill(preserve: paint.stroke != nil)
        }
        if let stroke = paint.stroke {
            setColor(stroke, alpha: paint.opacity)
            canvas.setLineWidth(paint.lineWidth)
            canvas.setDash(paint.dash)
            canvas.stroke()
        }
        canvas.newPath()
    }

    private func setColor(_ color: Color, alpha: Double = 1) {
        canvas.setColor(red: color.red, green: color.green, blue: color.blue, alpha: alpha)
    }
}

extension Rect {
    var tuple: (x: Double, y: Double, width: Double, height: Double) { (x, y, width, height) }
}
