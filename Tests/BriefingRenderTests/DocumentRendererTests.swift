@testable import BriefingRender
import Foundation
import Testing

/// What the renderer decides without drawing: Cairo 1.16 must not draw on several
/// threads at once, and tests run side by side, so PDF, PNG and SVG pages are tested
/// through the command line (EndToEndTests, "Drawn pages").
@Suite("Catalog update")
struct CatalogUpdateTests {
    /// A small PDF as Cairo writes one: catalog, info, classic cross-reference table.
    static func pdf(finalNewline: Bool = true) -> String {
        var text = "%PDF-1.5\n1 0 obj\n<< /Type /Pages /Kids [ ] /Count 0 >>\nendobj\n"
        text += "2 0 obj\n<< /Type /Catalog\n   /Pages 1 0 R\n   /MarkInfo << /Marked true >>\n>>\nendobj\n"
        text += "3 0 obj\n<< /Producer (cairo) >>\nendobj\n"
        let xref = text.utf8.count
        text += "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000060 00000 n \n0000000150 00000 n \n"
        text += "trailer\n<< /Size 4\n   /Root 2 0 R\n   /Info 3 0 R\n>>\nstartxref\n\(xref)\n%%EOF" + (finalNewline ? "\n" : "")
        return text
    }

    @Test("The catalog is written again after the file with its language, pointed at by a new cross-reference",
          arguments: [true, false])
    func update(finalNewline: Bool) throws {
        let original = Self.pdf(finalNewline: finalNewline)
        let update = try #require(CatalogUpdate.update(for: Data(original.utf8), language: "fr"))
        let whole = Array((original + update).utf8)
        let text = original + update
        #expect(update.contains("2 0 obj\n<<") && update.contains("/Lang (fr)") && update.contains("/DisplayDocTitle true"))
        #expect(update.contains("/Pages 1 0 R") && update.contains("/MarkInfo << /Marked true >>"), "the old entries are kept")
        #expect(update.contains("/Prev \(text.components(separatedBy: "startxref\n")[1].prefix { $0.isNumber })"))
        // The new entry points at the object; the new startxref at the new table.
        let lines = update.components(separatedBy: "\nxref\n")[1].split(separator: "\n")
        let offset = try #require(Int(lines[3].prefix(10)))
        #expect(lines[3].count == 19)
        #expect(String(decoding: whole[offset..<offset + 7], as: UTF8.self) == "2 0 obj")
        let startxref = try #require(Int(update.components(separatedBy: "startxref\n").last?.prefix { $0.isNumber } ?? ""))
        #expect(String(decoding: whole[startxref..<startxref + 4], as: UTF8.self) == "xref")
    }

    @Test("A catalog that already has a language is left alone")
    func alreadyLabelled() {
        let labelled = Self.pdf().replacingOccurrences(of: "/Pages 1 0 R", with: "/Pages 1 0 R\n   /Lang (en)")
        #expect(CatalogUpdate.update(for: Data(labelled.utf8), language: "fr") == nil)
        #expect(CatalogUpdate.update(for: Data("not a pdf".utf8), language: "fr") == nil)
    }
}

@Suite("Image checks")
struct ImageCheckTests {
    @Test("An image too large to decode safely is refused before Cairo reads it; a missing one is named")
    func imageProblems() {
        let url = URL(fileURLWithPath: "/nonexistent/huge.png")
        #expect(ImageCheck.problem(with: url, width: 100_000, height: 100_000)?.contains("at most 25 million") == true)
        #expect(ImageCheck.problem(with: url, width: 1200, height: 800)?.contains("not a readable PNG") == true)
    }
}
