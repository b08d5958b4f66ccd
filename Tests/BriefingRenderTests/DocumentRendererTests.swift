import BriefingLayout
import BriefingModel
import BriefingRender
import BriefingStyle
import BriefingText
import Foundation
import Testing
import TestSupport

/// The same laid-out pages drawn on Cairo's PDF, PNG and SVG surfaces.
@Suite("Document renderer")
struct DocumentRendererTests {
    /// Two pages (a page break), two sections for the outline, a link.
    static let summary = """
        briefing: 1
        id: drawn
        languages: [en]
        title: Drawn pages
        date: 2025-12-02
        sections:
          - title: First
            body: ["See [the report](https://example.org/report).", {page-break: true}]
          - title: Second
            body: [Text.]
        """

    static func document() throws -> LaidOutDocument {
        let loaded = SummaryLoader.load(string: summary, file: "drawn.yaml")
        let briefing = try #require(loaded.briefing, "\(loaded.diagnostics)")
        let style = try #require(StyleLoader.load(nameOrPath: "formal", stylesDirectory: Repository.styles).style)
        let engine = TextEngine(fonts: try Repository.fontSystem(cjk: false))
        return DocumentLayout.layout(briefing, style: style, language: "en", text: engine)
    }

    @Test("A PDF carries its pages, metadata, outline and link, and is the same bytes when written again")
    func pdf() throws {
        let document = try Self.document()
        #expect(document.pages.count == 2)
        try withTemporaryDirectory { folder in
            let first = folder.url.appendingPathComponent("a.pdf"), second = folder.url.appendingPathComponent("b.pdf")
            try DocumentRenderer.writePDF(document, to: first, creator: "briefing test")
            try DocumentRenderer.writePDF(document, to: second, creator: "briefing test")
            let bytes = try Data(contentsOf: first)
            #expect(bytes == (try Data(contentsOf: second)), "two writes differ")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("%PDF-"))
            #expect(text.contains("/Count 2"), "two pages")
            #expect(text.contains("/Title (Drawn pages)"))
            #expect(text.contains("/Creator (briefing test)"))
            #expect(text.contains("/CreationDate (20251202000000Z)"), "the date comes from the summary, not the clock")
            #expect(text.contains("/Outlines"))
            #expect(text.contains("/URI (https://example.org/report)"))
            // Added by an incremental update: the language, for screen readers, and the
            // title in the viewer's window.
            #expect(text.contains("/Lang (en)") && text.contains("/DisplayDocTitle true"))
            #expect(text.components(separatedBy: "%%EOF").count == 3, "one update after Cairo's file")
            // The update's cross-reference entry points at the new catalog object.
            let tail = text.components(separatedBy: "\nxref\n").last ?? ""
            let lines = tail.split(separator: "\n")
            let number = try #require(lines.dropFirst(2).first?.split(separator: " ").first)
            let offset = try #require(lines.dropFirst(3).first.flatMap { Int($0.prefix(10)) })
            #expect(lines.dropFirst(3).first?.count == 19, "an entry is 20 bytes with its newline")
            let object = String(decoding: bytes[offset..<min(bytes.count, offset + 40)], as: UTF8.self)
            #expect(object.hasPrefix("\(number) 0 obj"), "\(object)")
            #expect(object.contains("/Type /Catalog"))
        }
    }

    @Test("PNG pages are one file each, at the resolution asked for")
    func png() throws {
        let document = try Self.document()
        try withTemporaryDirectory { folder in
            try DocumentRenderer.writePNG(document, resolution: 144) { folder.url.appendingPathComponent("p\($0).png") }
            for page in 1...2 {
                let bytes = [UInt8](try Data(contentsOf: folder.url.appendingPathComponent("p\(page).png")))
                #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                // IHDR: width and height, big-endian, after the signature and chunk header.
                func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
                let frame = document.pages[page - 1].frame
                #expect(number(at: 16) == Int((frame.width * 2).rounded(.up)))
                #expect(number(at: 20) == Int((frame.height * 2).rounded(.up)))
            }
        }
    }

    @Test("SVG pages are one file each, as wide and tall as the page")
    func svg() throws {
        let document = try Self.document()
        try withTemporaryDirectory { folder in
            try DocumentRenderer.writeSVG(document) { folder.url.appendingPathComponent("p\($0).svg") }
            let text = try String(contentsOf: folder.url.appendingPathComponent("p1.svg"), encoding: .utf8)
            let frame = document.pages[0].frame
            #expect(text.hasPrefix("<?xml"))
            #expect(text.contains("width=\"\(String(format: "%g", (frame.width * 1000).rounded() / 1000))pt\""), "\(text.prefix(300))")
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("p2.svg").path))
        }
    }

    @Test("An image too large to decode safely is refused before Cairo reads it; a missing one is named")
    func imageProblems() {
        let url = URL(fileURLWithPath: "/nonexistent/huge.png")
        #expect(ImageCheck.problem(with: url, width: 100_000, height: 100_000)?.contains("at most 25 million") == true)
        #expect(ImageCheck.problem(with: url, width: 1200, height: 800)?.contains("not a readable PNG") == true)
    }
}
