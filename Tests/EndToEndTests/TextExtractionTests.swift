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

    /// Right-to-left languages are checked with MuPDF below: poppler splits Arabic
    /// words where Noto Naskh draws alef over lam, for Pango's own output as much as
    /// for ours.
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
                    let extracted = Self.normalized(try Tool.text(of: pdf, body: true))
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

    static func isRightToLeft(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x590...0x6FF).contains($0.value) }
    }

    /// MuPDF reads right-to-left words back in logical order, as they were written.
    @Test("Every paragraph of the right-to-left examples extracts back (MuPDF)")
    func rightToLeftRoundTrip() throws {
        try withTemporaryDirectory { folder in
            var checked = 0
            for name in ["egypt-france-cultural-cooperation.yaml", "chart-gallery.yaml"] {
                let file = Repository.examples.appendingPathComponent(name)
                let briefing = try #require(SummaryLoader.load(contentsOf: file).briefing)
                for language in briefing.languages where ["ar", "he"].contains(language) {
                    let result = try Tool.briefing(["render", file.path, "--lang", language, "--output", folder.url.path])
                    #expect(result.status == 0, "\(name): \(result.errors)")
                    let pdf = folder.url.appendingPathComponent("\(briefing.id).\(language).pdf")
                    let text = folder.url.appendingPathComponent("\(language).txt")
                    let extraction = try Tool.run("mutool", ["draw", "-q", "-F", "txt", "-o", text.path, pdf.path])
                    #expect(extraction.status == 0, "\(extraction.output)")
                    let extracted = try String(contentsOf: text, encoding: .utf8).precomposedStringWithCanonicalMapping
                    for paragraph in Self.paragraphs(briefing.sections) {
                        guard let plain = Self.plain(paragraph.resolve(language).inlines) else { continue }
                        // Words in the script, in logical order; embedded Latin and numbers
                        // come out in visual order, which is MuPDF's choice, not an error.
                        for word in plain.precomposedStringWithCanonicalMapping.split(whereSeparator: { !Self.isRightToLeft($0) }) {
                            #expect(extracted.contains(word), "\(name) \(language): '\(word)' does not extract")
                            checked += 1
                        }
                    }
                }
            }
            #expect(checked >= 100)
        }
    }

    /// Thai, Lao, Khmer and Burmese put no spaces between words: a copied word must not
    /// gain one. Every space-delimited word of the source (short enough to be a word,
    /// not a long phrase) comes back as written once line ends are joined.
    @Test("Words of scripts without spaces copy without spaces inside them", arguments: [
        ("thai-khmer-border-trade.yaml", "th"), ("thai-khmer-border-trade.yaml", "km"),
        ("mekong-joint-statement.yaml", "km"), ("mekong-joint-statement.yaml", "lo"),
        ("mekong-joint-statement.yaml", "my"), ("vientiane-2025-party-meeting.yaml", "lo"),
    ])
    func wordsCopyWhole(file: String, language: String) throws {
        try withTemporaryDirectory { folder in
            let summary = Repository.examples.appendingPathComponent(file)
            let briefing = try #require(SummaryLoader.load(contentsOf: summary).briefing)
            let result = try Tool.briefing(["render", summary.path, "--lang", language, "--output", folder.url.path])
            #expect(result.status == 0, "\(result.errors)")
            let extracted = try Tool.text(of: folder.url.appendingPathComponent("\(briefing.id).\(language).pdf"))
                .precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: "")
            var checked = 0
            for paragraph in Self.paragraphs(briefing.sections) {
                guard let text = Self.plain(paragraph.resolve(language).inlines) else { continue }
                for word in text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
                    .map({ $0.trimmingCharacters(in: .punctuationCharacters) })
                    where (2...40).contains(word.count) && word.unicodeScalars.allSatisfy({ $0.value >= 0x0E00 }) {
                    #expect(extracted.contains(word), "\(file) \(language): '\(word)' does not copy whole")
                    checked += 1
                }
            }
            #expect(checked >= 4, "too few words checked")
        }
    }
}
