import Foundation
import Testing
import TestSupport

/// The same laid-out pages drawn on Cairo's PDF, PNG and SVG surfaces, by the command
/// line: each render draws in a process of its own, as Cairo 1.16 requires.
@Suite("Drawn pages")
struct DrawnPagesTests {
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

    @Test("A PDF carries its pages, metadata, language, outline and link, and the xref of its catalog update is right")
    func pdf() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("drawn.yaml", Self.summary)
            let output = folder.url.appendingPathComponent("out")
            let result = try Tool.briefing(["render", file.path, "--output", output.path])
            #expect(result.status == 0, "\(result.errors)")
            let bytes = [UInt8](try Data(contentsOf: output.appendingPathComponent("drawn.en.pdf")))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("%PDF-"))
            #expect(text.contains("/Count 2"), "two pages")
            #expect(text.contains("/Title (Drawn pages)"))
            #expect(text.contains("/CreationDate (20251202000000Z)"), "the date comes from the summary, not the clock")
            #expect(text.contains("/Outlines"))
            #expect(text.contains("/URI (https://example.org/report)"))
            #expect(text.contains("/Lang (en)") && text.contains("/DisplayDocTitle true"))
            let tail = text.components(separatedBy: "\nxref\n").last ?? ""
            let lines = tail.split(separator: "\n")
            let number = try #require(lines.dropFirst(2).first?.split(separator: " ").first)
            let offset = try #require(lines.dropFirst(3).first.flatMap { Int($0.prefix(10)) })
            let object = String(decoding: bytes[offset..<min(bytes.count, offset + 40)], as: UTF8.self)
            #expect(object.hasPrefix("\(number) 0 obj") && object.contains("/Type /Catalog"), "\(object)")
            let check = try Tool.run("qpdf", ["--check", output.appendingPathComponent("drawn.en.pdf").path])
            #expect(check.status == 0, "\(check.output)")
        }
    }

    @Test("PNG pages are one file each, at the resolution asked for; SVG pages as wide as the page")
    func pngAndSVG() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("drawn.yaml", Self.summary)
            let output = folder.url.appendingPathComponent("out")
            let png = try Tool.briefing(["render", file.path, "--format", "png", "--output", output.path])
            #expect(png.status == 0, "\(png.errors)")
            for page in 1...2 {
                let bytes = [UInt8](try Data(contentsOf: output.appendingPathComponent("drawn.en-\(page).png")))
                #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                // IHDR: width and height, big-endian: A4 at the default 150 dpi.
                func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
                #expect(abs(number(at: 16) - 1241) <= 1 && abs(number(at: 20) - 1754) <= 1, "\(number(at: 16))×\(number(at: 20))")
            }
            let svg = try Tool.briefing(["render", file.path, "--format", "svg", "--output", output.path])
            #expect(svg.status == 0, "\(svg.errors)")
            let text = try String(contentsOf: output.appendingPathComponent("drawn.en-1.svg"), encoding: .utf8)
            #expect(text.hasPrefix("<?xml") && text.contains("width=\"595.276pt\""), "\(text.prefix(300))")
        }
    }

    @Test("A language the summary does not provide is one warning, not one per text")
    func unknownLanguageWarnsOnce() throws {
        try withTemporaryDirectory { folder in
            let file = try folder.write("drawn.yaml", Self.summary.replacingOccurrences(of: "languages: [en]", with: "languages: [en, es]"))
            let result = try Tool.briefing(["render", file.path, "--lang", "fr", "--output", folder.url.appendingPathComponent("out").path])
            #expect(result.status == 0, "\(result.errors)")
            let warnings = result.errors.split(separator: "\n").filter { $0.contains("warning:") }
            #expect(warnings.count == 1 && warnings[0].contains("'fr' is not one of the summary's languages"), "\(warnings)")
        }
    }

    @Test("A second summary with the same id is refused rather than replace the first one's files")
    func sameID() throws {
        try withTemporaryDirectory { folder in
            let first = try folder.write("a.yaml", Self.summary)
            let second = try folder.write("b.yaml", Self.summary.replacingOccurrences(of: "title: Drawn pages", with: "title: Second"))
            let output = folder.url.appendingPathComponent("out")
            let result = try Tool.briefing(["render", first.path, second.path, "--output", output.path])
            #expect(result.status == 1 && result.errors.contains("is also the id of"), "\(result.errors)")
            let text = try Data(contentsOf: output.appendingPathComponent("drawn.en.pdf"))
            #expect(String(decoding: text, as: UTF8.self).contains("/Title (Drawn pages)"))
        }
    }
}
