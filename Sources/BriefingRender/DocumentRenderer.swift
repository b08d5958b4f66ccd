import BriefingFrame
import BriefingLayout
import BriefingNative
import Foundation

/// The output formats of `--format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case pdf, png, svg
}

/// Renders laid-out documents to files. It knows frames and Cairo, nothing of YAML.
public enum DocumentRenderer {
    /// Writes a PDF with metadata, its language, page labels and an outline of the sections.
    public static func writePDF(_ document: LaidOutDocument, to file: URL, creator: String) throws {
        guard let first = document.pages.first else { throw NativeError("the document has no pages") }
        let canvas = try Canvas(format: .pdf, file: file, width: first.frame.width, height: first.frame.height)
        canvas.setMetadata(DocumentMetadata(
            title: document.title, author: document.author, subject: document.subject,
            keywords: document.keywords, creator: creator, creationDate: document.date))
        var renderer = FrameRenderer(canvas: canvas)
        // Cairo 1.16 loses the structure tree (and with it the link annotations) when
        // the page size is set inside a structure element, so it is set only when a
        // page differs from the one before, which briefing's pages never do.
        var size = (first.frame.width, first.frame.height)
        canvas.beginStructure("Document")
        for page in document.pages {
            if (page.frame.width, page.frame.height) != size {
                size = (page.frame.width, page.frame.height)
                canvas.setPageSize(width: size.0, height: size.1)
            }
            canvas.setPageLabel(page.label)
            try renderer.draw(page.frame)
            canvas.showPage()
        }
        canvas.endStructure("Document")
        var parents: [Int: Int] = [0: 0]
        for entry in document.outline {
            let parent = parents[entry.level - 1] ?? 0
            let id = canvas.addOutline(parent: parent, title: entry.title, destination: entry.destination, open: entry.level == 1)
            parents[entry.level] = id
        }
        try canvas.finish()
        try CatalogUpdate.apply(to: file, language: document.language)
    }

    /// Writes one SVG file per page, returning how many it wrote through `file(page)`.
    public static func writeSVG(_ document: LaidOutDocument, to file: (Int) -> URL) throws {
        for (index, page) in document.pages.enumerated() {
            let canvas = try Canvas(format: .svg, file: file(index + 1), width: page.frame.width, height: page.frame.height)
            var renderer = FrameRenderer(canvas: canvas)
            try renderer.draw(page.frame)
            canvas.showPage()
            try canvas.finish()
        }
    }

    /// Writes one PNG per page at `resolution` dots per inch.
    public static func writePNG(_ document: LaidOutDocument, resolution: Double, to file: (Int) -> URL) throws {
        for (index, page) in document.pages.enumerated() {
            let canvas = try Canvas(format: .png, file: nil, width: page.frame.width, height: page.frame.height,
                                    scale: resolution / 72)
            var renderer = FrameRenderer(canvas: canvas)
            try renderer.draw(page.frame)
            try canvas.writePNG(to: file(index + 1))
        }
    }
}
