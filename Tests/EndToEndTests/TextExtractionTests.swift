import BriefingModel
import Foundation
import Testing
import TestSupport

/// What a reader copies out of the PDF is what the author wrote: every paragraph of
/// every example comes back from `pdftotext`, whatever its script.
@Suite("Text extraction")
struct TextExtractionTests {
    /// The plain text of inline markup; nil when it names a participant (printed differently).
    static func plain(_ inlines: [Inline]) -> String? {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): result += text
            case .strong(let children), .emphasis(let children), .link(let children, _):
                guard let inner = plain(children) else { return nil }
                result += inner
            case .reference: return nil
            }
        }
        return result
    }

    /// Ignores what line breaking and extraction legitimately change: spaces of every
    /// kind, line ends, and the hyphens of hyphenated words.
    static func normalized(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            !(scalar.properties.isWhitespace || scalar == "-" || scalar == "\u{200B}")
        }.map(Character.init))
    }

    static func paragraphs(_ sections: [Section]) -> [RichText] {
        sections.flatMap { section in
            section.body.compactMap { block -> RichText? in
                if case .paragraph(let text) = block.kind { return text }
                return nil
            } + paragraphs(section.sections)
        }
    }

    /// Right-to-left languages are left out: poppler splits Arabic words at lam-alef
    /// ligatures and reorders numbers, for Pango's own output as much as for ours.
    @Test("Every paragraph of every example extracts back, in every left-to-right language")
    func roundTrip() throws {
        try withTemporaryDirectory { folder in
            let files = try FileManager.default.contentsOfDirectory(at: Repository.examples, includingPropertiesForKeys: nil)
            var checked = 0
            for file in files where file.pathExtension == "yaml" {
                let briefing = try #require(SummaryLoader.load(contentsOf: file).briefing)
                let result = try Tool.briefing(["render", file.path, "--output", folder.url.path])
                #expect(result.status == 0, "\(file.lastPathComponent): \(result.errors)")
                for language in briefing.languages where !["ar", "he"].contains(language) {
                    let pdf = folder.url.appendingPathComponent("\(briefing.id).\(language).pdf")
                    let extracted = Self.normalized(try Tool.text(of: pdf))
                    for paragraph in Self.paragraphs(briefing.sections) {
                        guard let text = Self.plain(paragraph.resolve(language).inlines) else { continue }
                        #expect(extracted.contains(Self.normalized(text)),
                                "\(file.lastPathComponent) \(language): '\(text.prefix(40))…' does not extract")
                        checked += 1
                    }
                }
            }
            #expect(checked > 100)
        }
    }
}
